import "server-only";
/**
 * Full rebuild: fills a fresh index from the database, then swaps it in
 * atomically, so searches keep working during the rebuild. Changes made while
 * it ran are queued again afterwards and deletions removed, so none is lost.
 */
import { systemDb } from "../db/client";
import { articleIndexName, meili } from "./meili-client";
import { ensureArticleIndex, forgetEnsuredIndex } from "./index-settings";
import { articleBatches, toArticleDocument } from "./article-document";
import { removeOrphanedDocuments } from "./check-index";
import { enqueueArticlesIndexing } from "./outbox";

export async function reindexAllArticles(options: { batchSize?: number; log?: (line: string) => void } = {}) {
  const batchSize = options.batchSize ?? 1000;
  const log = options.log ?? (() => {});
  const started = new Date();
  const liveName = articleIndexName();
  const buildName = `${liveName}_build_${Date.now()}`;
  await ensureArticleIndex(liveName);
  await ensureArticleIndex(buildName);
  const total = await systemDb().article.count();
  // Batches are enqueued while the next one is read from the database;
  // Meilisearch processes (and auto-batches) them in order. One wait at the end.
  let enqueued = 0;
  const taskUids: number[] = [];
  for await (const batch of articleBatches(batchSize)) {
    taskUids.push(
      (
        await meili()
          .index(buildName)
          .addDocuments(batch.map((article) => toArticleDocument(article)))
      ).taskUid,
    );
    enqueued += batch.length;
    log(`  ${enqueued} / ${total} Artikel übergeben`);
  }
  for (const [index, taskUid] of taskUids.entries()) {
    const task = await meili().tasks.waitForTask(taskUid, { timeout: 0 });
    if (task.status !== "succeeded") throw new Error(task.error?.message ?? `Indexierung: ${task.status}`);
    if ((index + 1) % 10 === 0 || index === taskUids.length - 1) log(`  ${index + 1} / ${taskUids.length} Pakete indexiert`);
  }
  const done = enqueued;
  const swap = await meili()
    .swapIndexes([{ indexes: [liveName, buildName], rename: false }])
    .waitTask({ timeout: 60_000 });
  if (swap.status !== "succeeded") throw new Error(swap.error?.message ?? `Tausch: ${swap.status}`);
  await meili().deleteIndex(buildName).waitTask({ timeout: 60_000 });
  forgetEnsuredIndex(buildName);
  const changedMeanwhile = await systemDb().article.findMany({
    where: { updatedAt: { gte: started } },
    select: { id: true, organizationId: true },
  });
  await enqueueArticlesIndexing(systemDb(), changedMeanwhile);
  // Articles deleted while the rebuild ran may have been read into the new index.
  const removed = await removeOrphanedDocuments(liveName);
  if (removed > 0) log(`  ${removed} währenddessen gelöschte Artikel aus dem Index entfernt`);
  return { indexed: done, requeued: changedMeanwhile.length, removed };
}
