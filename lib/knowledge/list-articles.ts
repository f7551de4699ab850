import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { articleListFilterSchema } from "./article-input";
import { readableArticlesWhere } from "../auth/policy";

/** What an article list row shows (title, kind, status, owner, units). */
export const articleListSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  updatedAt: true,
  owner: { select: { displayName: true } },
  units: { select: { orgUnit: { select: { name: true } } } },
} as const;

/** Articles the viewer may read, newest first, optionally filtered by unit and kind. */
export async function listArticles(viewer: Viewer, filter: { unitId?: unknown; kind?: unknown } = {}) {
  const { unitId, kind } = articleListFilterSchema.parse(filter);
  return db().article.findMany({
    where: {
      AND: [readableArticlesWhere(viewer), unitId ? { units: { some: { orgUnitId: unitId } } } : {}, kind ? { kind } : {}],
    },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: articleListSelect,
  });
}
