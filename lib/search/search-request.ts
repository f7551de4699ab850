/**
 * What a search may ask for, validated at the boundary (URL parameters of the
 * search page and the JSON route). Unknown or malformed values fall back to the
 * default instead of failing: a hand-edited URL still shows a search.
 */
import { z } from "zod";
import { ARTICLE_KINDS, ARTICLE_STATUSES } from "../knowledge/labels";
import { VERIFICATION_STATES } from "../knowledge/verification";
import { MAX_QUERY_INPUT_LENGTH } from "./normalize-query";

export const SEARCH_PAGE_SIZE = 20;
export const SUGGESTION_LIMIT = 6;
export const MAX_PAGE = 50;

const optionalId = z.uuid().optional().catch(undefined);

export const searchRequestSchema = z.object({
  // Over-long input is cut here and reported with the result (normalize-query.ts), never dropped silently.
  q: z
    .string()
    .transform((value) => value.slice(0, MAX_QUERY_INPUT_LENGTH))
    .catch("")
    .default(""),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1),
  sort: z.enum(["relevanz", "datum"]).catch("relevanz").default("relevanz"),
  kind: z.enum(ARTICLE_KINDS).optional().catch(undefined),
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  verification: z.enum(VERIFICATION_STATES).optional().catch(undefined),
  unitId: optionalId,
  positionId: optionalId,
  taskId: optionalId,
});

export type SearchRequest = z.infer<typeof searchRequestSchema>;

/** URL parameter names (German, as users see them in the address bar) → request fields. */
export const SEARCH_URL_PARAMS = {
  q: "q",
  page: "seite",
  sort: "sortierung",
  kind: "art",
  status: "status",
  verification: "pruefung",
  unitId: "einheit",
  positionId: "stelle",
  taskId: "aufgabe",
} as const satisfies Record<keyof SearchRequest, string>;

type UrlParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseSearchParams(params: UrlParams): SearchRequest {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const raw: Record<string, unknown> = {};
  for (const [field, name] of Object.entries(SEARCH_URL_PARAMS)) raw[field] = get(name);
  return searchRequestSchema.parse(raw);
}

/** The search page URL for a request (defaults left out). */
export function searchUrl(request: Partial<SearchRequest>): string {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(SEARCH_URL_PARAMS) as [keyof SearchRequest, string][]) {
    const value = request[field];
    if (value === undefined || value === "") continue;
    if (field === "page" && value === 1) continue;
    if (field === "sort" && value === "relevanz") continue;
    params.set(name, String(value));
  }
  return `/suche?${params}`;
}

export const FACET_FIELDS = {
  kind: "kind",
  status: "status",
  verification: "verification",
  unitId: "unitIds",
  positionId: "positionIds",
  taskId: "taskIds",
} as const satisfies Partial<Record<keyof SearchRequest, string>>;

export type FacetName = keyof typeof FACET_FIELDS;

/** Meilisearch filter for the chosen facet values (values are validated enums or UUIDs). */
export function facetFilter(request: SearchRequest): string[] {
  const filters: string[] = [];
  for (const [name, field] of Object.entries(FACET_FIELDS) as [FacetName, string][]) {
    const value = request[name];
    if (value) filters.push(`${field} = ${JSON.stringify(value)}`);
  }
  return filters;
}

export function hasFacetSelection(request: SearchRequest): boolean {
  return facetFilter(request).length > 0;
}
