import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "../db/client";
import { notFound } from "../errors";
import { canEditArticle, canReadArticle, canSeeArticleHistory, canVerifyArticle, type ArticleFacts } from "../auth/policy";
import { verificationState } from "./verification";
import type { Viewer } from "../auth/viewer";
import { governanceSettings } from "../org/organization-settings";
import { availableSteps, blockedByFourEyes, statusChoicesForSave } from "./workflow-rules";
import { approvalFactsOf } from "./approval-facts";
import type { ArticleStatusValue } from "./labels";

const idSchema = z.uuid();

const articleFactsSelect = {
  id: true,
  organizationId: true,
  status: true,
  ownerId: true,
  verifierId: true,
  units: { select: { orgUnitId: true } },
  tasks: { select: { task: { select: { orgUnitId: true } } } },
} as const;

type ArticleFactsRow = Omit<ArticleFacts, "unitIds" | "taskUnitIds"> & {
  units: { orgUnitId: string }[];
  tasks: { task: { orgUnitId: string } }[];
};

/**
 * Loads the facts the policy needs, or throws not-found when the viewer may not read it.
 * Memoised per server render (React `cache`): the article page asks for them from
 * five panels; outside a render (actions, jobs, tests) every call reads afresh.
 */
export const loadReadableArticleFacts = cache(async (viewer: Viewer, id: unknown) => {
  const row = await db().article.findFirst({ where: articleOfViewer(viewer, id), select: articleFactsSelect });
  return readableOrNotFound(viewer, row);
});

/** Where-clause for one article of the viewer's organization; a malformed id is simply not found. */
function articleOfViewer(viewer: Viewer, id: unknown) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound("Der Artikel");
  return { id: parsed.data, organizationId: viewer.organizationId };
}

/** The loaded row with its unit ids, if the policy lets the viewer read it; otherwise not-found. */
function readableOrNotFound<Row extends ArticleFactsRow>(viewer: Viewer, row: Row | null) {
  const facts = row && {
    ...row,
    unitIds: row.units.map((unit) => unit.orgUnitId),
    taskUnitIds: row.tasks.map((link) => link.task.orgUnitId),
  };
  if (!facts || !canReadArticle(viewer, facts)) throw notFound("Der Artikel");
  return facts;
}

/** The reading view of an article: for anyone who may read it (same organization; drafts per policy). One query. */
export async function getArticle(viewer: Viewer, id: unknown) {
  const row = await db().article.findFirst({
    where: articleOfViewer(viewer, id),
    select: {
      ...articleFactsSelect,
      title: true,
      kind: true,
      version: true,
      contentHtml: true,
      updatedAt: true,
      nextReviewAt: true,
      lastVerifiedAt: true,
      lastVerifiedBy: { select: { displayName: true } },
      verifier: { select: { displayName: true } },
      owner: { select: { displayName: true } },
      tasks: { select: { task: { select: { id: true, title: true, orgUnitId: true } } } },
      units: {
        select: {
          orgUnitId: true,
          orgUnit: { select: { id: true, name: true, parent: { select: { id: true, name: true } } } },
        },
      },
      positions: { select: { position: { select: { id: true, title: true } } } },
    },
  });
  const article = readableOrNotFound(viewer, row);
  const approval = await approvalFactsOf(viewer, article.id);
  return {
    id: article.id,
    /** What the policy decides on, for follow-up checks on the same page (e.g. the working copy). */
    facts: {
      id: article.id,
      organizationId: article.organizationId,
      status: article.status,
      ownerId: article.ownerId,
      verifierId: article.verifierId,
      unitIds: article.unitIds,
      taskUnitIds: article.taskUnitIds,
    },
    title: article.title,
    kind: article.kind,
    status: article.status,
    version: article.version,
    contentHtml: article.contentHtml,
    updatedAt: article.updatedAt,
    nextReviewAt: article.nextReviewAt,
    verification: verificationState(article),
    lastVerifiedAt: article.lastVerifiedAt,
    lastVerifiedBy: article.lastVerifiedBy?.displayName ?? null,
    verifierName: article.verifier?.displayName ?? null,
    owner: article.owner,
    tasks: article.tasks,
    units: article.units,
    positions: article.positions,
    canEdit: canEditArticle(viewer, article),
    canVerify: canVerifyArticle(viewer, article),
    canSeeHistory: canSeeArticleHistory(viewer, article),
    workflowSteps: availableSteps(viewer, article, approval),
    blockedByFourEyes: blockedByFourEyes(viewer, article, approval),
    requireFourEyes: approval.requireFourEyes,
  };
}

/** The editing view: content JSON and linked ids; only for viewers who may edit. */
export async function getArticleForEditing(viewer: Viewer, id: unknown) {
  const row = await db().article.findFirst({
    where: articleOfViewer(viewer, id),
    select: {
      ...articleFactsSelect,
      title: true,
      kind: true,
      version: true,
      content: true,
      reviewIntervalMonths: true,
      tasks: { select: { taskId: true, task: { select: { orgUnitId: true } } } },
      positions: { select: { positionId: true } },
    },
  });
  const article = readableOrNotFound(viewer, row);
  if (!canEditArticle(viewer, article)) throw notFound("Der Artikel");
  return {
    id: article.id,
    title: article.title,
    kind: article.kind,
    status: article.status,
    version: article.version,
    content: article.content,
    taskIds: article.tasks.map((link) => link.taskId),
    unitIds: article.units.map((link) => link.orgUnitId),
    positionIds: article.positions.map((link) => link.positionId),
    reviewIntervalMonths: article.reviewIntervalMonths,
    verifierId: article.verifierId ?? "",
    form: await articleFormSettings(viewer, article),
  };
}

/** What the article form offers: the states a save may set, the review interval default, the "wesentliche Änderung" box. */
export async function articleFormSettings(viewer: Viewer, facts: ArticleFacts | null) {
  const settings = await governanceSettings(viewer.organizationId);
  return {
    statusChoices: statusChoicesForSave(viewer, facts, null, settings.requireFourEyes) as ArticleStatusValue[],
    requireFourEyes: settings.requireFourEyes,
    defaultReviewIntervalMonths: settings.defaultReviewIntervalMonths,
    askForReadConfirmation: settings.readConfirmationsEnabled && facts !== null,
  };
}
export type ArticleFormSettings = Awaited<ReturnType<typeof articleFormSettings>>;
