/**
 * The status workflow Entwurf → In Prüfung → Veröffentlicht → Archiviert as pure
 * rules (tested as a matrix): which states a save may set, and which workflow
 * steps the article page offers to a viewer.
 */
import { canApproveArticle, canEditArticle, canPublishArticle, canReturnArticle, type ArticleFacts } from "../auth/policy";
import type { Viewer } from "../auth/viewer";
import type { ArticleStatusValue } from "./labels";

export const WORKFLOW_STEPS = ["submit", "approve", "return", "archive", "reopen"] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/** From which state each step starts and where it leads. `approve` from a draft only without four-eyes approval. */
export const STEP_TRANSITIONS: Record<WorkflowStep, { from: readonly ArticleStatusValue[]; to: ArticleStatusValue }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW" },
  approve: { from: ["IN_REVIEW", "DRAFT"], to: "PUBLISHED" },
  return: { from: ["IN_REVIEW"], to: "DRAFT" },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED" },
  reopen: { from: ["ARCHIVED"], to: "DRAFT" },
};

export interface ApprovalFacts {
  requireFourEyes: boolean;
  /** Everyone who changed the content since the article was last published. */
  contentAuthorIds: readonly string[];
}

/**
 * States the article form offers when saving. Everyone who may edit can keep a
 * draft or send it for review; publishing directly only without four-eyes
 * approval and with the publish right; an archived article stays archived while edited.
 * `article` is null for a new article (then the viewer is the owner); `linksAfterSave`
 * are the units and task units the save will link (null: unchanged), because the
 * publish right depends on where the article will count.
 */
export function statusChoicesForSave(
  viewer: Viewer,
  article: ArticleFacts | null,
  linksAfterSave: { unitIds: readonly string[]; taskUnitIds: readonly string[] } | null,
  requireFourEyes: boolean,
): ArticleStatusValue[] {
  const before: ArticleFacts = article ?? {
    organizationId: viewer.organizationId,
    status: "DRAFT",
    ownerId: viewer.userId,
    unitIds: [],
    taskUnitIds: [],
  };
  const after: ArticleFacts = linksAfterSave
    ? { ...before, unitIds: [...linksAfterSave.unitIds], taskUnitIds: [...linksAfterSave.taskUnitIds] }
    : before;
  const mayPublish = canPublishArticle(viewer, after);
  const choices: ArticleStatusValue[] = ["DRAFT", "IN_REVIEW"];
  if (mayPublish && !requireFourEyes) choices.push("PUBLISHED");
  if (mayPublish && article?.status === "ARCHIVED") choices.push("ARCHIVED");
  return choices;
}

/** May the viewer take this workflow step on the article now? */
export function canTakeStep(viewer: Viewer, article: ArticleFacts, step: WorkflowStep, approval: ApprovalFacts): boolean {
  if (!STEP_TRANSITIONS[step].from.includes(article.status)) return false;
  switch (step) {
    case "submit":
    case "reopen":
      return canEditArticle(viewer, article);
    case "approve":
      return canApproveArticle(viewer, article, approval);
    case "return":
      return canReturnArticle(viewer, article);
    case "archive":
      return canPublishArticle(viewer, article);
  }
}

/** The steps the article page shows to the viewer, in the order they appear. */
export function availableSteps(viewer: Viewer, article: ArticleFacts, approval: ApprovalFacts): WorkflowStep[] {
  return WORKFLOW_STEPS.filter((step) => canTakeStep(viewer, article, step, approval));
}

/**
 * Why the viewer cannot approve although they could publish: they wrote part of
 * this version and the organization requires four-eyes approval.
 */
export function blockedByFourEyes(viewer: Viewer, article: ArticleFacts, approval: ApprovalFacts): boolean {
  return (
    approval.requireFourEyes &&
    article.status === "IN_REVIEW" &&
    (canPublishArticle(viewer, article) || article.verifierId === viewer.userId) &&
    approval.contentAuthorIds.includes(viewer.userId)
  );
}

export const STEP_LABELS: Record<WorkflowStep, string> = {
  submit: "Zur Prüfung einreichen",
  approve: "Freigeben und veröffentlichen",
  return: "Zur Überarbeitung zurückgeben",
  archive: "Archivieren",
  reopen: "Als Entwurf wieder öffnen",
};

/** Change note of the revision a step writes (shown in the history). */
export const STEP_NOTES: Record<WorkflowStep, string> = {
  submit: "Zur Prüfung eingereicht",
  approve: "Freigegeben und veröffentlicht",
  return: "Zur Überarbeitung zurückgegeben",
  archive: "Archiviert",
  reopen: "Als Entwurf wieder geöffnet",
};
