/**
 * Pure authorization rules: role × action (× resource). Domain functions call
 * these before touching data; they are tested as a matrix in tests/unit.
 * Tenant isolation comes first: nothing of another organization is ever allowed.
 */
import type { Role, Viewer } from "./viewer";

export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";

/** What the policy needs to know about an article. */
export interface ArticleFacts {
  organizationId: string;
  status: ArticleStatus;
  ownerId: string;
  unitIds: string[];
  /** The article's named verifier ("Prüfende Person"), if any. */
  verifierId?: string | null;
}

const isNamedVerifier = (viewer: Viewer, article: ArticleFacts) => article.verifierId != null && article.verifierId === viewer.userId;

const AUTHORING_ROLES: readonly Role[] = ["ADMIN", "EDITOR", "LEAD"];

/**
 * Which unpublished articles (Entwurf, In Prüfung, Archiviert) a viewer may read
 * besides their own: admins and the editorial team all of the organization,
 * unit leads those linked to their units, HR and readers none. Readers see only
 * published articles. Mirrored by lib/knowledge/readable-articles.ts for queries.
 */
export type UnpublishedScope = "all" | "units" | "none";
export function unpublishedScope(viewer: Viewer): UnpublishedScope {
  if (viewer.role === "ADMIN" || viewer.role === "EDITOR") return "all";
  if (viewer.role === "LEAD") return "units";
  return "none";
}

/** May the viewer read this article if it is not published (owner, or within their unpublished scope)? */
export function canReadUnpublishedArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (article.organizationId !== viewer.organizationId) return false;
  if (article.ownerId === viewer.userId || isNamedVerifier(viewer, article)) return true;
  switch (unpublishedScope(viewer)) {
    case "all":
      return true;
    case "units":
      return article.unitIds.some((unitId) => viewer.leadUnitIds.includes(unitId));
    case "none":
      return false;
  }
}

export function canReadArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (article.organizationId !== viewer.organizationId) return false;
  return article.status === "PUBLISHED" || canReadUnpublishedArticle(viewer, article);
}

export function canCreateArticle(viewer: Viewer): boolean {
  return AUTHORING_ROLES.includes(viewer.role);
}

/**
 * Admins and editors edit every article of their organization; a lead edits
 * articles linked to one of their units and those they own.
 */
export function canEditArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (article.organizationId !== viewer.organizationId) return false;
  switch (viewer.role) {
    case "ADMIN":
    case "EDITOR":
      return true;
    case "LEAD":
      return (
        article.ownerId === viewer.userId ||
        article.unitIds.some((unitId) => viewer.leadUnitIds.includes(unitId))
      );
    default:
      return false;
  }
}

/** Publishing (or archiving) is for admins, editors and the lead of a linked unit. */
export function canPublishArticle(viewer: Viewer, article: ArticleFacts): boolean {
  return canEditArticle(viewer, article);
}

/** Search settings of the organization (own synonyms) and the search index health page: admins only. */
export function canManageSearchSettings(viewer: Viewer): boolean {
  return viewer.role === "ADMIN";
}

/** Searches without results and reported knowledge gaps: HR, admins and leads (for the organization's knowledge planning). */
export function canSeeKnowledgeSignals(viewer: Viewer): boolean {
  return viewer.role === "ADMIN" || viewer.role === "HR" || viewer.role === "LEAD";
}

/** Everyone signed in may report a knowledge gap (to their own organization). */
export function canReportKnowledgeGap(viewer: Viewer): boolean {
  return viewer.userId !== "" && viewer.organizationId !== "";
}

/**
 * "Als aktuell bestätigen": only published articles, by their owner, their named
 * verifier, or whoever may publish them (admins, editors, the lead of a linked unit).
 */
export function canVerifyArticle(viewer: Viewer, article: ArticleFacts): boolean {
  if (article.organizationId !== viewer.organizationId || article.status !== "PUBLISHED") return false;
  return article.ownerId === viewer.userId || isNamedVerifier(viewer, article) || canPublishArticle(viewer, article);
}

/** Open feedback on an article (flags "veraltet", questions) is seen and resolved by its owner and its editors. */
export function canResolveFeedback(viewer: Viewer, article: ArticleFacts): boolean {
  if (article.organizationId !== viewer.organizationId) return false;
  return article.ownerId === viewer.userId || canEditArticle(viewer, article);
}

/** Ownership handover ("alle Artikel einer Person übertragen"): admins for all articles, leads for those of their units. */
export function canHandOverOwnership(viewer: Viewer): boolean {
  return viewer.role === "ADMIN" || viewer.role === "LEAD";
}

/** Organization settings (four-eyes approval, review interval, read confirmations): admins only. */
export function canManageOrganizationSettings(viewer: Viewer): boolean {
  return viewer.role === "ADMIN";
}

/** Sending an article in review back to its authors: whoever may publish it, and its named verifier. */
export function canReturnArticle(viewer: Viewer, article: ArticleFacts): boolean {
  return canPublishArticle(viewer, article) || (article.organizationId === viewer.organizationId && isNamedVerifier(viewer, article));
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
  if (article.organizationId !== viewer.organizationId) return false;
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
  return enabled && article.organizationId === viewer.organizationId && article.status === "PUBLISHED";
}

/** Aggregate read-confirmation numbers of an article: its owner and HR. */
export function canSeeReadConfirmationCounts(viewer: Viewer, article: ArticleFacts): boolean {
  if (article.organizationId !== viewer.organizationId) return false;
  return viewer.role === "HR" || article.ownerId === viewer.userId;
}

/** Who confirmed (person level): HR only, and every such view is audited. */
export function canSeeReadConfirmationPeople(viewer: Viewer, article: ArticleFacts): boolean {
  return article.organizationId === viewer.organizationId && viewer.role === "HR";
}

/** Editing article templates and the default template per unit: admins only. */
export function canManageTemplates(viewer: Viewer): boolean {
  return viewer.role === "ADMIN";
}

/**
 * The coverage cockpit: HR for the whole organization, unit leads for their
 * units (incl. sub-units); nobody else. Leads see tasks, not rankings of people.
 */
export type CockpitScope = { kind: "organization" } | { kind: "units"; unitIds: string[] } | null;
export function cockpitScope(viewer: Viewer): CockpitScope {
  if (viewer.role === "HR") return { kind: "organization" };
  if (viewer.role === "LEAD") return { kind: "units", unitIds: viewer.leadUnitIds };
  return null;
}

/** Person-level details of a task (owner, deputies, planned exits): HR, and the lead of the task's unit. */
export function canSeeTaskPeople(viewer: Viewer, task: { organizationId: string; orgUnitId: string }): boolean {
  if (task.organizationId !== viewer.organizationId) return false;
  const scope = cockpitScope(viewer);
  if (!scope) return false;
  return scope.kind === "organization" || scope.unitIds.includes(task.orgUnitId);
}

/** CSV import and export of units, positions, people and tasks: admins and HR (the offices that keep this data). */
export function canImportOrganizationData(viewer: Viewer): boolean {
  return viewer.role === "ADMIN" || viewer.role === "HR";
}

/** User accounts and roles: admins only. */
export function canManageAccounts(viewer: Viewer): boolean {
  return viewer.role === "ADMIN";
}

/** Documenting a task ("Mein Wissen sichern", "selbst durchgeführt"): the people who own or deputise it. */
export function canDocumentTask(viewer: Viewer, task: { organizationId: string; personIds: readonly string[] }): boolean {
  return task.organizationId === viewer.organizationId && viewer.personId != null && task.personIds.includes(viewer.personId);
}

/** What the policy needs to know about an Übergabeprotokoll. */
export interface HandoverFacts {
  organizationId: string;
  fromPersonId: string;
  toPersonId: string;
  /** Units of the handed-over tasks. */
  unitIds: readonly string[];
}

/** The two parties (leaving person and successor/deputy) read, edit and confirm the record. */
export function isHandoverParty(viewer: Viewer, handover: HandoverFacts): boolean {
  return handover.organizationId === viewer.organizationId && viewer.personId != null
    && (viewer.personId === handover.fromPersonId || viewer.personId === handover.toPersonId);
}

/**
 * Progress of a handover (status per task, confirmations – not the notes):
 * HR for the organization, unit leads when a task of their units is in it.
 */
export function canSeeHandoverProgress(viewer: Viewer, handover: HandoverFacts): boolean {
  if (handover.organizationId !== viewer.organizationId) return false;
  if (viewer.role === "HR") return true;
  return viewer.role === "LEAD" && handover.unitIds.some((unitId) => viewer.leadUnitIds.includes(unitId));
}

/** Planning a deputyship for a person: HR and admins for everyone, leads for people whose position is in their units. */
export function canPlanDeputyship(viewer: Viewer, absent: { organizationId: string; unitIds: readonly string[] }): boolean {
  if (absent.organizationId !== viewer.organizationId) return false;
  if (viewer.role === "HR" || viewer.role === "ADMIN") return true;
  return viewer.role === "LEAD" && absent.unitIds.some((unitId) => viewer.leadUnitIds.includes(unitId));
}

/** Editing the onboarding path and glossary of a position: admins, and leads of the position's unit. */
export function canEditOnboardingPath(viewer: Viewer, position: { organizationId: string; orgUnitId: string }): boolean {
  if (position.organizationId !== viewer.organizationId) return false;
  return viewer.role === "ADMIN" || (viewer.role === "LEAD" && viewer.leadUnitIds.includes(position.orgUnitId));
}

/**
 * Someone else's onboarding progress: never by default (Personalrat). Only when the
 * organization allows it, and then only the lead of the position's unit.
 */
export function canSeeOnboardingProgress(viewer: Viewer, position: { organizationId: string; orgUnitId: string }, leadsMaySee: boolean): boolean {
  return leadsMaySee && position.organizationId === viewer.organizationId
    && viewer.role === "LEAD" && viewer.leadUnitIds.includes(position.orgUnitId);
}

/**
 * "Selbst durchgeführt": owners and deputies of the task, and newcomers – the
 * holders of the task's position – who did it with the article.
 */
export function canMarkTaskPractised(viewer: Viewer, task: { organizationId: string; personIds: readonly string[]; positionHolderIds: readonly string[] }): boolean {
  return canDocumentTask(viewer, task) || (task.organizationId === viewer.organizationId && viewer.personId != null && task.positionHolderIds.includes(viewer.personId));
}
