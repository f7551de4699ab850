/**
 * Builds the Meilisearch request for one user query. Normally that is ONE query
 * over all searchable fields: compound parts and the other German spelling are
 * in the index already (index-parts.ts), ß/ss and ä/a are folded by the engine,
 * and typos are the engine's own tolerance on whole words. Only when the query
 * contains a term of a synonym group (built-in abbreviations or the
 * municipality's own, which differ per municipality and so cannot be an index
 * setting) are the synonym variants added, merged by federated search (a
 * document found by several counts once, with its best score).
 * Every query carries the same permission filter; nothing is searched without it.
 */
import { SEARCH_FIELDS_LIST, TITLE_FIELDS_LIST } from "./search-fields";
import { synonymVariants } from "./synonyms";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./highlight";

export interface FederatedQueryOptions {
  indexUid: string;
  query: string;
  /** Permission filter first, then facet filters; all must hold. */
  filters: string[];
  synonymGroups: readonly (readonly string[])[];
  offset: number;
  limit: number;
  sortByDate?: boolean;
  facets?: string[];
  /** Suggestions need only the title. */
  titleOnly?: boolean;
}

interface QueryVariant {
  q: string;
  fields: string[];
  highlight: string[];
  weight: number;
  /** "all": every word must match; "last": words may be dropped from the end. */
  matchingStrategy: "all" | "last";
}

export function queryVariants(query: string, synonymGroups: FederatedQueryOptions["synonymGroups"], titleOnly = false): QueryVariant[] {
  // Only the title is highlighted by the engine; the text excerpt is built in the app (snippet.ts).
  const fields = { fields: titleOnly ? TITLE_FIELDS_LIST : SEARCH_FIELDS_LIST, highlight: ["title"] };
  // Numbers (years, file numbers, § references) are never dropped from a query: "32-4/2023" must not find 32-4/2024.
  const matchingStrategy: QueryVariant["matchingStrategy"] = /\d/.test(query) ? "all" : "last";
  return [
    { q: query, ...fields, weight: 1, matchingStrategy },
    ...synonymVariants(query, synonymGroups).map((synonym) => ({ q: synonym, ...fields, weight: 0.9, matchingStrategy })),
  ];
}

/**
 * The multi-search body. One variant (the usual case) goes as a single,
 * non-federated query: federation costs the engine about 3 ms per request even
 * for one query (measured, docs/search.md). Several variants are federated.
 */
export function buildArticleSearch(options: FederatedQueryOptions) {
  const filter = options.filters.map((expression) => `(${expression})`).join(" AND ");
  const retrieve = ["id", "updatedAt"];
  const variants = queryVariants(options.query, options.synonymGroups, options.titleOnly);
  const queries = variants.map((variant) => ({
    indexUid: options.indexUid,
    q: variant.q,
    filter,
    attributesToSearchOn: variant.fields,
    matchingStrategy: variant.matchingStrategy,
    attributesToRetrieve: retrieve,
    attributesToHighlight: variant.highlight,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
    ...(options.sortByDate ? { sort: ["updatedAt:desc"] } : {}),
  }));
  const facets = options.facets?.length ? options.facets : undefined;
  if (queries.length === 1) {
    return { queries: [{ ...queries[0], offset: options.offset, limit: options.limit, ...(facets ? { facets } : {}) }] };
  }
  return {
    federation: { offset: options.offset, limit: options.limit, ...(facets ? { facetsByIndex: { [options.indexUid]: facets } } : {}) },
    queries: queries.map((query, index) => ({ ...query, federationOptions: { weight: variants[index].weight } })),
  };
}

export interface ArticleSearchResponse {
  hits: Record<string, unknown>[];
  estimatedTotalHits: number;
  /** Facet field → value → count. */
  facetDistribution: Record<string, Record<string, number>>;
}

/** Reads either answer shape (single query in `results[0]`, or federated) into one. */
export function articleSearchResponse(body: unknown, indexUid: string): ArticleSearchResponse {
  const response = body as {
    results?: {
      hits: Record<string, unknown>[];
      estimatedTotalHits?: number;
      facetDistribution?: Record<string, Record<string, number>>;
    }[];
    hits?: Record<string, unknown>[];
    estimatedTotalHits?: number;
    facetsByIndex?: Record<string, { distribution?: Record<string, Record<string, number>> }>;
  };
  if (response.results) {
    const single = response.results[0];
    return {
      hits: single?.hits ?? [],
      estimatedTotalHits: single?.estimatedTotalHits ?? 0,
      facetDistribution: single?.facetDistribution ?? {},
    };
  }
  const hits = response.hits ?? [];
  return {
    hits,
    estimatedTotalHits: response.estimatedTotalHits ?? hits.length,
    facetDistribution: response.facetsByIndex?.[indexUid]?.distribution ?? {},
  };
}
