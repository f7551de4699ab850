import "server-only";
/**
 * Loads the tasks in the viewer's cockpit scope with everything the coverage
 * rules need, and computes coverage and risk per task.
 */
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { cockpitScope, cockpitTasksWhere } from "../auth/policy";
import { notFound } from "../errors";
import { computeCoverage, type TaskCoverage } from "./coverage-rules";
import type { AssignmentRole } from "../db/generated/enums";
import { coverageRowsInSql, coverageScopeOf } from "./coverage-sql";

export interface TaskCoverageRow extends TaskCoverage {
  id: string;
  title: string;
  criticality: number;
  frequency: string;
  unitId: string;
  unitName: string;
  positionTitle: string | null;
  articleCount: number;
}

export const taskCoverageSelect = {
  id: true,
  title: true,
  criticality: true,
  frequency: true,
  orgUnit: { select: { id: true, name: true } },
  position: { select: { title: true } },
  assignments: { orderBy: { rank: "asc" }, select: { role: true, rank: true, person: { select: { id: true, plannedExitMonth: true } } } },
  articleLinks: { select: { article: { select: { status: true, nextReviewAt: true, lastVerifiedAt: true, reviewIntervalMonths: true } } } },
  practices: { select: { personId: true } },
} satisfies Prisma.TaskSelect;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskCoverageSelect }>;

export function coverageOfTask(task: TaskRow, now: Date): TaskCoverageRow {
  const persons = (role: AssignmentRole) =>
    task.assignments
      .filter((assignment) => assignment.role === role)
      .map((assignment) => ({ personId: assignment.person.id, plannedExitMonth: assignment.person.plannedExitMonth }));
  const coverage = computeCoverage(
    {
      criticality: task.criticality,
      owners: persons("OWNER"),
      deputies: persons("DEPUTY"),
      articles: task.articleLinks.map((link) => link.article),
      practicedBy: task.practices.map((practice) => practice.personId),
    },
    now,
  );
  return {
    ...coverage,
    id: task.id,
    title: task.title,
    criticality: task.criticality,
    frequency: task.frequency,
    unitId: task.orgUnit.id,
    unitName: task.orgUnit.name,
    positionTitle: task.position?.title ?? null,
    articleCount: task.articleLinks.length,
  };
}

/** Where-clause for the tasks of the viewer's cockpit scope; throws not-found for everyone without a cockpit. */
export function cockpitTasksOf(viewer: Viewer): Prisma.TaskWhereInput & { organizationId: string } {
  if (!cockpitScope(viewer)) throw notFound("Das Cockpit");
  return cockpitTasksWhere(viewer);
}

/**
 * Coverage of all tasks matching `where`, with the rules applied in TypeScript:
 * the reference the SQL form is tested against, and the path for selections
 * the cockpit scope does not describe (a person's own tasks, snapshots).
 * Four flat queries assembled in memory.
 */
export async function loadCoverageRows(
  where: Prisma.TaskWhereInput & { organizationId: string },
  now: Date = new Date(),
): Promise<TaskCoverageRow[]> {
  const [tasks, assignments, links, practices] = await Promise.all([
    db().task.findMany({
      where,
      orderBy: { title: "asc" },
      select: {
        id: true,
        title: true,
        criticality: true,
        frequency: true,
        orgUnit: { select: { id: true, name: true } },
        position: { select: { title: true } },
      },
    }),
    db().taskAssignment.findMany({
      where: { organizationId: where.organizationId, task: where },
      orderBy: { rank: "asc" },
      select: { taskId: true, role: true, rank: true, person: { select: { id: true, plannedExitMonth: true } } },
    }),
    db().articleTask.findMany({
      where: { task: where },
      select: { taskId: true, article: { select: { status: true, nextReviewAt: true, lastVerifiedAt: true, reviewIntervalMonths: true } } },
    }),
    db().taskPractice.findMany({ where: { organizationId: where.organizationId, task: where }, select: { taskId: true, personId: true } }),
  ]);
  const group = <T extends { taskId: string }>(rows: T[]) => {
    const byTask = new Map<string, T[]>();
    for (const row of rows) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row]);
    return byTask;
  };
  const assignmentsByTask = group(assignments);
  const linksByTask = group(links);
  const practicesByTask = group(practices);
  return tasks.map((task) =>
    coverageOfTask(
      {
        ...task,
        assignments: assignmentsByTask.get(task.id) ?? [],
        articleLinks: linksByTask.get(task.id) ?? [],
        practices: practicesByTask.get(task.id) ?? [],
      },
      now,
    ),
  );
}

/** Coverage of every task in the viewer's cockpit scope, computed in PostgreSQL (coverage-sql.ts). */
export async function loadTaskCoverage(viewer: Viewer, now: Date = new Date()): Promise<TaskCoverageRow[]> {
  return coverageRowsInSql(coverageScopeOf(viewer), now);
}
