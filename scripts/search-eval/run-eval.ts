/**
 * `npm run search:eval [-- --korpus gesetze --size 20000 --anfragen 100]`
 *
 * Starts a throw-away PostgreSQL and Meilisearch, loads the relevance fixture
 * (default) or the law corpus named by DIGICHECK_LAW_CORPUS, runs the queries through the
 * app's search function and prints recall@1, recall@5 and MRR per query group.
 */
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { startTestStack } from "../stack/throwaway-stack";
import type { Viewer } from "../../lib/auth/viewer";
import { formatFigures, misses, relevanceFigures, type QueryOutcome } from "./metrics";

const { values } = parseArgs({
  options: {
    korpus: { type: "string", default: "fixture" },
    size: { type: "string", default: "86000" },
    anfragen: { type: "string", default: "100" },
  },
});

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

interface RunResult {
  outcomes: QueryOutcome[];
  baseline: QueryOutcome[];
  titleOf: (id: string) => string;
}

/**
 * Baseline from the same index: one plain Meilisearch query on the German-segmented
 * fields only – no unsegmented copies, no spelling variants, no synonyms (what the
 * foundation did).
 */
async function baselineRanking(viewer: Viewer, query: string): Promise<string[]> {
  const { meili, articleIndexName } = await import("../../lib/search/meili-client");
  const { readableArticlesFilter } = await import("../../lib/auth/policy");
  const { GERMAN_FIELDS_LIST } = await import("../../lib/search/search-fields");
  const { normalizeQuery } = await import("../../lib/search/normalize-query");
  const response = await meili()
    .index(articleIndexName())
    .search(normalizeQuery(query), {
      filter: readableArticlesFilter(viewer),
      attributesToSearchOn: GERMAN_FIELDS_LIST,
      attributesToRetrieve: ["id"],
      limit: 20,
    });
  return response.hits.map((hit) => String(hit.id));
}

async function withBaseline(viewer: Viewer, outcomes: QueryOutcome[]): Promise<QueryOutcome[]> {
  const baseline: QueryOutcome[] = [];
  for (const outcome of outcomes) baseline.push({ ...outcome, ranked: await baselineRanking(viewer, outcome.query) });
  return baseline;
}

async function fixtureRun(): Promise<RunResult> {
  const { createTestOrganization } = await import("../../tests/integration/helpers/test-organization");
  const { loadFixtureArticles, runFixtureQueries } = await import("./fixture-corpus");
  const { FIXTURE_ARTICLES } = await import("./fixture-articles");
  const org = await createTestOrganization("Relevanzkommune");
  const ids = await loadFixtureArticles(org.viewers.EDITOR);
  log(`Fixture: ${ids.size} Artikel geladen und indexiert`);
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const titleOf = (id: string) => {
    const article = FIXTURE_ARTICLES.find((entry) => entry.key === keyOf.get(id));
    return article ? `${article.title}${article.status === "DRAFT" ? " (Entwurf)" : article.expired ? " (abgelaufen)" : ""}` : id;
  };
  const outcomes = await runFixtureQueries(org.viewers.EDITOR, ids);
  return { outcomes, baseline: await withBaseline(org.viewers.EDITOR, outcomes), titleOf };
}

async function lawRun(): Promise<RunResult> {
  const { lawCorpusPath, loadCorpus } = await import("../bench/corpus");
  const corpusPath = lawCorpusPath();
  if (!corpusPath) throw new Error("Für --korpus gesetze bitte DIGICHECK_LAW_CORPUS auf die Datei laws-de.jsonl.gz setzen.");
  if (!existsSync(corpusPath)) throw new Error(`Gesetzeskorpus nicht gefunden: ${corpusPath}`);
  const { loadBenchData } = await import("../bench/load-data");
  const { reindexAllArticles } = await import("../../lib/search/reindex");
  const { loadViewer } = await import("../../lib/auth/load-viewer");
  const { searchArticles } = await import("../../lib/search/search-articles");
  const { systemDb } = await import("../../lib/db/client");
  const { lawQueries } = await import("./law-queries");
  const { documents, source } = await loadCorpus(Number(values.size));
  log(`Korpus: ${source}`);
  const organizations = await loadBenchData(documents, (done) => {
    if (done % 20000 === 0 || done === documents.length) log(`  geladen: ${done} / ${documents.length}`);
  });
  await reindexAllArticles({
    log: (line) => {
      if (/000 \//.test(line) || /Pakete/.test(line)) log(line.trim());
    },
  });
  const first = organizations[0];
  const articles = await systemDb().article.findMany({
    where: { organizationId: first.id },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
  const sections = articles.flatMap((article) => {
    const match = article.title.match(/^(.+?) ((?:§+|Art\.?) ?\S+) – (.+)$/);
    return match ? [{ id: article.id, law: match[1], section: match[2], heading: match[3] }] : [];
  });
  const { queries } = lawQueries(sections, Number(values.anfragen));
  const viewer = (await loadViewer(first.editorId))!;
  log(`${queries.length} Anfragen über ${articles.length} Abschnitte der ersten Organisation`);
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const result = await searchArticles(viewer, { q: query.query });
    outcomes.push({ ...query, ranked: result.hits.map((hit) => hit.id) });
  }
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return { outcomes, baseline: await withBaseline(viewer, outcomes), titleOf: (id) => titles.get(id) ?? id };
}

async function main() {
  const stack = await startTestStack("eval");
  Object.assign(process.env, stack.info.env);
  try {
    const { outcomes, baseline, titleOf } = values.korpus === "gesetze" ? await lawRun() : await fixtureRun();
    console.log("\nDigiCheck-Suche (föderierte Anfrage: deutsch segmentiert + unsegmentiert + Schreibweise + Synonyme):");
    console.log(formatFigures(relevanceFigures(outcomes)));
    console.log("\nBaseline im selben Index (eine Anfrage, nur deutsch segmentierte Felder, ohne Varianten und Synonyme):");
    console.log(formatFigures(relevanceFigures(baseline)));
    const missed = misses(outcomes, titleOf);
    if (missed.length > 0) {
      console.log(`\nNicht auf Rang 1 (${missed.length} von ${outcomes.length}):`);
      console.log(missed.slice(0, 40).join("\n"));
    }
  } finally {
    const { systemDb } = await import("../../lib/db/client");
    await systemDb()
      .$disconnect()
      .catch(() => {});
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
