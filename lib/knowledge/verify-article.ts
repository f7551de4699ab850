import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canVerifyArticle } from "../auth/policy";
import { forbidden } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { enqueueArticleIndexing } from "../search/outbox";
import { loadReadableArticleFacts } from "./get-article";
import { nextReviewDate } from "./verification";

/**
 * "Als aktuell bestätigen": records who confirmed the article and when, and sets
 * the next review date one review interval ahead. Audit event and search update
 * (the verification badge and facet) in the same transaction.
 */
export async function confirmArticleCurrent(viewer: Viewer, id: unknown, now: Date = new Date()): Promise<{ nextReviewAt: Date }> {
  const facts = await loadReadableArticleFacts(viewer, id);
  if (!canVerifyArticle(viewer, facts)) {
    throw forbidden(
      facts.status === "PUBLISHED"
        ? "Bestätigen können die verantwortliche Person und wer den Artikel veröffentlichen darf."
        : "Nur veröffentlichte Artikel können als aktuell bestätigt werden.",
    );
  }
  return db().$transaction(async (tx) => {
    const { reviewIntervalMonths } = await tx.article.findUniqueOrThrow({
      where: { id: facts.id, organizationId: facts.organizationId },
      select: { reviewIntervalMonths: true },
    });
    const nextReviewAt = nextReviewDate(now, reviewIntervalMonths);
    await tx.article.update({
      where: { id: facts.id, organizationId: facts.organizationId },
      data: { lastVerifiedAt: now, lastVerifiedById: viewer.userId, nextReviewAt },
    });
    await enqueueArticleIndexing(tx, facts);
    await recordAuditEvent(tx, viewer, {
      action: "article.verify",
      entityType: "Article",
      entityId: facts.id,
      data: { nextReviewAt: nextReviewAt.toISOString() },
    });
    return { nextReviewAt };
  });
}
