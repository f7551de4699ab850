import "server-only";
import type { Settings } from "meilisearch";
import { articleIndexName, meili } from "./meili-client";

import { GERMAN_FIELDS_LIST, PLAIN_FIELDS_LIST } from "./search-fields";

/**
 * Index settings. Attribute order ranks title and headings before body text.
 * Proximity and exactness put an exact phrase before scattered words (and "§ 127"
 * before "§ 1275"); `trust` then puts published, verified articles before drafts and
 * expired ones among equally good matches. No typos on numbers: file numbers, § references and years must match exactly.
 */
export const ARTICLE_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["title", "titlePlain", "headings", "headingsPlain", "taskNames", "text", "unitNames", "positionNames"],
  filterableAttributes: ["id", "organizationId", "status", "kind", "unitIds", "positionIds", "taskIds", "ownerId", "verification"],
  sortableAttributes: ["updatedAt"],
  displayedAttributes: ["*"],
  // "sort" first: without a sort parameter it does nothing; with one, date order wins.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "trust:desc", "updatedAt:desc"],
  localizedAttributes: [
    // German segmentation: compound parts find compounds ("steuer" → "Hundesteuer").
    { attributePatterns: GERMAN_FIELDS_LIST, locales: ["deu"] },
    // Explicitly not German, so these copies are not segmented and typos inside
    // long compounds ("Gewerbeanmedlung") are still found.
    { attributePatterns: PLAIN_FIELDS_LIST, locales: ["eng"] },
  ],
  typoTolerance: { disableOnNumbers: true },
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
