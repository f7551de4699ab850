import "server-only";
/**
 * Compares the database with the search index and repairs differences:
 * missing or outdated documents are written again, documents without an
 * article are removed. Also refreshes documents whose verification state
 * changed with time (their checksum no longer matches).
 *
 * Two depths: by checksum (the start-up check: reads only ids and checksums),
 * or by content (`npm run search:check`: reads every stored document, a batch
 * at a time, and compares it field by field with what the database gives –
 * so a document changed in the index behind the app's back is found too).
 */
import { systemDb } from "../db/client";
import { articleIndexName, meili } from "./meili-client";
import { ensureArticleIndex } from "./index-settings";
import { articleBatches, sameDocumentContent, toArticleDocument } from "./article-document";

export interface IndexCheckReport {
  articles: number;
  documents: number;
  missing: string[];
  outdated: string[];
  orphaned: string[];
  repaired: boolean;
}

const PAGE = 1000;

async function indexedChecksums(indexUid: string): Promise<Map<string, string>> {
  const checksums = new Map<string, string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await meili()
      .index(indexUid)
      .getDocuments<{ id: string; checksum?: string }>({ fields: ["id", "checksum"], offset, limit: PAGE });
    for (const document of page.results) checksums.set(String(document.id), String(document.checksum ?? ""));
    if (page.results.length < PAGE) return checksums;
  }
}

/** The stored documents of these ids, all fields. */
async function storedDocuments(indexUid: string, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const stored = new Map<string, Record<string, unknown>>();
  if (ids.length === 0) return stored;
  const page = await meili()
    .index(indexUid)
    .getDocuments<Record<string, unknown>>({ filter: `id IN [${ids.map((id) => JSON.stringify(id)).join(", ")}]`, limit: ids.length });
  for (const document of page.results) stored.set(String(document.id), document);
  return stored;
}

export async function checkSearchIndex(
  options: { repair?: boolean; log?: (line: string) => void; indexUid?: string; compareContent?: boolean } = {},
): Promise<IndexCheckReport> {
  const log = options.log ?? (() => {});
  const indexUid = options.indexUid ?? articleIndexName();
  await ensureArticleIndex(indexUid);
  const indexed = await indexedChecksums(indexUid);
  log(`  Index: ${indexed.size} Dokumente gelesen`);
  const missing: string[] = [];
  const outdated: string[] = [];
  const seen = new Set<string>();
  const now = new Date();
  let articles = 0;
  for await (const batch of articleBatches(PAGE)) {
    const stale = [];
    const stored = options.compareContent
      ? await storedDocuments(
          indexUid,
          batch.map((article) => article.id).filter((id) => indexed.has(id)),
        )
      : null;
    for (const article of batch) {
      seen.add(article.id);
      const document = toArticleDocument(article, now);
      const checksum = indexed.get(article.id);
      const storedDocument = stored?.get(article.id);
      if (checksum === undefined) missing.push(article.id);
      else if (checksum !== document.checksum) outdated.push(article.id);
      else if (stored && (!storedDocument || !sameDocumentContent(storedDocument, document))) outdated.push(article.id);
      else continue;
      stale.push(document);
    }
    if (options.repair && stale.length > 0) {
      const task = await meili().index(indexUid).addDocuments(stale).waitTask({ timeout: 120_000 });
      if (task.status !== "succeeded") throw new Error(task.error?.message ?? `Reparatur: ${task.status}`);
    }
    articles += batch.length;
    if (articles % 10_000 < PAGE) log(`  Datenbank: ${articles} Artikel verglichen`);
  }
  const orphaned = [...indexed.keys()].filter((id) => !seen.has(id));
  if (options.repair && orphaned.length > 0) {
    const task = await meili().index(indexUid).deleteDocuments(orphaned).waitTask({ timeout: 120_000 });
    if (task.status !== "succeeded") throw new Error(task.error?.message ?? `Reparatur: ${task.status}`);
  }
  return { articles, documents: indexed.size, missing, outdated, orphaned, repaired: Boolean(options.repair) };
}

/** Removes index documents whose article no longer exists (e.g. deleted during a rebuild). */
export async function removeOrphanedDocuments(indexUid = articleIndexName()): Promise<number> {
  const indexed = await indexedChecksums(indexUid);
  const existing = new Set((await systemDb().article.findMany({ select: { id: true } })).map((article) => article.id));
  const orphaned = [...indexed.keys()].filter((id) => !existing.has(id));
  if (orphaned.length > 0) {
    const task = await meili().index(indexUid).deleteDocuments(orphaned).waitTask({ timeout: 120_000 });
    if (task.status !== "succeeded") throw new Error(task.error?.message ?? `Entfernen: ${task.status}`);
  }
  return orphaned.length;
}
