import "server-only";
/**
 * Loads the tasks in the viewer's cockpit scope with everything the coverage
 * rules need, and computes coverage and risk per task.
 */
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { cockpitScope } from "../auth/policy";
import { notFound } from "../errors";
import { computeCoverage, type TaskCoverage } from "./coverage-rules";

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
  id: true, title: true, criticality: true, frequency: true,
  orgUnit: { select: { id: true, name: true } },
  position: { select: { title: true } },
  assignments: { orderBy: { rank: "asc" }, select: { role: true, rank: true, person: { select: { id: true, plannedExitMonth: true } } } },
  articleLinks: { select: { article: { select: { status: true, nextReviewAt: true, lastVerifiedAt: true, reviewIntervalMonths: true } } } },
  practices: { select: { personId: true } },
} satisfies Prisma.TaskSelect;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskCoverageSelect }>;

export function coverageOfTask(task: TaskRow, now: Date): TaskCoverageRow {
  const persons = (role: "OWNER" | "DEPUTY") => task.assignments
    .filter((assignment) => assignment.role === role)
    .map((assignment) => ({ personId: assignment.person.id, plannedExitMonth: assignment.person.plannedExitMonth }));
  const coverage = computeCoverage({
    criticality: task.criticality,
    owners: persons("OWNER"),
    deputies: persons("DEPUTY"),
    articles: task.articleLinks.map((link) => link.article),
    practicedBy: task.practices.map((practice) => practice.personId),
  }, now);
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
export function cockpitTasksWhere(viewer: Viewer): Prisma.TaskWhereInput {
  const scope = cockpitScope(viewer);
  if (!scope) throw notFound("Das Cockpit");
  return scope.kind === "organization"
    ? { organizationId: viewer.organizationId }
    : { organizationId: viewer.organizationId, orgUnitId: { in: scope.unitIds } };
}

export async function loadTaskCoverage(viewer: Viewer, now: Date = new Date()): Promise<TaskCoverageRow[]> {
  const tasks = await db().task.findMany({ where: cockpitTasksWhere(viewer), select: taskCoverageSelect, orderBy: { title: "asc" } });
  return tasks.map((task) => coverageOfTask(task, now));
}
