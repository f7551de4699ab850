/**
 * Articles: who reads, writes, publishes, approves and verifies them, with the
 * list filters these rules imply beside them (Prisma for lists, Meilisearch for
 * search). tests/integration/policy-filters.test.ts checks on the same fixtures
 * that each filter returns exactly what its predicate allows.
 */
import { Prisma } from "../../db/generated/client";
import type { ArticleStatus } from "../../db/generated/enums";
import type { Viewer } from "../viewer";
import { hasRole, inOrganization, leadsAll, leadsAny, NOTHING } from "./scope";

export type { ArticleStatus };

/** What the policy needs to know about an article. */
export interface ArticleFacts {
  organizationId: string;
  status: ArticleStatus;
  ownerId: string;
  unitIds: string[];
  /** The article's named verifier ("Prüfende Person"), if any. */
  verifierId?: string | null;
  /** Units of the tasks the article is linked to (it documents them, so it counts there too). */
  taskUnitIds?: string[];
}

const isNamedVerifier = (viewer: Viewer, article: ArticleFacts) => article.verifierId != null && article.verifierId === viewer.userId;

/**
 * Which unpublished articles (Entwurf, In Prüfung, Archiviert) a viewer may read
 * besides their own: admins and the editorial team all of the organization,
 * unit leads those linked to their units, HR and readers none.
 */
export type UnpublishedScope = "all" | "units" | "none";
export function unpublishedScope(viewer: Viewer): UnpublishedScope {
  if (hasRole(viewer, "ADMIN", "EDITOR")) return "all";
  if (hasRole(viewer, "LEAD")) return "units";
  return "none";
}

/** May the viewer read this article if it is not published (owner, named verifier, or within their unpublished scope)? */
export function canReadUnpublishedArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (!inOrganization(viewer, article)) return false;
  if (article.ownerId === viewer.userId || isNamedVerifier(viewer, article)) return true;
  switch (unpublishedScope(viewer)) {
    case "all":
      return true;
    case "units":
      return leadsAny(viewer, article.unitIds);
    case "none":
      return false;
  }
}

export function canReadArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (!inOrganization(viewer, article)) return false;
  return article.status === "PUBLISHED" || canReadUnpublishedArticle(viewer, article);
}

/** Prisma filter for the articles a viewer may read (exactly canReadArticle). */
export function readableArticlesWhere(viewer: Viewer): Prisma.ArticleWhereInput {
  const organizationId = viewer.organizationId;
  const publishedOrOwn: Prisma.ArticleWhereInput[] = [{ status: "PUBLISHED" }, { ownerId: viewer.userId }, { verifierId: viewer.userId }];
  switch (unpublishedScope(viewer)) {
    case "all":
      return { organizationId };
    case "units":
      return { organizationId, OR: [...publishedOrOwn, { units: { some: { orgUnitId: { in: viewer.leadUnitIds } } } }] };
    case "none":
      return { organizationId, OR: publishedOrOwn };
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

/**
 * The same rule as an SQL condition on the table alias `a` of "Article" (the
 * PostgreSQL search fallback). Like the Meilisearch filter it leaves named
 * verifiers out; the fallback re-checks its hits with readableArticlesWhere.
 */
export function readableArticlesSql(viewer: Viewer, alias: "a"): Prisma.Sql {
  const table = Prisma.raw(`"${alias}"`);
  const organization = Prisma.sql`${table}."organizationId" = ${viewer.organizationId}::uuid`;
  const scope = unpublishedScope(viewer);
  if (scope === "all") return organization;
  const ofLeadUnits =
    scope === "units" && viewer.leadUnitIds.length > 0
      ? Prisma.sql` OR EXISTS (SELECT 1 FROM "ArticleUnit" lu WHERE lu."articleId" = ${table}.id AND lu."orgUnitId" = ANY(${viewer.leadUnitIds}::uuid[]))`
      : Prisma.empty;
  return Prisma.sql`${organization} AND (${table}."status" = 'PUBLISHED' OR ${table}."ownerId" = ${viewer.userId}::uuid${ofLeadUnits})`;
}

export function canCreateArticle(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN", "EDITOR", "LEAD");
}

/**
 * Admins and editors edit every article of their organization; a lead edits
 * articles linked to one of their units and those they own.
 */
export function canEditArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (!inOrganization(viewer, article)) return false;
  if (hasRole(viewer, "ADMIN", "EDITOR")) return true;
  return hasRole(viewer, "LEAD") && (article.ownerId === viewer.userId || leadsAny(viewer, article.unitIds));
}

/**
 * Publishing (or archiving) is for admins and editors, and for a lead only into
 * units they lead: every unit the article is linked to, directly or through a
 * linked task, must be one of theirs (a published article counts as documented
 * there). A lead's own article without any unit or task stays publishable.
 */
export function canPublishArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (!inOrganization(viewer, article)) return false;
  if (hasRole(viewer, "ADMIN", "EDITOR")) return true;
  if (!hasRole(viewer, "LEAD")) return false;
  const units = [...article.unitIds, ...(article.taskUnitIds ?? [])];
  return units.length === 0 ? article.ownerId === viewer.userId : leadsAll(viewer, units);
}

/**
 * "Als aktuell bestätigen": only published articles, by their owner, their named
 * verifier, or whoever may publish them.
 */
export function canVerifyArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (!inOrganization(viewer, article) || article.status !== "PUBLISHED") return false;
  return article.ownerId === viewer.userId || isNamedVerifier(viewer, article) || canPublishArticle(viewer, article);
}

/** Open feedback on an article (flags "veraltet", questions) is seen and resolved by its owner and its editors. */
export function canResolveFeedback(viewer: Viewer, article: ArticleFacts): boolean {
  if (!inOrganization(viewer, article)) return false;
  return article.ownerId === viewer.userId || canEditArticle(viewer, article);
}

/** Sending an article in review back to its authors: whoever may publish it, and its named verifier. */
export function canReturnArticle(viewer: Viewer, article: ArticleFacts): boolean {
  return canPublishArticle(viewer, article) || (inOrganization(viewer, article) && isNamedVerifier(viewer, article));
}

/**
 * Publishing an article that waits for approval ("Freigeben"): whoever may
 * publish it, and its named verifier (only from "In Prüfung"). With four-eyes
 * approval switched on, nobody who changed the content since the last
 * publication may approve it, whatever their role.
 */
export function canApproveArticle(
  viewer: Viewer,
  article: ArticleFacts,
  approval: { requireFourEyes: boolean; contentAuthorIds: readonly string[] },
): boolean {
  if (!inOrganization(viewer, article)) return false;
  if (article.status !== "IN_REVIEW" && article.status !== "DRAFT") return false;
  if (!canPublishArticle(viewer, article) && !(isNamedVerifier(viewer, article) && article.status === "IN_REVIEW")) return false;
  if (!approval.requireFourEyes) return true;
  return article.status === "IN_REVIEW" && !approval.contentAuthorIds.includes(viewer.userId);
}

/** Version history (older contents, including drafts): whoever may read this article's unpublished versions. */
export function canSeeArticleHistory(viewer: Viewer, article: ArticleFacts): boolean {
  return canReadUnpublishedArticle(viewer, article);
}

/** "Zur Kenntnis genommen": any colleague, for published articles, when the organization switched it on. */
export function canConfirmReading(viewer: Viewer, article: ArticleFacts, enabled: boolean): boolean {
  return enabled && inOrganization(viewer, article) && article.status === "PUBLISHED";
}

/** Aggregate read-confirmation numbers of an article: its owner and HR. */
export function canSeeReadConfirmationCounts(viewer: Viewer, article: ArticleFacts): boolean {
  return inOrganization(viewer, article) && (hasRole(viewer, "HR") || article.ownerId === viewer.userId);
}

/** Who confirmed (person level): HR only, and every such view is audited. */
export function canSeeReadConfirmationPeople(viewer: Viewer, article: ArticleFacts): boolean {
  return inOrganization(viewer, article) && hasRole(viewer, "HR");
}

/** Ownership handover ("alle Artikel einer Person übertragen"): admins for all articles, leads for those of their units. */
export function canHandOverOwnership(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN", "LEAD");
}

/** Which articles a handover by this viewer moves: all of the organization (admins), those of their units (leads), none. */
export function transferScope(viewer: Viewer): "organization" | "units" | null {
  if (hasRole(viewer, "ADMIN")) return "organization";
  return hasRole(viewer, "LEAD") ? "units" : null;
}

/** May the viewer move this article (ownership, named verifier) to another person in a handover? */
export function canTransferArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (!inOrganization(viewer, article)) return false;
  if (hasRole(viewer, "ADMIN")) return true;
  return hasRole(viewer, "LEAD") && leadsAny(viewer, article.unitIds);
}

/** Prisma filter for the articles a handover by this viewer may move (exactly canTransferArticle). */
export function transferableArticlesWhere(viewer: Viewer): Prisma.ArticleWhereInput {
  if (hasRole(viewer, "ADMIN")) return { organizationId: viewer.organizationId };
  if (hasRole(viewer, "LEAD")) return { organizationId: viewer.organizationId, units: { some: { orgUnitId: { in: viewer.leadUnitIds } } } };
  return { organizationId: viewer.organizationId, ...NOTHING };
}

/**
 * Answering public questions on an article ("Fragen und Antworten") and marking
 * an answer as taken into the text: the same people who handle its feedback.
 */
export function canAnswerArticleQuestion(viewer: Viewer, article: ArticleFacts): boolean {
  return canResolveFeedback(viewer, article);
}
