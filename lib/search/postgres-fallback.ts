import "server-only";
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { readableArticlesSql, readableArticlesWhere } from "../auth/policy";
import { verificationState } from "../knowledge/verification";
import { HIGHLIGHT_END, HIGHLIGHT_START, toHighlightSegments } from "./highlight";
import type { SearchHit } from "./search-articles";
import type { SearchRequest } from "./search-request";

/** Same expression as the GIN index "Article_fulltext_german_idx" (migration 20261124120000). */
const DOCUMENT = Prisma.sql`to_tsvector('german', a."title" || ' ' || a."contentText")`;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`;

/** Query words that must appear inside the title for the trigram branch (three letters or more). */
function titlePatterns(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 6).map((word) => `%${word.replace(/[\\%_]/g, "\\$&")}%`);
}

/**
 * PostgreSQL search for when Meilisearch is down, with the same permission
 * rules: German full-text search over title and text, plus trigrams on the
 * title (pg_trgm, GIN index) so that a typo ("Vertretnugsmacht": word
 * similarity) or a compound part ("verkehr Kulturgut": every word inside the
 * title) still finds the article. Ranked by the better of both scores.
 */
export async function searchWithPostgres(
  viewer: Viewer,
  query: string,
  request: SearchRequest,
  page: { offset: number; limit: number },
): Promise<{ hits: SearchHit[]; total: number }> {
  const conditions: Prisma.Sql[] = [readableArticlesSql(viewer, "a")];
  if (request.kind) conditions.push(Prisma.sql`a."kind" = ${request.kind}::"ArticleKind"`);
  if (request.status) conditions.push(Prisma.sql`a."status" = ${request.status}::"ArticleStatus"`);
  if (request.unitId)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleUnit" u WHERE u."articleId" = a.id AND u."orgUnitId" = ${request.unitId}::uuid)`,
    );
  if (request.positionId)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticlePosition" p WHERE p."articleId" = a.id AND p."positionId" = ${request.positionId}::uuid)`,
    );
  if (request.taskId)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTask" t WHERE t."articleId" = a.id AND t."taskId" = ${request.taskId}::uuid)`);
  const patterns = titlePatterns(query);
  const inTitle = patterns.length
    ? Prisma.sql` OR (${Prisma.join(
        patterns.map((pattern) => Prisma.sql`a."title" ILIKE ${pattern}`),
        " AND ",
      )})`
    : Prisma.empty;
  const score = Prisma.sql`GREATEST(ts_rank(${DOCUMENT}, q), word_similarity(${query}, a."title"))`;
  const order = request.sort === "datum" ? Prisma.sql`a."updatedAt" DESC` : Prisma.sql`${score} DESC, a."updatedAt" DESC`;
  const rows = await db().$queryRaw<{ id: string; title: string; snippet: string; total: bigint }[]>`
    SELECT a.id::text AS id,
           ts_headline('german', a."title", q, ${HEADLINE_OPTIONS + ", HighlightAll=true"}) AS title,
           ts_headline('german', a."contentText", q, ${HEADLINE_OPTIONS + ", MaxWords=28, MinWords=12, ShortWord=2"}) AS snippet,
           count(*) OVER () AS total
    FROM "Article" a, websearch_to_tsquery('german', ${query}) q
    WHERE ${Prisma.join(conditions, " AND ")} AND (${DOCUMENT} @@ q OR ${query} <% a."title"${inTitle})
    ORDER BY ${order}
    OFFSET ${page.offset} LIMIT ${page.limit}`;
  const ids = rows.map((row) => row.id);
  const articles = new Map(
    (
      await db().article.findMany({
        where: { AND: [readableArticlesWhere(viewer), { id: { in: ids } }] },
        select: {
          id: true,
          kind: true,
          status: true,
          nextReviewAt: true,
          updatedAt: true,
          units: { select: { orgUnit: { select: { name: true } } } },
        },
      })
    ).map((article) => [article.id, article]),
  );
  const hits = rows.flatMap((row): SearchHit[] => {
    const article = articles.get(row.id);
    if (!article) return [];
    return [
      {
        id: row.id,
        title: toHighlightSegments(row.title),
        snippet: toHighlightSegments(row.snippet),
        kind: article.kind,
        status: article.status,
        verification: verificationState(article),
        unitNames: article.units.map((link) => link.orgUnit.name),
        updatedAt: article.updatedAt.toISOString(),
      },
    ];
  });
  return { hits, total: Number(rows[0]?.total ?? 0) };
}
