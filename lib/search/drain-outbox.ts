import "server-only";
/**
 * Moves pending article changes from the SearchOutbox into Meilisearch. Rows are
 * claimed with FOR UPDATE SKIP LOCKED, so several app instances (and the CLI) can
 * drain at once without doing the same work. Repeated changes to one article
 * collapse into one index update, and an article is indexed by one drainer at a
 * time (transaction-scoped advisory lock). Failures stay in the table with their
 * error and are retried with exponential backoff.
 */
import { systemDb } from "../db/client";
import { articleIndexName, meili } from "./meili-client";
import { ensureArticleIndex } from "./index-settings";
import { articleDocumentSelect, toArticleDocument } from "./article-document";

export interface DrainResult {
  claimed: number;
  indexed: number;
  deleted: number;
  failed: number;
}

const MAX_BACKOFF_SECONDS = 300;
/** First key of the two-part advisory lock taken per article while it is being indexed. */
const ARTICLE_LOCK_SPACE = 4242;

function backoffSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(attempts, 10));
}

/** Drains one batch. Safe to call concurrently; returns what it did. */
export async function drainSearchOutboxBatch(batchSize = 500): Promise<DrainResult> {
  return systemDb().$transaction(
    async (tx) => {
      let rows = await tx.$queryRaw<{ id: bigint; articleId: string; attempts: number }[]>`
        SELECT id, "articleId", attempts FROM "SearchOutbox"
        WHERE "availableAt" <= now()
        ORDER BY id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { claimed: 0, indexed: 0, deleted: 0, failed: 0 };
      // One drainer per article at a time: otherwise an older read of an article could
      // reach Meilisearch after a newer one from another instance and win.
      const candidates = [...new Set(rows.map((row) => row.articleId))];
      const locked = await tx.$queryRaw<{ articleId: string; locked: boolean }[]>`
        SELECT a AS "articleId", pg_try_advisory_xact_lock(${ARTICLE_LOCK_SPACE}::int, hashtext(a)) AS locked
        FROM unnest(${candidates}::text[]) AS a`;
      const mine = new Set(locked.filter((entry) => entry.locked).map((entry) => entry.articleId));
      rows = rows.filter((row) => mine.has(row.articleId));
      if (rows.length === 0) return { claimed: 0, indexed: 0, deleted: 0, failed: 0 };
      const rowIds = rows.map((row) => row.id);
      const articleIds = [...mine];
      try {
        await ensureArticleIndex();
        const articles = await tx.article.findMany({
          where: { id: { in: articleIds } },
          select: articleDocumentSelect,
        });
        const found = new Set(articles.map((article) => article.id));
        const missing = articleIds.filter((id) => !found.has(id));
        const index = meili().index(articleIndexName());
        if (articles.length > 0) {
          const task = await index.addDocuments(articles.map((article) => toArticleDocument(article))).waitTask({ timeout: 30_000 });
          if (task.status !== "succeeded") throw new Error(task.error?.message ?? `Indexierung: ${task.status}`);
        }
        if (missing.length > 0) {
          const task = await index.deleteDocuments(missing).waitTask({ timeout: 30_000 });
          if (task.status !== "succeeded") throw new Error(task.error?.message ?? `Löschen: ${task.status}`);
        }
        await tx.searchOutbox.deleteMany({ where: { id: { in: rowIds } } });
        return { claimed: rows.length, indexed: articles.length, deleted: missing.length, failed: 0 };
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        for (const row of rows) {
          await tx.searchOutbox.update({
            where: { id: row.id },
            data: {
              attempts: { increment: 1 },
              lastError: message,
              availableAt: new Date(Date.now() + backoffSeconds(row.attempts + 1) * 1000),
            },
          });
        }
        return { claimed: rows.length, indexed: 0, deleted: 0, failed: rows.length };
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Drains until nothing is due (or a batch fails). */
export async function drainSearchOutbox(batchSize = 500): Promise<DrainResult> {
  const total: DrainResult = { claimed: 0, indexed: 0, deleted: 0, failed: 0 };
  for (;;) {
    const result = await drainSearchOutboxBatch(batchSize);
    total.claimed += result.claimed;
    total.indexed += result.indexed;
    total.deleted += result.deleted;
    total.failed += result.failed;
    if (result.claimed === 0 || result.failed > 0) return total;
  }
}

/** Drains without letting an error escape; for use after a request and on the timer. */
export async function drainSearchOutboxQuietly(): Promise<void> {
  try {
    await drainSearchOutbox();
  } catch (error) {
    console.warn("Suchindex-Abgleich fehlgeschlagen:", error instanceof Error ? error.message : error);
  }
}
