/**
 * W1: search through our HTTP API as a signed-in reader, against (a) the same
 * Meilisearch request sent directly, (b) PostgreSQL full-text search with the
 * `german` configuration and ts_rank, the way comparable wikis search, and (c)
 * a plain engine query (just the words and the same permission filter, engine
 * defaults for everything else) – what the product's extra work costs.
 */
import { systemDb } from "../../lib/db/client";
import { getEnv } from "../../lib/env";
import { articleSearchRequest, SEARCH_FACETS } from "../../lib/search/search-articles";
import { SEARCH_PAGE_SIZE } from "../../lib/search/search-request";
import { synonymGroupsFor } from "../../lib/search/synonym-groups";
import type { Viewer } from "../../lib/auth/viewer";
import { readableArticlesFilter } from "../../lib/auth/policy";
import { articleIndexName } from "../../lib/search/meili-client";
import { httpRequest, timed } from "./http-client";
import { summarize, type LatencySummary } from "./stats";
import { median, pairedFigures, type PairedFigures, type PairedRound } from "./paired";

export const W1_QUERIES: { group: string; query: string }[] = [
  { group: "Einzelwort", query: "Bundesbank" },
  { group: "Einzelwort", query: "Genehmigung" },
  { group: "Einzelwort", query: "Ordnungswidrigkeit" },
  { group: "Einzelwort", query: "Frist" },
  { group: "Einzelwort", query: "Gebühren" },
  { group: "Wortteil", query: "erlaubnis" },
  { group: "Wortteil", query: "anmeldung" },
  { group: "Wortteil", query: "steuer" },
  { group: "Wortteil", query: "versicherung" },
  { group: "Wortteil", query: "behörde" },
  { group: "Zwei Wörter", query: "Aufenthalt Erlaubnis" },
  { group: "Zwei Wörter", query: "Deutsche Bundesbank" },
  { group: "Zwei Wörter", query: "Antrag Frist" },
  { group: "Zwei Wörter", query: "Verordnung Bundesministerium" },
  { group: "Tippfehler", query: "Bundesbnak" },
  { group: "Tippfehler", query: "Genehmigugn" },
  { group: "Tippfehler", query: "Ordnugnswidrigkeit" },
  { group: "Tippfehler", query: "Verordnnug" },
];

export interface W1Result {
  ours: LatencySummary;
  meiliDirect: LatencySummary;
  /** (c) the plain engine query with the same permission filter. */
  meiliPlain: LatencySummary;
  meiliFetch: LatencySummary;
  postgres: LatencySummary;
  /** Only the queries PostgreSQL finds something for (it answers typos quickly with nothing). */
  withPostgresHits: { ours: LatencySummary; postgres: LatencySummary };
  /** Header suggestions over HTTP (`?vorschlag=1`) for the first part of each query, as typed. */
  suggestions: LatencySummary;
  /** Per round (all queries once): median of ours against median of (c). */
  paired: PairedFigures;
  perQuery: { query: string; group: string; oursP50: number; meiliP50: number; postgresP50: number; postgresHits: number }[];
}

export async function runW1(options: {
  appUrl: string;
  cookie: string;
  reader: Viewer;
  rounds: number;
  log: (line: string) => void;
}): Promise<W1Result> {
  const env = getEnv();
  const indexUrl = `${env.MEILI_URL}/multi-search`;
  const synonymGroups = await synonymGroupsFor(options.reader.organizationId);
  const meiliHeaders = { Authorization: `Bearer ${env.MEILI_MASTER_KEY}`, "Content-Type": "application/json" };
  await systemDb().$executeRawUnsafe(
    `CREATE INDEX IF NOT EXISTS bench_article_fts ON "Article" USING gin (to_tsvector('german', title || ' ' || "contentText"))`,
  );
  await systemDb().$executeRawUnsafe(`ANALYZE "Article"`);

  const samples = {
    ours: [] as number[],
    meiliDirect: [] as number[],
    meiliPlain: [] as number[],
    meiliFetch: [] as number[],
    postgres: [] as number[],
    suggestions: [] as number[],
  };
  const plainUrl = `${env.MEILI_URL}/indexes/${articleIndexName()}/search`;
  const permissionFilter = readableArticlesFilter(options.reader);
  const perQuery = new Map(
    W1_QUERIES.map((entry) => [entry.query, { ours: [] as number[], meili: [] as number[], postgres: [] as number[], postgresHits: 0 }]),
  );
  const rounds: PairedRound[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const roundOurs: number[] = [];
    const roundPlain: number[] = [];
    for (const { query } of W1_QUERIES) {
      const body = JSON.stringify(
        articleSearchRequest(options.reader, query, synonymGroups, { offset: 0, limit: SEARCH_PAGE_SIZE, facets: SEARCH_FACETS }),
      );
      const ours = await timed(() =>
        httpRequest(`${options.appUrl}/api/suche?q=${encodeURIComponent(query)}`, { headers: { Cookie: options.cookie } }),
      );
      if (ours.value.status !== 200) throw new Error(`/api/suche antwortete ${ours.value.status}: ${ours.value.body.slice(0, 200)}`);
      const typed = query.slice(0, Math.max(4, Math.ceil(query.length * 0.6)));
      const suggestion = await timed(() =>
        httpRequest(`${options.appUrl}/api/suche?vorschlag=1&q=${encodeURIComponent(typed)}`, { headers: { Cookie: options.cookie } }),
      );
      if (suggestion.value.status !== 200) throw new Error(`Vorschläge antworteten ${suggestion.value.status}`);
      const direct = await timed(() => httpRequest(indexUrl, { method: "POST", headers: meiliHeaders, body }));
      if (direct.value.status !== 200) throw new Error(`Meilisearch antwortete ${direct.value.status}`);
      const plainBody = JSON.stringify({ q: query, filter: permissionFilter, limit: SEARCH_PAGE_SIZE, attributesToRetrieve: ["id"] });
      const plain = await timed(() => httpRequest(plainUrl, { method: "POST", headers: meiliHeaders, body: plainBody }));
      if (plain.value.status !== 200) throw new Error(`Meilisearch (einfach) antwortete ${plain.value.status}`);
      const viaFetch = await timed(async () => (await fetch(indexUrl, { method: "POST", headers: meiliHeaders, body })).text());
      const postgres = await timed(
        () => systemDb().$queryRaw<{ id: string }[]>`
        SELECT id, ts_rank(to_tsvector('german', title || ' ' || "contentText"), q) AS rank
        FROM "Article", websearch_to_tsquery('german', ${query}) q
        WHERE "organizationId" = ${options.reader.organizationId}::uuid
          AND (status = 'PUBLISHED' OR "ownerId" = ${options.reader.userId}::uuid)
          AND to_tsvector('german', title || ' ' || "contentText") @@ q
        ORDER BY rank DESC LIMIT 20`,
      );
      if (round > 0) {
        // Round 0 warms caches and connections; it is not counted.
        samples.ours.push(ours.ms);
        samples.suggestions.push(suggestion.ms);
        roundOurs.push(ours.ms);
        roundPlain.push(plain.ms);
        samples.meiliDirect.push(direct.ms);
        samples.meiliPlain.push(plain.ms);
        samples.meiliFetch.push(viaFetch.ms);
        samples.postgres.push(postgres.ms);
        const entry = perQuery.get(query)!;
        entry.ours.push(ours.ms);
        entry.meili.push(direct.ms);
        entry.postgres.push(postgres.ms);
        entry.postgresHits = postgres.value.length;
      }
    }
    if (round > 0) rounds.push({ baseline: median(roundPlain), subject: median(roundOurs), ratio: median(roundOurs) / median(roundPlain) });
    options.log(`  W1 Runde ${round + 1}/${options.rounds}`);
  }
  const answered = [...perQuery.values()].filter((entry) => entry.postgresHits > 0);
  return {
    ours: summarize(samples.ours),
    meiliDirect: summarize(samples.meiliDirect),
    meiliPlain: summarize(samples.meiliPlain),
    meiliFetch: summarize(samples.meiliFetch),
    postgres: summarize(samples.postgres),
    suggestions: summarize(samples.suggestions),
    paired: pairedFigures(rounds),
    withPostgresHits: {
      ours: summarize(answered.flatMap((entry) => entry.ours)),
      postgres: summarize(answered.flatMap((entry) => entry.postgres)),
    },
    perQuery: W1_QUERIES.map(({ query, group }) => {
      const entry = perQuery.get(query)!;
      return {
        query,
        group,
        oursP50: summarize(entry.ours).p50,
        meiliP50: summarize(entry.meili).p50,
        postgresP50: summarize(entry.postgres).p50,
        postgresHits: entry.postgresHits,
      };
    }),
  };
}
