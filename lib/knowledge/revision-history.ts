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
import { documentLines } from "../content/document-lines";
import { diffDocumentLines, type DiffLine } from "../content/text-diff";
import type { TiptapNodeJson } from "../content/document-schema";
import { governanceSettings } from "../org/organization-settings";
import { loadReadableArticleFacts } from "./get-article";
import { updateArticle } from "./save-article";
import { statusChoicesForSave } from "./workflow-rules";
import { ARTICLE_KIND_LABELS, ARTICLE_STATUS_LABELS } from "./labels";

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

export interface FieldChange {
  label: string;
  before: string;
  after: string;
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
  const fields: FieldChange[] = [];
  if (before.title !== after.title) fields.push({ label: "Titel", before: before.title, after: after.title });
  if (before.kind !== after.kind)
    fields.push({ label: "Wissensart", before: ARTICLE_KIND_LABELS[before.kind], after: ARTICLE_KIND_LABELS[after.kind] });
  if (before.status !== after.status)
    fields.push({ label: "Status", before: ARTICLE_STATUS_LABELS[before.status], after: ARTICLE_STATUS_LABELS[after.status] });
  const lines: DiffLine[] = diffDocumentLines(
    documentLines(before.content as unknown as TiptapNodeJson),
    documentLines(after.content as unknown as TiptapNodeJson),
  );
  const describe = (row: typeof before) => ({ version: row.version, createdAt: row.createdAt, authorName: row.author.displayName });
  return { before: describe(before), after: describe(after), fields, lines };
}

/**
 * Restores an old revision as a new version: title, kind and content of the old
 * revision, the current links. The status stays if the viewer may keep it by
 * saving; otherwise (e.g. four-eyes approval on a published article) it goes to "In Prüfung".
 */
export async function restoreRevision(viewer: Viewer, raw: { articleId: unknown; version: unknown; restoreVersion: unknown }) {
  const facts = await historyFacts(viewer, raw.articleId);
  const restoreVersion = versionSchema.safeParse(raw.restoreVersion);
  if (!restoreVersion.success) throw invalid("Bitte wählen Sie die Version, die wiederhergestellt werden soll.");
  const [revision, links, settings] = await Promise.all([
    db().articleRevision.findFirst({
      where: { articleId: facts.id, organizationId: viewer.organizationId, version: restoreVersion.data },
      select: { title: true, kind: true, content: true },
    }),
    db().article.findUniqueOrThrow({
      where: { id: facts.id, organizationId: facts.organizationId },
      select: {
        verifierId: true,
        tasks: { select: { taskId: true } },
        units: { select: { orgUnitId: true } },
        positions: { select: { positionId: true } },
      },
    }),
    governanceSettings(viewer.organizationId),
  ]);
  if (!revision) throw notFound("Die Version");
  const unitIds = links.units.map((link) => link.orgUnitId);
  const choices = statusChoicesForSave(viewer, facts, null, settings.requireFourEyes);
  return updateArticle(
    viewer,
    {
      id: facts.id,
      version: raw.version,
      title: revision.title,
      kind: revision.kind,
      status: choices.includes(facts.status) ? facts.status : "IN_REVIEW",
      content: revision.content,
      taskIds: links.tasks.map((link) => link.taskId),
      unitIds,
      positionIds: links.positions.map((link) => link.positionId),
      verifierId: links.verifierId,
      changeNote: `Version ${restoreVersion.data} wiederhergestellt`,
    },
    { auditAction: "article.restore", auditData: { restoredVersion: restoreVersion.data } },
  );
}
