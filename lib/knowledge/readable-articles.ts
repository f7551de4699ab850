import "server-only";
import type { Prisma } from "../db/generated/client";
import { unpublishedScope } from "../auth/policy";
import type { Viewer } from "../auth/viewer";

/** Prisma filter for the articles a viewer may read (mirrors policy.canReadArticle). */
export function readableArticlesWhere(viewer: Viewer): Prisma.ArticleWhereInput {
  const organizationId = viewer.organizationId;
  switch (unpublishedScope(viewer)) {
    case "all":
      return { organizationId };
    case "units":
      return {
        organizationId,
        OR: [{ status: "PUBLISHED" }, { ownerId: viewer.userId }, { verifierId: viewer.userId }, { units: { some: { orgUnitId: { in: viewer.leadUnitIds } } } }],
      };
    case "none":
      return { organizationId, OR: [{ status: "PUBLISHED" }, { ownerId: viewer.userId }, { verifierId: viewer.userId }] };
  }
}

/**
 * The same rule as a Meilisearch filter expression (the index stores status,
 * ownerId and unitIds). Stricter in one point: an unpublished article is not
 * found in search by its named verifier (the index does not carry verifiers);
 * verifiers reach it from the start page ("Warten auf Ihre Freigabe").
 */
export function readableArticlesFilter(viewer: Viewer): string {
  const organization = `organizationId = ${JSON.stringify(viewer.organizationId)}`;
  const publishedOrOwn = `status = "PUBLISHED" OR ownerId = ${JSON.stringify(viewer.userId)}`;
  switch (unpublishedScope(viewer)) {
    case "all":
      return organization;
    case "units":
      return viewer.leadUnitIds.length > 0
        ? `${organization} AND (${publishedOrOwn} OR unitIds IN [${viewer.leadUnitIds.map((id) => JSON.stringify(id)).join(", ")}])`
        : `${organization} AND (${publishedOrOwn})`;
    case "none":
      return `${organization} AND (${publishedOrOwn})`;
  }
}
