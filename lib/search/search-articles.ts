import "server-only";
import type { MultiSearchParams } from "meilisearch";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { readableArticlesFilter, readableArticlesWhere } from "../auth/policy";
import { verificationState, type VerificationState } from "../knowledge/verification";
import { articleIndexName, meili } from "./meili-client";
import { ensureArticleIndex } from "./index-settings";
import { normalizeQueryWithNotice } from "./normalize-query";
import { toHighlightSegments, type HighlightSegment } from "./highlight";
import { snippetAround } from "./snippet";
import { articleSearchResponse, buildArticleSearch, type ArticleSearchResponse } from "./federated-query";
import { synonymGroupsFor } from "./synonym-groups";
import {
  FACET_FIELDS,
  SEARCH_PAGE_SIZE,
  SUGGESTION_LIMIT,
  facetFilter,
  hasFacetSelection,
  parseSearchParams,
  searchRequestSchema,
  type FacetName,
  type SearchRequest,
} from "./search-request";
import { searchWithPostgres } from "./postgres-fallback";
import { suggestSpelling } from "./spelling-suggestion";
import { CircuitBreaker } from "./circuit-breaker";
import { MeilisearchHttpError } from "./node-http-client";
import { recordZeroResultQuery } from "./zero-results";

export { parseSearchParams };

export interface SearchHit {
  id: string;
  title: HighlightSegment[];
  snippet: HighlightSegment[];
  kind: string;
  status: string;
  verification: VerificationState;
  unitNames: string[];
  updatedAt: string;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchResult {
  request: SearchRequest;
  query: string;
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  facets: Partial<Record<FacetName, FacetValue[]>>;
  /** Set when Meilisearch was not reachable and PostgreSQL answered instead. */
  fallback: boolean;
  /** A corrected query that finds something, offered when nothing was found. */
  suggestion: string | null;
  /** The input was longer than a query may be; only its beginning was searched (the page says so). */
  queryShortened: boolean;
}

export interface SuggestionResult {
  query: string;
  hits: { id: string; title: HighlightSegment[]; kind: string; unitNames: string[] }[];
  fallback: boolean;
}

interface MeiliSearchOptions {
  filters?: string[];
  offset: number;
  limit: number;
  sortByDate?: boolean;
  facets?: string[];
  titleOnly?: boolean;
}

/** The multi-search body for a viewer's search, permission filter always first (also used by the benchmark). */
export function articleSearchRequest(viewer: Viewer, query: string, synonymGroups: string[][], options: MeiliSearchOptions) {
  return buildArticleSearch({
    indexUid: articleIndexName(),
    query,
    filters: [readableArticlesFilter(viewer), ...(options.filters ?? [])],
    synonymGroups,
    offset: options.offset,
    limit: options.limit,
    sortByDate: options.sortByDate,
    facets: options.facets,
    titleOnly: options.titleOnly,
  });
}

/** Facets the search page shows, and the page-1 request the search page sends. */
export const SEARCH_FACETS = Object.values(FACET_FIELDS);

/** An engine that answered with a 4xx (a bad query) is not down. */
function isEngineOutage(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current instanceof MeilisearchHttpError) return current.status >= 500;
  }
  return true;
}

/**
 * Searches normally answer in a few milliseconds (docs/search.md); 750 ms means
 * the engine hangs or is overloaded. Then the fallback answers, and for 5 s
 * every search goes there at once before one probe tries the engine again.
 */
const holder = globalThis as unknown as { digicheckSearchBreaker?: CircuitBreaker };
export const searchBreaker = () =>
  (holder.digicheckSearchBreaker ??= new CircuitBreaker({ timeoutMs: 750, openMs: 5_000, countsAsOutage: isEngineOutage }));

/** Several engine requests as one unit of the circuit breaker (one timeout, one probe when half-open). */
async function runMeiliSearches(viewer: Viewer, query: string, requests: MeiliSearchOptions[]): Promise<ArticleSearchResponse[]> {
  const synonyms = await synonymGroupsFor(viewer.organizationId);
  return searchBreaker().run(async (signal) => {
    // Once per process; if creating the index outlasts the timeout, it goes on and the fallback answers meanwhile.
    await ensureArticleIndex();
    return Promise.all(
      requests.map(async (options) => {
        const body = articleSearchRequest(viewer, query, synonyms, options);
        return articleSearchResponse(await meili().multiSearch(body as unknown as MultiSearchParams, { signal }), articleIndexName());
      }),
    );
  });
}

async function runMeiliSearch(viewer: Viewer, query: string, options: MeiliSearchOptions): Promise<ArticleSearchResponse> {
  return (await runMeiliSearches(viewer, query, [options]))[0];
}

interface ReadableArticle {
  id: string;
  kind: string;
  status: string;
  nextReviewAt: Date | null;
  updatedAt: Date;
  /** Only for the search page (the excerpt); suggestions do not load it. */
  contentText?: string;
  units: { orgUnit: { name: string } }[];
}

/**
 * Re-checks index hits against the database: an index lagging behind a change
 * (an article turned back into a draft, moved, deleted) must never reveal it.
 * Badges come from the database, so they are current.
 */
async function readableArticlesById(viewer: Viewer, ids: string[], withText = false): Promise<Map<string, ReadableArticle>> {
  if (ids.length === 0) return new Map();
  const rows = await db().article.findMany({
    where: { AND: [readableArticlesWhere(viewer), { id: { in: ids } }] },
    select: {
      id: true,
      kind: true,
      status: true,
      nextReviewAt: true,
      updatedAt: true,
      contentText: withText,
      units: { select: { orgUnit: { select: { name: true } } } },
    },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

function formattedField(hit: Record<string, unknown>, ...names: string[]): string {
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
  for (const name of names) if (typeof formatted[name] === "string") return formatted[name];
  return "";
}

async function facetLabels(viewer: Viewer, response: ArticleSearchResponse): Promise<SearchResult["facets"]> {
  const distribution = response.facetDistribution;
  const ids = (field: string) => Object.keys(distribution[field] ?? {});
  const organizationId = viewer.organizationId;
  // Only ask the database for names that are needed (most searches have no position or task facets).
  const none = Promise.resolve([]);
  const [units, positions, tasks] = await Promise.all([
    ids("unitIds").length
      ? db().orgUnit.findMany({ where: { organizationId, id: { in: ids("unitIds") } }, select: { id: true, name: true } })
      : none,
    ids("positionIds").length
      ? db().position.findMany({ where: { organizationId, id: { in: ids("positionIds") } }, select: { id: true, title: true } })
      : none,
    ids("taskIds").length
      ? db().task.findMany({ where: { organizationId, id: { in: ids("taskIds") } }, select: { id: true, title: true } })
      : none,
  ]);
  const names = {
    unitIds: new Map(units.map((unit) => [unit.id, unit.name])),
    positionIds: new Map(positions.map((position) => [position.id, position.title])),
    taskIds: new Map(tasks.map((task) => [task.id, task.title])),
  } as Record<string, Map<string, string>>;
  const facets: SearchResult["facets"] = {};
  for (const [name, field] of Object.entries(FACET_FIELDS) as [FacetName, string][]) {
    const values = Object.entries(distribution[field] ?? {})
      .map(([value, count]) => ({ value, count, label: names[field] ? (names[field].get(value) ?? "") : value }))
      // Ids that are not (or no longer) in the viewer's organization are dropped.
      .filter((entry) => entry.label !== "" && entry.count > 0)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "de"));
    facets[name] = values;
  }
  return facets;
}

const emptyResult = (request: SearchRequest, query: string): SearchResult => ({
  request,
  query,
  hits: [],
  total: 0,
  page: 1,
  pageSize: SEARCH_PAGE_SIZE,
  facets: {},
  fallback: false,
  suggestion: null,
  queryShortened: false,
});

/**
 * Full-text search over the articles the viewer may read: German relevance,
 * facets with counts, sorting, pagination. When Meilisearch is unreachable,
 * PostgreSQL's German full-text search answers (fallback = true, no facets).
 * A first-page search without facet selection that finds nothing is counted
 * for the organization (aggregate, no user) and gets a spelling suggestion.
 */
export async function searchArticles(viewer: Viewer, input: Partial<Record<keyof SearchRequest, unknown>>): Promise<SearchResult> {
  const request = searchRequestSchema.parse(input);
  const { query, shortened } = normalizeQueryWithNotice(request.q);
  if (query === "") return emptyResult(request, query);
  const withNotice = (result: SearchResult): SearchResult => ({ ...result, queryShortened: shortened });
  const offset = (request.page - 1) * SEARCH_PAGE_SIZE;
  const filters = facetFilter(request);
  // Hits and facet counts are two engine requests run side by side (one unit
  // for the circuit breaker): the hit query stays as cheap as a plain one
  // (measured, docs/search.md). The database check of the hits and the facet
  // names follow, side by side.
  let response: ArticleSearchResponse;
  let counted: ArticleSearchResponse;
  try {
    [response, counted] = await runMeiliSearches(viewer, query, [
      { filters, offset, limit: SEARCH_PAGE_SIZE, sortByDate: request.sort === "datum" },
      { filters, offset: 0, limit: 0, facets: SEARCH_FACETS },
    ]);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    console.warn(
      `Meilisearch nicht erreichbar, PostgreSQL-Volltextsuche antwortet: ${error instanceof Error ? error.message : error}${cause}`,
    );
    const fallback = await searchWithPostgres(viewer, query, request, { offset, limit: SEARCH_PAGE_SIZE });
    return withNotice({ ...emptyResult(request, query), ...fallback, page: request.page, fallback: true });
  }
  const [readable, facets] = await Promise.all([
    readableArticlesById(
      viewer,
      response.hits.map((hit) => String(hit.id)),
      true,
    ),
    facetLabels(viewer, counted),
  ]);
  const rawHits = response.hits;
  const hits: SearchHit[] = rawHits.flatMap((hit) => {
    const article = readable.get(String(hit.id));
    if (!article) return [];
    return [
      {
        id: article.id,
        title: toHighlightSegments(formattedField(hit, "title")),
        snippet: toHighlightSegments(snippetAround(article.contentText ?? "", query)),
        kind: article.kind,
        status: article.status,
        verification: verificationState(article),
        unitNames: article.units.map((link) => link.orgUnit.name),
        updatedAt: article.updatedAt.toISOString(),
      },
    ];
  });
  const total = response.estimatedTotalHits;
  const result: SearchResult = {
    ...emptyResult(request, query),
    hits,
    total,
    page: request.page,
    facets,
  };
  if (total === 0 && request.page === 1 && !hasFacetSelection(request)) {
    await recordZeroResultQuery(viewer.organizationId, query);
    result.suggestion = await suggestSpelling(viewer, query, async (candidate) => {
      // The engine may fail between the search and this probe: then there is just no suggestion.
      const probe = await runMeiliSearch(viewer, candidate, { offset: 0, limit: 1 }).catch(() => null);
      return probe !== null && (probe.estimatedTotalHits > 0 || probe.hits.length > 0);
    });
  }
  return withNotice(result);
}

/** Search as you type (header box): a few titles, no counting, no facets. */
export async function suggestArticles(viewer: Viewer, input: { q?: unknown }): Promise<SuggestionResult> {
  const { query } = normalizeQueryWithNotice(searchRequestSchema.shape.q.parse(input.q));
  if (query === "") return { query, hits: [], fallback: false };
  let rawHits: Record<string, unknown>[];
  try {
    const response = await runMeiliSearch(viewer, query, { offset: 0, limit: SUGGESTION_LIMIT, titleOnly: true });
    rawHits = response.hits;
  } catch {
    const fallback = await searchWithPostgres(viewer, query, searchRequestSchema.parse({}), { offset: 0, limit: SUGGESTION_LIMIT });
    return { query, hits: fallback.hits.map(({ id, title, kind, unitNames }) => ({ id, title, kind, unitNames })), fallback: true };
  }
  const readable = await readableArticlesById(
    viewer,
    rawHits.map((hit) => String(hit.id)),
  );
  const hits = rawHits.flatMap((hit) => {
    const article = readable.get(String(hit.id));
    if (!article) return [];
    return [
      {
        id: article.id,
        title: toHighlightSegments(formattedField(hit, "title")),
        kind: article.kind,
        unitNames: article.units.map((link) => link.orgUnit.name),
      },
    ];
  });
  return { query, hits, fallback: false };
}
