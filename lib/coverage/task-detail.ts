import "server-only";
/**
 * One task in the cockpit: coverage, its articles and who knows it. Person-level
 * details (names, planned exit month and reason) for HR and the task's unit lead;
 * every such view by HR is written to the audit log.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canReadArticle, canSeeTaskPeople, isAuditedPersonView } from "../auth/policy";
import { notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { verificationState } from "../knowledge/verification";
import { cockpitTasksOf, coverageOfTask, taskCoverageSelect } from "./load-coverage";
import type { ExitReason } from "../db/generated/enums";

const EXIT_REASON_LABELS: Record<ExitReason, string> = {
  RETIREMENT: "Ruhestand",
  JOB_CHANGE: "Wechsel",
  PARENTAL_LEAVE: "Elternzeit",
  OTHER: "sonstiger Grund",
};

export async function taskDetail(viewer: Viewer, taskId: unknown, now: Date = new Date()) {
  const id = z.uuid().safeParse(taskId);
  if (!id.success) throw notFound("Die Aufgabe");
  const task = await db().task.findFirst({
    where: { AND: [cockpitTasksOf(viewer), { id: id.data }] },
    select: {
      ...taskCoverageSelect,
      organizationId: true,
      orgUnitId: true,
      description: true,
      legalBasis: true,
      systems: true,
      assignments: {
        orderBy: { rank: "asc" },
        select: {
          role: true,
          rank: true,
          person: { select: { id: true, firstName: true, lastName: true, plannedExitMonth: true, exitReason: true } },
        },
      },
      articleLinks: {
        select: {
          article: {
            select: {
              id: true,
              title: true,
              status: true,
              ownerId: true,
              organizationId: true,
              verifierId: true,
              nextReviewAt: true,
              lastVerifiedAt: true,
              reviewIntervalMonths: true,
              units: { select: { orgUnitId: true } },
            },
          },
        },
      },
    },
  });
  if (!task || !canSeeTaskPeople(viewer, task)) throw notFound("Die Aufgabe");
  if (isAuditedPersonView(viewer)) {
    await db().$transaction((tx) =>
      recordAuditEvent(tx, viewer, { action: "cockpit.task-people.view", entityType: "Task", entityId: task.id }),
    );
  }
  const coverage = coverageOfTask(task, now);
  const people = task.assignments.map((assignment) => ({
    role: assignment.role,
    rank: assignment.rank,
    name: `${assignment.person.firstName} ${assignment.person.lastName}`,
    plannedExitMonth: assignment.person.plannedExitMonth,
    exitReason: assignment.person.exitReason ? EXIT_REASON_LABELS[assignment.person.exitReason] : null,
  }));
  const articles = task.articleLinks.map(({ article }) => {
    const readable = canReadArticle(viewer, { ...article, unitIds: article.units.map((unit) => unit.orgUnitId) });
    return {
      id: readable ? article.id : null,
      // Unpublished articles the viewer may not read are counted, not named.
      title: readable ? article.title : "nicht veröffentlichter Artikel",
      status: article.status,
      verification: verificationState(article, now),
    };
  });
  return {
    coverage,
    description: task.description,
    legalBasis: task.legalBasis,
    systems: task.systems,
    owners: people.filter((person) => person.role === "OWNER"),
    deputies: people.filter((person) => person.role === "DEPUTY"),
    articles,
  };
}
