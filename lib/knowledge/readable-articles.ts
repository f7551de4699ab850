import "server-only";
import type { Prisma } from "../db/generated/client";
import { canReadUnpublished } from "../auth/policy";
import type { Viewer } from "../auth/viewer";

/** Prisma filter for the articles a viewer may read (mirrors policy.canReadArticle). */
export function readableArticlesWhere(viewer: Viewer): Prisma.ArticleWhereInput {
  if (canReadUnpublished(viewer)) return { organizationId: viewer.organizationId };
  return {
    organizationId: viewer.organizationId,
    OR: [{ status: "PUBLISHED" }, { ownerId: viewer.userId }],
  };
}

/** The same rule as a Meilisearch filter expression. */
export function readableArticlesFilter(viewer: Viewer): string {
  const organization = `organizationId = ${JSON.stringify(viewer.organizationId)}`;
  if (canReadUnpublished(viewer)) return organization;
  return `${organization} AND (status = "PUBLISHED" OR ownerId = ${JSON.stringify(viewer.userId)})`;
}
