import "server-only";
import type { Settings } from "meilisearch";
import { articleIndexName, meili } from "./meili-client";

/**
 * Index settings. The German locale makes compound parts find compounds
 * ("anmeldung" → "Gewerbeanmeldung"). Permission fields are filterable so that
 * every search can be restricted on the server.
 */
export const ARTICLE_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["title", "text", "unitNames"],
  filterableAttributes: ["organizationId", "status", "kind", "unitIds", "ownerId"],
  sortableAttributes: ["updatedAt"],
  displayedAttributes: ["id", "title", "kind", "status", "unitNames", "text", "updatedAt"],
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["deu"] }],
  pagination: { maxTotalHits: 1000 },
};

const ensured = new Set<string>();

/** Creates the index with its settings when missing (once per process and index). */
export async function ensureArticleIndex(uid = articleIndexName()): Promise<void> {
  if (ensured.has(uid)) return;
  const client = meili();
  try {
    await client.getIndex(uid);
  } catch {
    await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: 30_000 });
  }
  const task = await client.index(uid).updateSettings(ARTICLE_INDEX_SETTINGS).waitTask({ timeout: 60_000 });
  if (task.status !== "succeeded") {
    throw new Error(`Sucheinstellungen konnten nicht gesetzt werden: ${task.error?.message ?? task.status}`);
  }
  ensured.add(uid);
}

export function forgetEnsuredIndex(uid: string): void {
  ensured.delete(uid);
}
