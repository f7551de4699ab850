import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canManageSearchSettings } from "../auth/policy";
import { forbidden } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";

export interface StuckOutboxRow {
  articleId: string;
  articleTitle: string | null;
  attempts: number;
  lastError: string | null;
  availableAt: Date;
  createdAt: Date;
}

export interface OutboxStatus {
  pending: number;
  stuck: StuckOutboxRow[];
}

/** Pending index updates of the viewer's organization and those that failed (admins). */
export async function searchOutboxStatus(viewer: Viewer, limit = 100): Promise<OutboxStatus> {
  if (!canManageSearchSettings(viewer)) throw forbidden();
  const where = { organizationId: viewer.organizationId };
  const [pending, rows] = await Promise.all([
    db().searchOutbox.count({ where }),
    db().searchOutbox.findMany({
      where: { ...where, attempts: { gt: 0 } },
      orderBy: { id: "asc" },
      take: limit,
      select: { articleId: true, attempts: true, lastError: true, availableAt: true, createdAt: true },
    }),
  ]);
  const titles = new Map(
    (
      await db().article.findMany({
        where: { organizationId: viewer.organizationId, id: { in: rows.map((row) => row.articleId) } },
        select: { id: true, title: true },
      })
    ).map((article) => [article.id, article.title]),
  );
  return { pending, stuck: rows.map((row) => ({ ...row, articleTitle: titles.get(row.articleId) ?? null })) };
}

/** Makes the organization's failed rows due now (the next drain retries them). */
export async function retryStuckIndexing(viewer: Viewer): Promise<number> {
  if (!canManageSearchSettings(viewer)) throw forbidden();
  return db().$transaction(async (tx) => {
    const { count } = await tx.searchOutbox.updateMany({
      where: { organizationId: viewer.organizationId, attempts: { gt: 0 } },
      data: { availableAt: new Date() },
    });
    await recordAuditEvent(tx, viewer, {
      action: "search.outbox.retry",
      entityType: "Organization",
      entityId: viewer.organizationId,
      data: { rows: count },
    });
    return count;
  });
}
