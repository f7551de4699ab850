import "server-only";
/**
 * "Auch im Verbund suchen": the instructions shared in the Verbund that match
 * a query, beside the municipality's own results. Only shared copies are
 * searched (never another municipality's articles), with PostgreSQL's German
 * full-text search – the Verbund's few shared copies need no search index.
 */
import { z } from "zod";
import { systemDb } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { verbundStatus } from "./participation";

export interface VerbundSearchHit {
  id: string;
  title: string;
  attribution: string;
  catalogue: string;
  excerpt: string;
}

const querySchema = z.string().trim().min(2).max(200);

/** Members: up to `limit` shared instructions matching the query; null when the municipality does not take part. */
export async function searchSharedInstructions(viewer: Viewer, rawQuery: unknown, limit = 10): Promise<VerbundSearchHit[] | null> {
  if (!(await verbundStatus(viewer)).member) return null;
  const query = querySchema.safeParse(rawQuery);
  if (!query.success) return [];
  const rows = await systemDb().$queryRaw<{ id: string; title: string; attribution: string; key: string; entry: string; text: string }[]>`
    SELECT s.id::text AS id, s.title, s.attribution, c.key, c.title AS entry, left(s."contentText", 240) AS text
    FROM "SharedInstruction" s JOIN "CatalogTask" c ON c.id = s."catalogTaskId"
    WHERE s.status = 'SHARED'
      AND to_tsvector('german', s.title || ' ' || c.title || ' ' || s."contentText") @@ websearch_to_tsquery('german', ${query.data})
    ORDER BY ts_rank(to_tsvector('german', s.title || ' ' || c.title || ' ' || s."contentText"), websearch_to_tsquery('german', ${query.data})) DESC, s."sharedAt" DESC
    LIMIT ${limit}::int`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    attribution: row.attribution,
    catalogue: `${row.key} ${row.entry}`,
    excerpt: row.text.length >= 240 ? `${row.text.replace(/\s+\S*$/, "")} …` : row.text,
  }));
}
