import "server-only";
/**
 * Version history of an article: the list of revisions, a readable diff between
 * any two of them, and restoring an old revision as a new one (through the normal
 * save, so validation, sanitizing, workflow rules, search and audit all apply).
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canEditArticle, canSeeArticleHistory, type ArticleFacts } from "../auth/policy";
import { invalid, notFound } from "../errors";
import { governanceSettings } from "../org/organization-settings";
import { loadReadableArticleFacts } from "./get-article";
import { updateArticle } from "./save-article";
import { statusChoicesForSave } from "./workflow-rules";
import type { ARTICLE_STATUS_LABELS } from "./labels";
import { contentChanges } from "./content-changes";

const versionSchema = z.coerce.number().int().min(1);

async function historyFacts(viewer: Viewer, articleId: unknown): Promise<ArticleFacts & { id: string }> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  if (!canSeeArticleHistory(viewer, facts)) throw notFound("Der Versionsverlauf");
  return facts;
}

export interface RevisionSummary {
  version: number;
  authorName: string;
  createdAt: Date;
  changeNote: string | null;
  status: keyof typeof ARTICLE_STATUS_LABELS;
  contentChanged: boolean;
}

/** All revisions, newest first, with the article's title and whether the viewer may restore. */
export async function articleHistory(viewer: Viewer, articleId: unknown) {
  const facts = await historyFacts(viewer, articleId);
  const article = await db().article.findUniqueOrThrow({
    where: { id: facts.id, organizationId: facts.organizationId },
    select: {
      id: true,
      title: true,
      version: true,
      revisions: {
        orderBy: { version: "desc" },
        take: 500,
        select: {
          version: true,
          createdAt: true,
          changeNote: true,
          status: true,
          contentChanged: true,
          author: { select: { displayName: true } },
        },
      },
    },
  });
  const revisions: RevisionSummary[] = article.revisions.map((revision) => ({
    version: revision.version,
    authorName: revision.author.displayName,
    createdAt: revision.createdAt,
    changeNote: revision.changeNote,
    status: revision.status,
    contentChanged: revision.contentChanged,
  }));
  return { id: article.id, title: article.title, version: article.version, revisions, canRestore: canEditArticle(viewer, facts) };
}

/** The diff between two revisions (any order; the older one is "before"). */
export async function compareRevisions(viewer: Viewer, articleId: unknown, rawFrom: unknown, rawTo: unknown) {
  const facts = await historyFacts(viewer, articleId);
  const from = versionSchema.safeParse(rawFrom);
  const to = versionSchema.safeParse(rawTo);
  if (!from.success || !to.success) throw invalid("Bitte wählen Sie zwei Versionen zum Vergleich aus.");
  const [older, newer] = [Math.min(from.data, to.data), Math.max(from.data, to.data)];
  const rows = await db().articleRevision.findMany({
    where: { articleId: facts.id, organizationId: viewer.organizationId, version: { in: [older, newer] } },
    select: {
      version: true,
      title: true,
      kind: true,
      status: true,
      content: true,
      createdAt: true,
      author: { select: { displayName: true } },
    },
  });
  const before = rows.find((row) => row.version === older);
  const after = rows.find((row) => row.version === newer);
  if (!before || !after) throw notFound("Die Version");
  const { fields, lines } = contentChanges(before, after);
  const describe = (row: typeof before) => ({ version: row.version, createdAt: row.createdAt, authorName: row.author.displayName });
  return { before: describe(before), after: describe(after), fields, lines };
}

/**
 * Restores an old revision as a new version: title, kind and content of the old
 * revision, the current links. The status stays if the viewer may keep it by
 * saving; otherwise (e.g. four-eyes approval on a published article) it goes to
 * "In Prüfung" – as the working copy, so the published version stays online. If
 * a working copy exists, the restore goes into it and keeps its status and links.
 */
export async function restoreRevision(viewer: Viewer, raw: { articleId: unknown; version: unknown; restoreVersion: unknown }) {
  const facts = await historyFacts(viewer, raw.articleId);
  const restoreVersion = versionSchema.safeParse(raw.restoreVersion);
  if (!restoreVersion.success) throw invalid("Bitte wählen Sie die Version, die wiederhergestellt werden soll.");
  const linkSelect = {
    verifierId: true,
    tasks: { select: { taskId: true } },
    units: { select: { orgUnitId: true } },
    positions: { select: { positionId: true } },
  };
  const [revision, article, copy, settings] = await Promise.all([
    db().articleRevision.findFirst({
      where: { articleId: facts.id, organizationId: viewer.organizationId, version: restoreVersion.data },
      select: { title: true, kind: true, content: true },
    }),
    db().article.findUniqueOrThrow({ where: { id: facts.id, organizationId: facts.organizationId }, select: linkSelect }),
    db().articleWorkingCopy.findFirst({
      where: { articleId: facts.id, organizationId: facts.organizationId },
      select: { revision: true, status: true, verifierId: true, taskIds: true, unitIds: true, positionIds: true },
    }),
    governanceSettings(viewer.organizationId),
  ]);
  if (!revision) throw notFound("Die Version");
  const links = copy ?? {
    verifierId: article.verifierId,
    taskIds: article.tasks.map((link) => link.taskId),
    unitIds: article.units.map((link) => link.orgUnitId),
    positionIds: article.positions.map((link) => link.positionId),
  };
  const choices = statusChoicesForSave(viewer, facts, null, settings.requireFourEyes);
  const status = copy ? copy.status : choices.includes(facts.status) ? facts.status : "IN_REVIEW";
  return updateArticle(
    viewer,
    {
      id: facts.id,
      version: raw.version,
      workingCopyRevision: copy?.revision ?? 0,
      title: revision.title,
      kind: revision.kind,
      status,
      content: revision.content,
      taskIds: links.taskIds,
      unitIds: links.unitIds,
      positionIds: links.positionIds,
      verifierId: links.verifierId,
      changeNote: `Version ${restoreVersion.data} wiederhergestellt`,
    },
    { auditAction: "article.restore", auditData: { restoredVersion: restoreVersion.data } },
  );
}
