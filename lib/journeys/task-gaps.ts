import "server-only";
/**
 * "Wissenslücke melden" on a task: a short note that reaches the task's owners
 * and the leads of its unit (start page), counts as a signal for the unit in the
 * cockpit, and is closed with an answer. Anyone of the organization may report.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";

const descriptionSchema = z.string().trim()
  .min(5, "Bitte beschreiben Sie in ein paar Worten, welches Wissen fehlt (mindestens 5 Zeichen).")
  .max(2000, "Höchstens 2.000 Zeichen.");
const answerSchema = z.string().trim().min(2, "Bitte schreiben Sie kurz eine Antwort.").max(2000, "Höchstens 2.000 Zeichen.");

export async function reportTaskGap(viewer: Viewer, taskId: unknown, description: unknown): Promise<{ id: string }> {
  const id = z.uuid().safeParse(taskId);
  const task = id.success ? await db().task.findFirst({ where: { id: id.data, organizationId: viewer.organizationId }, select: { id: true, orgUnitId: true } }) : null;
  if (!task) throw notFound("Die Aufgabe");
  const text = descriptionSchema.safeParse(description);
  if (!text.success) throw invalid(text.error.issues[0].message);
  return db().$transaction(async (tx) => {
    const report = await tx.knowledgeGapReport.create({
      data: { organizationId: viewer.organizationId, description: text.data, orgUnitId: task.orgUnitId, taskId: task.id, createdById: viewer.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, { action: "knowledgeGap.report-task", entityType: "Task", entityId: task.id, data: { reportId: report.id } });
    return report;
  });
}

/** Reports the viewer should answer: on tasks they own, or of units they lead. */
function responderWhere(viewer: Viewer): Prisma.KnowledgeGapReportWhereInput {
  const or: Prisma.KnowledgeGapReportWhereInput[] = [];
  if (viewer.personId) or.push({ task: { assignments: { some: { personId: viewer.personId, role: "OWNER" } } } });
  if (viewer.role === "LEAD" && viewer.leadUnitIds.length > 0) or.push({ orgUnitId: { in: viewer.leadUnitIds } });
  return or.length === 0 ? { id: { in: [] } } : { organizationId: viewer.organizationId, taskId: { not: null }, OR: or };
}

export async function taskGapsToAnswer(viewer: Viewer) {
  const rows = await db().knowledgeGapReport.findMany({
    where: { AND: [responderWhere(viewer), { status: "OPEN" }] },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: { id: true, description: true, createdAt: true, task: { select: { title: true } }, createdBy: { select: { displayName: true } } },
  });
  return rows.map((row) => ({ id: row.id, description: row.description, createdAt: row.createdAt, taskTitle: row.task?.title ?? "", reporter: row.createdBy?.displayName ?? null }));
}

export async function answerTaskGap(viewer: Viewer, reportId: unknown, answer: unknown, now: Date = new Date()): Promise<void> {
  const id = z.uuid().safeParse(reportId);
  if (!id.success) throw notFound("Die Meldung");
  const text = answerSchema.safeParse(answer);
  if (!text.success) throw invalid(text.error.issues[0].message);
  await db().$transaction(async (tx) => {
    const closed = await tx.knowledgeGapReport.updateMany({
      where: { AND: [responderWhere(viewer), { id: id.data, status: "OPEN" }] },
      data: { status: "CLOSED", answer: text.data, answeredById: viewer.userId, answeredAt: now },
    });
    if (closed.count === 0) throw notFound("Die Meldung");
    await recordAuditEvent(tx, viewer, { action: "knowledgeGap.answer", entityType: "KnowledgeGapReport", entityId: id.data });
  });
}

/** The viewer's own reports on tasks with their state and answer (start page), newest first. */
export async function myTaskGapReports(viewer: Viewer) {
  const rows = await db().knowledgeGapReport.findMany({
    where: { organizationId: viewer.organizationId, createdById: viewer.userId, taskId: { not: null } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, description: true, status: true, answer: true, answeredAt: true, task: { select: { title: true } } },
  });
  return rows.map((row) => ({ id: row.id, description: row.description, open: row.status === "OPEN", answer: row.answer, answeredAt: row.answeredAt, taskTitle: row.task?.title ?? "" }));
}
