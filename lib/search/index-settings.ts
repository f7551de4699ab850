import "server-only";
import type { Settings } from "meilisearch";
import { articleIndexName, meili } from "./meili-client";

import { SEARCH_FIELDS_LIST } from "./search-fields";

/**
 * Index settings. Attribute order ranks title and headings before body text.
 * Proximity and exactness put an exact phrase before scattered words (and "§ 127"
 * before "§ 1275"); `trust` then puts published, verified articles before drafts and
 * expired ones among equally good matches. No typos on numbers: file numbers, § references and years must match exactly.
 */
export const ARTICLE_INDEX_SETTINGS: Settings = {
  searchableAttributes: SEARCH_FIELDS_LIST,
  filterableAttributes: ["id", "organizationId", "status", "kind", "unitIds", "positionIds", "taskIds", "ownerId", "verification"],
  sortableAttributes: ["updatedAt"],
  displayedAttributes: ["*"],
  // "sort" first: without a sort parameter it does nothing; with one, date order wins.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "trust:desc", "updatedAt:desc"],
  // Explicitly not German: the engine's German segmentation would cut a misspelled
  // compound into short pieces that no longer match ("Gewerbeanmedlung"). Compound
  // parts come from the "…Parts" fields instead (index-parts.ts).
  localizedAttributes: [{ attributePatterns: SEARCH_FIELDS_LIST, locales: ["eng"] }],
  // No custom separatorTokens: they cost the engine about 3 ms per search (measured); the few words the
  // tokenizer keeps glued to "<" or ">" are put into the "…Parts" fields instead (index-parts.ts).
  typoTolerance: { disableOnNumbers: true },
  // No engine synonyms: they match whole words only, so "Kita" → "Kindertagesstätte" would miss
  // "Kindertagesstätten" (measured: Abkürzung 0.80 instead of 1.00). Synonyms expand the query instead.
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 1000 },
};

const ensured = new Set<string>();

/** Creates the index when missing and applies the settings (once per process and index). */
export async function ensureArticleIndex(uid = articleIndexName()): Promise<void> {
  if (ensured.has(uid)) return;
  const client = meili();
  try {
    await client.getIndex(uid);
  } catch {
    await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: 30_000 });
  }
  const task = await client.index(uid).updateSettings(ARTICLE_INDEX_SETTINGS).waitTask({ timeout: 120_000 });
  if (task.status !== "succeeded") {
    throw new Error(`Sucheinstellungen konnten nicht gesetzt werden: ${task.error?.message ?? task.status}`);
  }
  ensured.add(uid);
}

export function forgetEnsuredIndex(uid: string): void {
  ensured.delete(uid);
}
