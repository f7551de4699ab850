import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canHandOverOwnership, transferableArticlesWhere } from "../auth/policy";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { fieldErrorsOf } from "./article-input";
import { enqueueArticlesIndexing } from "../search/outbox";

const handoverSchema = z
  .object({
    fromUserId: z.uuid({ error: "Bitte wählen Sie, von wem übertragen wird." }),
    toUserId: z.uuid({ error: "Bitte wählen Sie, an wen übertragen wird." }),
  })
  .refine((input) => input.fromUserId !== input.toUserId, { message: "Bitte wählen Sie zwei verschiedene Personen.", path: ["toUserId"] });

/** Accounts of the viewer's organization that can take over articles (for the form). */
export async function handoverCandidates(viewer: Viewer) {
  if (!canHandOverOwnership(viewer)) throw forbidden();
  return db().user.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true, active: true },
  });
}

/**
 * Moves the ownership – and with it the review duty ("Als aktuell bestätigen")
 * and open feedback – of all articles of one person to another in one
 * transaction, e.g. when someone leaves. Admins move all of the person's
 * articles, leads those linked to their units. Search is updated (the owner
 * decides who may see an own draft), and the audit log records the handover.
 */
export async function handOverOwnership(viewer: Viewer, input: unknown): Promise<{ moved: number }> {
  if (!canHandOverOwnership(viewer)) throw forbidden("Artikel übertragen dürfen Administration und Leitungen.");
  const parsed = handoverSchema.safeParse(input);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const { fromUserId, toUserId } = parsed.data;
  const [from, to] = await Promise.all([
    db().user.findFirst({ where: { id: fromUserId, organizationId: viewer.organizationId }, select: { id: true } }),
    db().user.findFirst({ where: { id: toUserId, organizationId: viewer.organizationId, active: true }, select: { id: true } }),
  ]);
  if (!from)
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { fromUserId: ["Diese Person gibt es in Ihrer Organisation nicht."] });
  if (!to)
    throw invalid("Bitte prüfen Sie die markierten Angaben.", {
      toUserId: ["Diese Person gibt es in Ihrer Organisation nicht, oder ihr Zugang ist gesperrt."],
    });
  const transferable = transferableArticlesWhere(viewer);
  return db().$transaction(async (tx) => {
    const articles = await tx.article.findMany({
      where: { AND: [transferable, { ownerId: fromUserId }] },
      select: { id: true, organizationId: true },
    });
    // The person's role as named verifier ("Prüfende Person") moves along, within the same scope.
    await tx.article.updateMany({ where: { AND: [transferable, { verifierId: fromUserId }] }, data: { verifierId: toUserId } });
    if (articles.length === 0) return { moved: 0 };
    const ids = articles.map((article) => article.id);
    await tx.article.updateMany({ where: { id: { in: ids }, organizationId: viewer.organizationId }, data: { ownerId: toUserId } });
    await enqueueArticlesIndexing(tx, articles);
    await recordAuditEvent(tx, viewer, {
      action: "article.ownership.handover",
      entityType: "User",
      entityId: fromUserId,
      data: { toUserId, articles: ids.length },
    });
    return { moved: ids.length };
  });
}
