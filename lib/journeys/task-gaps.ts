import "server-only";
/**
 * "Wissenslücke melden" on a task or an article: a short note that reaches the
 * task's owners or the article's owner and the leads of the unit (start page),
 * counts as a signal for the unit in the cockpit, and is closed with an answer.
 * Anyone of the organization may report (on an article: anyone who may read it).
 */
import { z } from "zod";
import { db } from "../db/client";
import { notifyUsers } from "../notifications/notify";
import type { Viewer } from "../auth/viewer";
import { invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadReadableArticleFacts } from "../knowledge/get-article";
import { answerableGapReportsWhere } from "../auth/policy";

const descriptionSchema = z
  .string()
  .trim()
  .min(5, "Bitte beschreiben Sie in ein paar Worten, welches Wissen fehlt (mindestens 5 Zeichen).")
  .max(2000, "Höchstens 2.000 Zeichen.");
const answerSchema = z.string().trim().min(2, "Bitte schreiben Sie kurz eine Antwort.").max(2000, "Höchstens 2.000 Zeichen.");

export async function reportTaskGap(viewer: Viewer, taskId: unknown, description: unknown): Promise<{ id: string }> {
  const id = z.uuid().safeParse(taskId);
  const task = id.success
    ? await db().task.findFirst({ where: { id: id.data, organizationId: viewer.organizationId }, select: { id: true, orgUnitId: true } })
    : null;
  if (!task) throw notFound("Die Aufgabe");
  const text = descriptionSchema.safeParse(description);
  if (!text.success) throw invalid(text.error.issues[0].message);
  return db().$transaction(async (tx) => {
    const report = await tx.knowledgeGapReport.create({
      data: {
        organizationId: viewer.organizationId,
        description: text.data,
        orgUnitId: task.orgUnitId,
        taskId: task.id,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, {
      action: "knowledgeGap.report-task",
      entityType: "Task",
      entityId: task.id,
      data: { reportId: report.id },
    });
    return report;
  });
}

/**
 * "Dokumentation anfragen" from the cockpit: HR, which writes no articles
 * itself, asks the task's owners and the unit's leads to record the knowledge
 * (e.g. Austrittswissen before a planned exit). It is a gap report on the task
 * with a standard text the requester may extend, so it reaches the same start
 * pages and is answered the same way.
 */
export async function requestTaskDocumentation(viewer: Viewer, taskId: unknown, message: unknown): Promise<{ id: string }> {
  const extra = typeof message === "string" ? message.trim() : "";
  const text = `Bitte halten Sie das Wissen zu dieser Aufgabe als Artikel fest (z. B. Austrittswissen vor einem geplanten Austritt).${extra ? ` ${extra}` : ""}`;
  return reportTaskGap(viewer, taskId, text);
}

/**
 * On an article: the unit is the article's first linked unit, else the unit of its
 * first task; a single linked task is recorded too, so its owners are asked as well.
 */
export async function reportArticleGap(viewer: Viewer, articleId: unknown, description: unknown): Promise<{ id: string }> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  const text = descriptionSchema.safeParse(description);
  if (!text.success) throw invalid(text.error.issues[0].message);
  const tasks = await db().articleTask.findMany({
    where: { articleId: facts.id },
    select: { task: { select: { id: true, orgUnitId: true } } },
  });
  const orgUnitId = facts.unitIds[0] ?? tasks[0]?.task.orgUnitId ?? null;
  return db().$transaction(async (tx) => {
    const report = await tx.knowledgeGapReport.create({
      data: {
        organizationId: viewer.organizationId,
        description: text.data,
        orgUnitId,
        articleId: facts.id,
        taskId: tasks.length === 1 ? tasks[0].task.id : null,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, {
      action: "knowledgeGap.report-article",
      entityType: "Article",
      entityId: facts.id,
      data: { reportId: report.id },
    });
    return report;
  });
}

const subjectSelect = { query: true, task: { select: { title: true } }, article: { select: { id: true, title: true } } } as const;
const subjectOf = (row: { query: string | null; task: { title: string } | null; article: { id: string; title: string } | null }) => ({
  // A report from a search without results has neither task nor article: its search is the subject.
  subject: row.article?.title ?? row.task?.title ?? (row.query ? `Suche „${row.query}“` : "Suche ohne Treffer"),
  articleId: row.article?.id ?? null,
});

export async function taskGapsToAnswer(viewer: Viewer) {
  const rows = await db().knowledgeGapReport.findMany({
    where: { AND: [answerableGapReportsWhere(viewer), { status: "OPEN" }] },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: { id: true, description: true, createdAt: true, ...subjectSelect, createdBy: { select: { displayName: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    description: row.description,
    createdAt: row.createdAt,
    ...subjectOf(row),
    reporter: row.createdBy?.displayName ?? null,
  }));
}

export async function answerTaskGap(viewer: Viewer, reportId: unknown, answer: unknown, now: Date = new Date()): Promise<void> {
  const id = z.uuid().safeParse(reportId);
  if (!id.success) throw notFound("Die Meldung");
  const text = answerSchema.safeParse(answer);
  if (!text.success) throw invalid(text.error.issues[0].message);
  await db().$transaction(async (tx) => {
    const closed = await tx.knowledgeGapReport.updateMany({
      where: { AND: [answerableGapReportsWhere(viewer), { id: id.data, status: "OPEN" }] },
      data: { status: "CLOSED", answer: text.data, answeredById: viewer.userId, answeredAt: now },
    });
    if (closed.count === 0) throw notFound("Die Meldung");
    const report = await tx.knowledgeGapReport.findFirstOrThrow({
      where: { id: id.data, organizationId: viewer.organizationId },
      select: { createdById: true, ...subjectSelect },
    });
    await notifyUsers(tx, { organizationId: viewer.organizationId, actorUserId: viewer.userId }, [report.createdById], {
      kind: "GAP_ANSWERED",
      subject: subjectOf(report).subject,
      href: "/#my-reports-heading",
      dedupeKey: `gap:${id.data}`,
    });
    await recordAuditEvent(tx, viewer, { action: "knowledgeGap.answer", entityType: "KnowledgeGapReport", entityId: id.data });
  });
}

/** The viewer's own reports (on tasks, articles and from searches) with their state and answer (start page), newest first. */
export async function myTaskGapReports(viewer: Viewer) {
  const rows = await db().knowledgeGapReport.findMany({
    where: { organizationId: viewer.organizationId, createdById: viewer.userId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, description: true, status: true, answer: true, answeredAt: true, ...subjectSelect },
  });
  return rows.map((row) => ({
    id: row.id,
    description: row.description,
    open: row.status === "OPEN",
    answer: row.answer,
    answeredAt: row.answeredAt,
    ...subjectOf(row),
  }));
}
