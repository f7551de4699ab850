/**
 * Builds the Meilisearch federated multi-search for one user query. Each variant
 * runs as its own query and Meilisearch merges them into one ranked list (a
 * document found by several counts once, with its best score):
 *  - the query on the German-segmented fields (compound parts, headings, units, tasks),
 *  - the query on the unsegmented copies (typos inside long compounds),
 *  - the query in the other German spelling (ß/ss, ä/ae …, both directions),
 *  - the query with abbreviations replaced by their synonyms (and back).
 * Every query carries the same permission filter; nothing is searched without it.
 */
import { GERMAN_FIELDS_LIST, PLAIN_FIELDS_LIST } from "./search-fields";
import { foldGermanSpelling, spellingVariant } from "./spelling-variants";
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

const SNIPPET_WORDS = 28;

interface QueryVariant {
  q: string;
  fields: string[];
  highlight: string[];
  weight: number;
  /** "all": every word must match; "last": words may be dropped from the end. */
  matchingStrategy: "all" | "last";
}

export function queryVariants(query: string, synonymGroups: FederatedQueryOptions["synonymGroups"], titleOnly = false): QueryVariant[] {
  const german = { fields: GERMAN_FIELDS_LIST, highlight: titleOnly ? ["title"] : ["title", "text"] };
  const plain = { fields: PLAIN_FIELDS_LIST, highlight: titleOnly ? ["titlePlain"] : ["titlePlain", "text"] };
  // Numbers (years, file numbers, § references) are never dropped from a query: "32-4/2023" must not find 32-4/2024.
  const relaxed = /\d/.test(query) ? "all" : "last";
  const variants: QueryVariant[] = [
    // German segmentation must match every piece: otherwise a misspelled compound, cut
    // into short pieces, matches unrelated words and outranks the right article.
    { q: query, ...german, weight: 1, matchingStrategy: "all" },
    { q: query, ...plain, weight: 1, matchingStrategy: relaxed },
  ];
  // Everyday questions with a word the article lacks ("Hund abmelden Steuer"): words may be
  // dropped from the end, at a lower weight so that this never outranks a full match.
  if (relaxed === "last" && query.includes(" ")) variants.push({ q: query, ...german, weight: 0.8, matchingStrategy: "last" });
  const spelling = spellingVariant(query);
  if (spelling) variants.push({ q: spelling, ...german, weight: 0.95, matchingStrategy: relaxed });
  // The other direction: "Straßenreinigung" also finds texts written "Strassenreinigung".
  const folded = foldGermanSpelling(query);
  if (folded !== query) variants.push({ q: folded, ...german, weight: 0.95, matchingStrategy: relaxed });
  for (const synonym of synonymVariants(query, synonymGroups))
    variants.push({ q: synonym, ...german, weight: 0.9, matchingStrategy: relaxed });
  return variants;
}

export function buildFederatedSearch(options: FederatedQueryOptions) {
  const filter = options.filters.map((expression) => `(${expression})`).join(" AND ");
  const retrieve = ["id", "updatedAt"];
  return {
    federation: {
      offset: options.offset,
      limit: options.limit,
      ...(options.facets?.length ? { facetsByIndex: { [options.indexUid]: options.facets } } : {}),
    },
    queries: queryVariants(options.query, options.synonymGroups, options.titleOnly).map((variant) => ({
      indexUid: options.indexUid,
      q: variant.q,
      filter,
      attributesToSearchOn: variant.fields,
      matchingStrategy: variant.matchingStrategy,
      attributesToRetrieve: retrieve,
      attributesToHighlight: variant.highlight,
      ...(options.titleOnly
        ? {}
        : { attributesToCrop: variant.highlight.filter((field) => field.startsWith("text")), cropLength: SNIPPET_WORDS, cropMarker: "…" }),
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      ...(options.sortByDate ? { sort: ["updatedAt:desc"] } : {}),
      federationOptions: { weight: variant.weight },
    })),
  };
}
