/**
 * Loads the relevance fixture into an organization (through the same save path as
 * the app) and runs its queries. Used by `npm run search:eval` and by the floor test.
 */
import { systemDb } from "../../lib/db/client";
import type { Viewer } from "../../lib/auth/viewer";
import { createArticle } from "../../lib/knowledge/save-article";
import { drainSearchOutbox } from "../../lib/search/drain-outbox";
import { searchArticles } from "../../lib/search/search-articles";
import { FIXTURE_ARTICLES, type FixtureArticle } from "./fixture-articles";
import { FIXTURE_QUERIES } from "./fixture-queries";
import type { QueryOutcome } from "./metrics";
import { subDays } from "../../lib/dates";

function fixtureDocument(article: FixtureArticle) {
  return {
    type: "doc",
    content: article.sections.flatMap(([heading, text]) => [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: heading }] },
      { type: "paragraph", content: [{ type: "text", text }] },
    ]),
  };
}

/** Creates the fixture articles as `author`; returns fixture key → article id. */
export async function loadFixtureArticles(author: Viewer): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const article of FIXTURE_ARTICLES) {
    const { id } = await createArticle(author, {
      title: article.title,
      kind: article.kind,
      status: article.status ?? "PUBLISHED",
      content: fixtureDocument(article),
      taskIds: [],
      unitIds: [],
      positionIds: [],
    });
    if (article.expired) {
      await systemDb().article.update({ where: { id }, data: { nextReviewAt: subDays(new Date(), 30) } });
    }
    ids.set(article.key, id);
  }
  const drained = await drainSearchOutbox();
  if (drained.failed > 0) throw new Error("Fixture konnte nicht indexiert werden.");
  return ids;
}

/** Runs every fixture query as `viewer` (who should see drafts, so ranking against drafts is tested). */
export async function runFixtureQueries(viewer: Viewer, ids: Map<string, string>): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const entry of FIXTURE_QUERIES) {
    const result = await searchArticles(viewer, { q: entry.query });
    outcomes.push({
      group: entry.group,
      query: entry.query,
      expected: entry.expected.map((key) => {
        const id = ids.get(key);
        if (!id) throw new Error(`Unbekannter Fixture-Schlüssel: ${key}`);
        return id;
      }),
      ranked: result.hits.map((hit) => hit.id),
    });
  }
  return outcomes;
}
