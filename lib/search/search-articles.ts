import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { unavailable } from "../errors";
import type { Viewer } from "../auth/viewer";
import { readableArticlesFilter, readableArticlesWhere } from "../knowledge/readable-articles";
import { articleIndexName, meili } from "./meili-client";
import { ensureArticleIndex } from "./index-settings";
import { normalizeQuery, MAX_QUERY_LENGTH } from "./normalize-query";
import { HIGHLIGHT_END, HIGHLIGHT_START, toHighlightSegments, type HighlightSegment } from "./highlight";

export const searchQuerySchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH * 2).catch("").default(""),
  page: z.coerce.number().int().min(1).max(50).catch(1).default(1),
});

export interface SearchHit {
  id: string;
  title: HighlightSegment[];
  snippet: HighlightSegment[];
  kind: string;
  status: string;
  unitNames: string[];
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
}

const PAGE_SIZE = 20;

/** The Meilisearch request behind a search: tenant and permission filter, highlighting, cropping. */
export function articleSearchParams(viewer: Viewer, page: number) {
  return {
    filter: readableArticlesFilter(viewer),
    hitsPerPage: PAGE_SIZE,
    page,
    attributesToRetrieve: ["id", "kind", "status", "unitNames"],
    attributesToHighlight: ["title", "text"],
    attributesToCrop: ["text"],
    cropLength: 28,
    cropMarker: "…",
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
}

/**
 * Full-text search over the articles the viewer may read. The tenant and draft
 * filter is applied by Meilisearch, and every hit is re-checked against the
 * database so that an index lagging behind a change can never reveal an article.
 */
export async function searchArticles(viewer: Viewer, input: { q?: unknown; page?: unknown }): Promise<SearchResult> {
  const { q, page } = searchQuerySchema.parse(input);
  const query = normalizeQuery(q);
  if (query === "") return { query, hits: [], total: 0, page: 1, pageSize: PAGE_SIZE };
  let response;
  try {
    await ensureArticleIndex();
    response = await meili().index(articleIndexName()).search(query, articleSearchParams(viewer, page));
  } catch {
    throw unavailable(
      "Die Suche ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut – gespeicherte Artikel gehen nicht verloren.",
    );
  }
  const ids = response.hits.map((hit) => String(hit.id));
  const readable = new Set(
    (
      await db().article.findMany({
        where: { AND: [readableArticlesWhere(viewer), { id: { in: ids } }] },
        select: { id: true },
      })
    ).map((article) => article.id),
  );
  const hits = response.hits
    .filter((hit) => readable.has(String(hit.id)))
    .map((hit) => {
      const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
      return {
        id: String(hit.id),
        title: toHighlightSegments(String(formatted.title ?? "")),
        snippet: toHighlightSegments(String(formatted.text ?? "")),
        kind: String(hit.kind),
        status: String(hit.status),
        unitNames: Array.isArray(hit.unitNames) ? hit.unitNames.map(String) : [],
      };
    });
  return {
    query,
    hits,
    total: response.totalHits ?? hits.length,
    page,
    pageSize: PAGE_SIZE,
  };
}
