import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { readableArticlesWhere } from "../auth/policy";
import { foldGermanSpelling } from "./spelling-variants";
import { allowedEdits, editDistance } from "./edit-distance";

const VOCABULARY_ARTICLES = 5000;

function key(word: string): string {
  return foldGermanSpelling(word.toLocaleLowerCase("de-DE"));
}

/**
 * Words of the titles the viewer may read, and of the organization's task and unit
 * names, with their frequency. Built only from what the viewer may read, so a
 * suggestion never reveals a hidden title.
 */
async function vocabulary(viewer: Viewer): Promise<Map<string, { word: string; count: number }>> {
  const [articles, tasks, units] = await Promise.all([
    db().article.findMany({
      where: readableArticlesWhere(viewer),
      select: { title: true },
      orderBy: { updatedAt: "desc" },
      take: VOCABULARY_ARTICLES,
    }),
    db().task.findMany({ where: { organizationId: viewer.organizationId }, select: { title: true }, take: VOCABULARY_ARTICLES }),
    db().orgUnit.findMany({ where: { organizationId: viewer.organizationId }, select: { name: true } }),
  ]);
  const words = new Map<string, { word: string; count: number }>();
  const texts = [...articles.map((a) => a.title), ...tasks.map((t) => t.title), ...units.map((u) => u.name)];
  for (const text of texts) {
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 4) continue;
      const entry = words.get(key(word));
      if (entry) entry.count++;
      else words.set(key(word), { word, count: 1 });
    }
  }
  return words;
}

/**
 * "Meinten Sie …?": replaces each query word that is not a known word by the
 * closest known one, and offers the result only if it finds something.
 */
export async function suggestSpelling(
  viewer: Viewer,
  query: string,
  findsSomething: (candidate: string) => Promise<boolean>,
): Promise<string | null> {
  const known = await vocabulary(viewer);
  let changed = false;
  const corrected = query.split(" ").map((word) => {
    const wordKey = key(word);
    const limit = allowedEdits(wordKey.length);
    if (limit === 0 || known.has(wordKey)) return word;
    let best: { word: string; distance: number; count: number } | null = null;
    for (const [candidateKey, entry] of known) {
      const distance = editDistance(wordKey, candidateKey, limit);
      if (distance > limit) continue;
      if (!best || distance < best.distance || (distance === best.distance && entry.count > best.count)) {
        best = { word: entry.word, distance, count: entry.count };
      }
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  if (!changed) return null;
  const suggestion = corrected.join(" ");
  return (await findsSomething(suggestion)) ? suggestion : null;
}
