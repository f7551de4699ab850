/**
 * The two comparisons of `npm run search:eval`, built in the same run over the
 * same articles: a plain Meilisearch index with default settings (only title
 * and text, only the filter fields the permission filter needs) and the
 * PostgreSQL fallback. Each query is timed in process for all three.
 */
import { performance } from "node:perf_hooks";
import type { Viewer } from "../../lib/auth/viewer";
import type { QueryOutcome } from "./metrics";
import type { RelevanceQuery } from "./fixture-queries";

export const PLAIN_INDEX_SUFFIX = "-plain";

/** Copies every article into a fresh index with default settings (filterable fields only, for the permission filter). */
export async function buildPlainIndex(log: (line: string) => void): Promise<string> {
  const { meili, articleIndexName } = await import("../../lib/search/meili-client");
  const { systemDb } = await import("../../lib/db/client");
  const uid = `${articleIndexName()}${PLAIN_INDEX_SUFFIX}`;
  const client = meili();
  await client
    .deleteIndex(uid)
    .waitTask()
    .catch(() => undefined);
  await client.createIndex(uid, { primaryKey: "id" }).waitTask();
  await client
    .index(uid)
    .updateSettings({ filterableAttributes: ["organizationId", "status", "ownerId", "unitIds"], searchableAttributes: ["title", "text"] })
    .waitTask();
  let cursor: string | undefined;
  let count = 0;
  for (;;) {
    const batch = await systemDb().article.findMany({
      select: {
        id: true,
        organizationId: true,
        status: true,
        ownerId: true,
        title: true,
        contentText: true,
        units: { select: { orgUnitId: true } },
      },
      orderBy: { id: "asc" },
      take: 5000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) break;
    cursor = batch[batch.length - 1].id;
    const documents = batch.map((row) => ({
      id: row.id,
      organizationId: row.organizationId,
      status: row.status,
      ownerId: row.ownerId,
      unitIds: row.units.map((unit) => unit.orgUnitId),
      title: row.title,
      text: row.contentText,
    }));
    await client.index(uid).addDocuments(documents).waitTask({ timeout: 600_000 });
    count += documents.length;
  }
  log(`Vergleichsindex mit Standardeinstellungen: ${count} Artikel`);
  return uid;
}

export interface EngineRun {
  outcomes: QueryOutcome[];
  /** Milliseconds per query, in query order. */
  latencies: number[];
}

async function timedRuns(queries: RelevanceQuery[], rank: (query: string) => Promise<string[]>): Promise<EngineRun> {
  const outcomes: QueryOutcome[] = [];
  const latencies: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const ranked = await rank(query.query);
    latencies.push(performance.now() - started);
    outcomes.push({ ...query, ranked });
  }
  return { outcomes, latencies };
}

/** DigiCheck (searchArticles, as the search page calls it), the plain index with the same permission filter, the fallback. */
export async function compareEngines(viewer: Viewer, queries: RelevanceQuery[], plainIndexUid: string) {
  const { searchArticles, suggestArticles } = await import("../../lib/search/search-articles");
  const { searchWithPostgres } = await import("../../lib/search/postgres-fallback");
  const { searchRequestSchema } = await import("../../lib/search/search-request");
  const { readableArticlesFilter } = await import("../../lib/auth/policy");
  const { normalizeQuery } = await import("../../lib/search/normalize-query");
  const { meili } = await import("../../lib/search/meili-client");
  const filter = readableArticlesFilter(viewer);
  const plain = (limit: number, attributesToSearchOn?: string[]) => async (query: string) =>
    (
      await meili()
        .index(plainIndexUid)
        .search(normalizeQuery(query), {
          filter,
          limit,
          attributesToRetrieve: ["id"],
          ...(attributesToSearchOn ? { attributesToSearchOn } : {}),
        })
    ).hits.map((hit) => String(hit.id));
  // Warm up caches and connections once for each, so the first measured query is not a cold start.
  await searchArticles(viewer, { q: "Frist" });
  await plain(20)("Frist");
  const digicheck = await timedRuns(queries, async (query) => (await searchArticles(viewer, { q: query })).hits.map((hit) => hit.id));
  const plainRun = await timedRuns(queries, plain(20));
  const request = searchRequestSchema.parse({});
  const fallback = await timedRuns(queries, async (query) =>
    (await searchWithPostgres(viewer, normalizeQuery(query), request, { offset: 0, limit: 20 })).hits.map((hit) => hit.id),
  );
  // Where the time goes: the product's engine request alone, with and without facet counts.
  const { articleSearchRequest, SEARCH_FACETS } = await import("../../lib/search/search-articles");
  const { synonymGroupsFor } = await import("../../lib/search/synonym-groups");
  const groups = await synonymGroupsFor(viewer.organizationId);
  const { articleSearchResponse } = await import("../../lib/search/federated-query");
  const { articleIndexName } = await import("../../lib/search/meili-client");
  const engineRequest = (facets: boolean) => async (query: string) => {
    const body = articleSearchRequest(viewer, normalizeQuery(query), groups, {
      offset: 0,
      limit: 20,
      ...(facets ? { facets: SEARCH_FACETS } : {}),
    });
    return articleSearchResponse(await meili().multiSearch(body as never), articleIndexName()).hits.map((hit) => String(hit.id));
  };
  const engineWithFacets = await timedRuns(queries, engineRequest(true));
  const engineWithoutFacets = await timedRuns(queries, engineRequest(false));
  // The same single query without highlighting and snippet, and without the body's parts field.
  const variantRequest = (change: (query: Record<string, unknown>) => Record<string, unknown>) => async (query: string) => {
    const body = articleSearchRequest(viewer, normalizeQuery(query), groups, { offset: 0, limit: 20 }) as {
      queries: Record<string, unknown>[];
    };
    const response = await meili().multiSearch({ ...body, queries: body.queries.map(change) } as never);
    return articleSearchResponse(response, articleIndexName()).hits.map((hit) => String(hit.id));
  };
  const withoutSnippet = await timedRuns(
    queries,
    variantRequest((query) => {
      const rest = { ...query };
      for (const key of ["attributesToHighlight", "attributesToCrop", "cropLength", "cropMarker"]) delete rest[key];
      return rest;
    }),
  );
  const withoutTextParts = await timedRuns(
    queries,
    variantRequest((query) => ({
      ...query,
      attributesToSearchOn: (query.attributesToSearchOn as string[]).filter((field) => field !== "textParts"),
    })),
  );
  // Search as you type: the header suggestions against a plain title query of the same size.
  const prefixes = queries.map((query) => ({ ...query, query: query.query.slice(0, Math.max(4, Math.ceil(query.query.length / 2))) }));
  const suggest = await timedRuns(prefixes, async (query) => (await suggestArticles(viewer, { q: query })).hits.map((hit) => hit.id));
  const suggestPlain = await timedRuns(prefixes, plain(6, ["title"]));
  return {
    digicheck,
    plain: plainRun,
    fallback,
    suggest,
    suggestPlain,
    engineWithFacets,
    engineWithoutFacets,
    withoutSnippet,
    withoutTextParts,
  };
}
