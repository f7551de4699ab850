import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canResolveFeedback } from "../auth/policy";
import { forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { fieldErrorsOf } from "./article-input";
import { loadReadableArticleFacts } from "./get-article";
import { FeedbackKind } from "../db/generated/enums";

export const FEEDBACK_KIND_LABELS = { OUTDATED: "Veraltet", QUESTION: "Frage" } as const;

const messageSchema = z
  .string({ error: "Bitte schreiben Sie kurz, was nicht mehr stimmt oder was Sie wissen möchten." })
  .trim()
  .min(5, "Bitte schreiben Sie kurz, was nicht mehr stimmt oder was Sie wissen möchten (mindestens 5 Zeichen).")
  .max(2000, "Höchstens 2.000 Zeichen.");

const feedbackSchema = z.object({
  kind: z.enum(FeedbackKind, { error: "Bitte wählen Sie „Veraltet“ oder „Frage“." }),
  message: messageSchema,
});

/** A reader flags an article as outdated or asks a question; the owner sees it on the article and the start page. */
export async function giveFeedback(viewer: Viewer, articleId: unknown, input: unknown): Promise<{ id: string }> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  const parsed = feedbackSchema.safeParse(input);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  return db().$transaction(async (tx) => {
    const feedback = await tx.articleFeedback.create({
      data: {
        organizationId: viewer.organizationId,
        articleId: facts.id,
        kind: parsed.data.kind,
        message: parsed.data.message,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, {
      action: "article.feedback",
      entityType: "Article",
      entityId: facts.id,
      data: { feedbackId: feedback.id, kind: parsed.data.kind },
    });
    return feedback;
  });
}

export interface OpenFeedback {
  id: string;
  articleId: string;
  articleTitle: string;
  kind: "OUTDATED" | "QUESTION";
  message: string;
  authorName: string | null;
  createdAt: Date;
}

const openFeedbackSelect = {
  id: true,
  articleId: true,
  kind: true,
  message: true,
  createdAt: true,
  article: { select: { title: true } },
  createdBy: { select: { displayName: true } },
} as const;

function toOpenFeedback(row: {
  id: string;
  articleId: string;
  kind: "OUTDATED" | "QUESTION";
  message: string;
  createdAt: Date;
  article: { title: string };
  createdBy: { displayName: string } | null;
}): OpenFeedback {
  return {
    id: row.id,
    articleId: row.articleId,
    articleTitle: row.article.title,
    kind: row.kind,
    message: row.message,
    authorName: row.createdBy?.displayName ?? null,
    createdAt: row.createdAt,
  };
}

/** Open feedback on one article, for its owner and editors; nobody else (an empty list). */
export async function openFeedbackOfArticle(viewer: Viewer, articleId: unknown): Promise<OpenFeedback[]> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  if (!canResolveFeedback(viewer, facts)) return [];
  const rows = await db().articleFeedback.findMany({
    where: { organizationId: viewer.organizationId, articleId: facts.id, status: "OPEN" },
    orderBy: { createdAt: "asc" },
    select: openFeedbackSelect,
  });
  return rows.map(toOpenFeedback);
}

/** Open feedback on the viewer's own articles (start page). */
export async function openFeedbackForOwner(viewer: Viewer): Promise<OpenFeedback[]> {
  const rows = await db().articleFeedback.findMany({
    where: { organizationId: viewer.organizationId, status: "OPEN", article: { ownerId: viewer.userId } },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: openFeedbackSelect,
  });
  return rows.map(toOpenFeedback);
}

/** Resolves feedback with a short answer; recorded with who and when, and in the audit log. */
export async function resolveFeedback(viewer: Viewer, feedbackId: unknown, resolution: unknown): Promise<void> {
  const id = z.uuid().safeParse(feedbackId);
  if (!id.success) throw notFound("Die Rückmeldung");
  const row = await db().articleFeedback.findFirst({
    where: { id: id.data, organizationId: viewer.organizationId },
    select: { id: true, articleId: true, status: true },
  });
  if (!row) throw notFound("Die Rückmeldung");
  const facts = await loadReadableArticleFacts(viewer, row.articleId);
  if (!canResolveFeedback(viewer, facts)) throw forbidden("Rückmeldungen erledigen die verantwortliche Person und die Redaktion.");
  const text = z.string().trim().min(2, "Bitte schreiben Sie kurz, was Sie getan haben.").max(2000).safeParse(resolution);
  if (!text.success) throw invalid(text.error.issues[0].message, { resolution: [text.error.issues[0].message] });
  await db().$transaction(async (tx) => {
    const { count } = await tx.articleFeedback.updateMany({
      where: { id: row.id, organizationId: viewer.organizationId, status: "OPEN" },
      data: { status: "RESOLVED", resolution: text.data, resolvedById: viewer.userId, resolvedAt: new Date() },
    });
    if (count === 0) throw invalid("Diese Rückmeldung ist bereits erledigt.");
    await recordAuditEvent(tx, viewer, {
      action: "article.feedback.resolve",
      entityType: "Article",
      entityId: row.articleId,
      data: { feedbackId: row.id },
    });
  });
}
