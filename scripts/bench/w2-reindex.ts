/**
 * W2: full reindex from the database against a raw bulk import of the same
 * documents (already in memory), both enqueueing 1000-document batches and
 * waiting once at the end; in rounds that alternate both (paired.ts).
 */
import { systemDb } from "../../lib/db/client";
import { meili, articleIndexName } from "../../lib/search/meili-client";
import { ARTICLE_INDEX_SETTINGS } from "../../lib/search/index-settings";
import { reindexAllArticles } from "../../lib/search/reindex";
import { articleDocumentSelect, toArticleDocument, type ArticleDocument } from "../../lib/search/article-document";
import { timed } from "./http-client";
import { runPaired, type PairedFigures } from "./paired";

export interface W2Result {
  documents: number;
  /** Documents per second per round: baseline raw import, subject reindex. */
  paired: PairedFigures;
}

/** Imports the documents into a new index with the product's settings, the reindex's batch strategy. */
async function rawImport(documents: ArticleDocument[], log: (line: string) => void): Promise<number> {
  const rawName = `${articleIndexName()}_raw_${Date.now()}`;
  await meili().createIndex(rawName, { primaryKey: "id" }).waitTask({ timeout: 60_000 });
  await meili().index(rawName).updateSettings(ARTICLE_INDEX_SETTINGS).waitTask({ timeout: 60_000 });
  // Same strategy as the reindex: enqueue every batch, then wait once.
  const raw = await timed(async () => {
    const taskUids: number[] = [];
    for (let start = 0; start < documents.length; start += 1000) {
      taskUids.push(
        (
          await meili()
            .index(rawName)
            .addDocuments(documents.slice(start, start + 1000))
        ).taskUid,
      );
    }
    log(`  W2 Rohimport: ${documents.length} Dokumente übergeben, warte auf die Indexierung …`);
    for (const taskUid of taskUids) {
      const task = await meili().tasks.waitForTask(taskUid, { timeout: 0 });
      if (task.status !== "succeeded") throw new Error(task.error?.message ?? task.status);
    }
  });
  await meili().deleteIndex(rawName).waitTask({ timeout: 60_000 });
  return raw.ms / 1000;
}

/** Rounds of raw import, then reindex (the last reindex leaves the live index for W1/W3/W5). */
export async function runW2(rounds: number, log: (line: string) => void): Promise<W2Result> {
  const documents: ArticleDocument[] = (await systemDb().article.findMany({ select: articleDocumentSelect })).map((article) =>
    toArticleDocument(article),
  );
  const paired = await runPaired(
    rounds,
    async () => documents.length / (await rawImport(documents, log)),
    async () => {
      const ours = await timed(() => reindexAllArticles({ batchSize: 1000, log: (line) => log(`  W2 Reindex:${line}`) }));
      return ours.value.indexed / (ours.ms / 1000);
    },
    (round, index) =>
      log(`  W2 Runde ${index + 1}/${rounds}: Rohimport ${round.baseline.toFixed(0)} Dok./s, Neuaufbau ${round.subject.toFixed(0)} Dok./s`),
  );
  return { documents: documents.length, paired };
}
