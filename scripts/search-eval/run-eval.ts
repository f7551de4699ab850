/**
 * `npm run search:eval [-- --korpus gesetze --size 20000 --anfragen 100]`
 *
 * Starts a throw-away PostgreSQL and Meilisearch, loads the relevance fixture
 * (default) or the law corpus named by DIGICHECK_LAW_CORPUS, runs the queries through the
 * app's search function, a plain Meilisearch index with default settings and the
 * PostgreSQL fallback, and prints MRR@10 / recall@1 per query group and the
 * latency of each, all measured in the same run.
 */
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { startTestStack } from "../stack/throwaway-stack";
import type { Viewer } from "../../lib/auth/viewer";
import { comparisonTable, misses } from "./metrics";
import type { RelevanceQuery } from "./fixture-queries";
import { buildPlainIndex, compareEngines, type EngineRun } from "./compare-engines";
import { summarize } from "../bench/stats";

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
  viewer: Viewer;
  queries: RelevanceQuery[];
  titleOf: (id: string) => string;
}

async function fixtureRun(): Promise<RunResult> {
  const { createTestOrganization } = await import("../../tests/integration/helpers/test-organization");
  const { loadFixtureArticles } = await import("./fixture-corpus");
  const { FIXTURE_ARTICLES } = await import("./fixture-articles");
  const { FIXTURE_QUERIES } = await import("./fixture-queries");
  const org = await createTestOrganization("Relevanzkommune");
  const ids = await loadFixtureArticles(org.viewers.EDITOR);
  log(`Fixture: ${ids.size} Artikel geladen und indexiert`);
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const titleOf = (id: string) => {
    const article = FIXTURE_ARTICLES.find((entry) => entry.key === keyOf.get(id));
    return article ? `${article.title}${article.status === "DRAFT" ? " (Entwurf)" : article.expired ? " (abgelaufen)" : ""}` : id;
  };
  const queries = FIXTURE_QUERIES.map((entry) => ({ ...entry, expected: entry.expected.map((key) => ids.get(key)!) }));
  return { viewer: org.viewers.EDITOR, queries, titleOf };
}

async function lawRun(): Promise<RunResult> {
  const { lawCorpusPath, loadCorpus } = await import("../bench/corpus");
  const corpusPath = lawCorpusPath();
  if (!corpusPath) throw new Error("Für --korpus gesetze bitte DIGICHECK_LAW_CORPUS auf die Datei laws-de.jsonl.gz setzen.");
  if (!existsSync(corpusPath)) throw new Error(`Gesetzeskorpus nicht gefunden: ${corpusPath}`);
  const { loadBenchData } = await import("../bench/load-data");
  const { reindexAllArticles } = await import("../../lib/search/reindex");
  const { loadViewer } = await import("../../lib/auth/load-viewer");
  const { systemDb } = await import("../../lib/db/client");
  const { lawQueries, lawBodyAndPartQueries } = await import("./law-queries");
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
  const texts = new Map(
    (await systemDb().article.findMany({ where: { organizationId: first.id }, select: { id: true, contentText: true } })).map((row) => [
      row.id,
      row.contentText,
    ]),
  );
  const perGroup = Number(values.anfragen);
  const queries = [
    ...lawQueries(sections, perGroup).queries,
    ...lawBodyAndPartQueries(
      sections.map((section) => ({ ...section, text: texts.get(section.id) ?? "" })),
      perGroup,
    ),
  ];
  const viewer = (await loadViewer(first.editorId))!;
  log(`${queries.length} Anfragen über ${articles.length} Abschnitte der ersten Organisation`);
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return { viewer, queries, titleOf: (id) => titles.get(id) ?? id };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function latencyLine(name: string, run: EngineRun, baseline?: EngineRun): string {
  const own = summarize(run.latencies);
  const base = baseline ? summarize(baseline.latencies) : null;
  const ratio = base ? `   (${(own.p50 / base.p50).toFixed(2)}× / ${(own.p95 / base.p95).toFixed(2)}× der einfachen Anfrage)` : "";
  return `  ${name.padEnd(34)} p50 ${ms(own.p50).padStart(9)}   p95 ${ms(own.p95).padStart(9)}${ratio}`;
}

async function main() {
  const stack = await startTestStack("eval");
  Object.assign(process.env, stack.info.env);
  try {
    const { viewer, queries, titleOf } = values.korpus === "gesetze" ? await lawRun() : await fixtureRun();
    const plainIndex = await buildPlainIndex(log);
    const runs = await compareEngines(viewer, queries, plainIndex);
    console.log("\nRelevanz je Anfragegruppe (MRR@10 / Recall@1), alle drei im selben Lauf über dieselben Artikel:");
    console.log(
      comparisonTable([
        { name: "DigiCheck", outcomes: runs.digicheck.outcomes },
        { name: "Meilisearch einfach", outcomes: runs.plain.outcomes },
        { name: "PostgreSQL-Ersatz", outcomes: runs.fallback.outcomes },
      ]),
    );
    console.log(`\nLatenz im Prozess (${queries.length} Anfragen, nacheinander; einfache Anfrage mit demselben Rechtefilter):`);
    console.log(latencyLine("DigiCheck searchArticles", runs.digicheck, runs.plain));
    console.log(latencyLine("Meilisearch einfach", runs.plain));
    console.log(latencyLine("PostgreSQL-Ersatz", runs.fallback, runs.plain));
    console.log(latencyLine("  davon Engine-Anfrage mit Facetten", runs.engineWithFacets, runs.plain));
    console.log(latencyLine("  Engine-Anfrage ohne Facetten", runs.engineWithoutFacets, runs.plain));
    console.log(latencyLine("  … ohne Hervorhebung und Ausschnitt", runs.withoutSnippet, runs.plain));
    console.log(latencyLine("  … ohne textParts", runs.withoutTextParts, runs.plain));
    console.log(latencyLine("Vorschläge beim Tippen", runs.suggest, runs.suggestPlain));
    console.log(latencyLine("Meilisearch einfach, nur Titel", runs.suggestPlain));
    const missed = misses(runs.digicheck.outcomes, titleOf);
    if (missed.length > 0) {
      console.log(`\nDigiCheck nicht auf Rang 1 (${missed.length} von ${queries.length}):`);
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
