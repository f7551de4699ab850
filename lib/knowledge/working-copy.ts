import "server-only";
/**
 * The working copy of a published article: the next version while it is a
 * draft or waits for approval. Readers, search, coverage and the cockpit keep
 * the published Article untouched until the copy is approved; then the copy
 * becomes the Article's new version (two revisions: the content by its last
 * author, the publication by the approver) and disappears.
 *
 * Who may see, change or approve a copy follows the same policy as an
 * unpublished article, applied to the copy's own status and links.
 */
import { z } from "zod";
import { db } from "../db/client";
import { notifyWatchersOfPublication } from "../notifications/notify";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { canEditArticle, canReadArticle, type ArticleFacts } from "../auth/policy";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { enqueueArticleIndexing } from "../search/outbox";
import { processContent, type ProcessedContent } from "../content/process-content";
import { governanceSettings } from "../org/organization-settings";
import { replaceArticleBlocks } from "./article-blocks";
import { fieldErrorsOf, returnNeedsNote, stepNoteSchema, type ArticleUpdate } from "./article-input";
import { getArticleForEditing, loadReadableArticleFacts } from "./get-article";
import { jsonValue, revisionRecord } from "./revision-record";
import { contentChanges } from "./content-changes";
import { publicationDates } from "./verification";
import { STEP_NOTES, STEP_TRANSITIONS, canTakeStep, type ApprovalFacts } from "./workflow-rules";

type Tx = Prisma.TransactionClient;

export const WORKING_COPY_STEPS = ["submit", "approve", "return", "discard"] as const;
export type WorkingCopyStep = (typeof WORKING_COPY_STEPS)[number];

export const WORKING_COPY_STEP_LABELS: Record<WorkingCopyStep, string> = {
  submit: "Zur Prüfung einreichen",
  approve: "Freigeben und veröffentlichen",
  return: "Zur Überarbeitung zurückgeben",
  discard: "Arbeitskopie verwerfen",
};

const STALE_COPY =
  "Die Arbeitskopie wurde inzwischen geändert, freigegeben oder verworfen. Bitte laden Sie die Seite neu und prüfen Sie den aktuellen Stand.";

interface CopyFactsRow {
  status: ArticleFacts["status"];
  verifierId: string | null;
  unitIds: string[];
  taskIds: string[];
}

/** The policy facts of a copy: the article's owner, the copy's status and the links it will have once published. */
async function copyFactsOf(reader: Pick<Tx, "task">, article: ArticleFacts, copy: CopyFactsRow): Promise<ArticleFacts> {
  const tasks = await reader.task.findMany({
    where: { organizationId: article.organizationId, id: { in: copy.taskIds } },
    select: { orgUnitId: true },
  });
  return {
    ...article,
    status: copy.status,
    verifierId: copy.verifierId,
    unitIds: copy.unitIds,
    taskUnitIds: tasks.map((task) => task.orgUnitId),
  };
}

const copySummarySelect = {
  status: true,
  revision: true,
  baseVersion: true,
  updatedAt: true,
  returnNote: true,
  updatedBy: { select: { displayName: true } },
} as const;

/**
 * The short notice on the article page: is a next version being worked on?
 * Null when there is none or the viewer may not see unpublished versions of it.
 */
export async function workingCopySummary(viewer: Viewer, article: ArticleFacts & { id: string }) {
  const copy = await db().articleWorkingCopy.findFirst({
    where: { articleId: article.id, organizationId: viewer.organizationId },
    select: { ...copySummarySelect, verifierId: true, unitIds: true, taskIds: true },
  });
  if (!copy) return null;
  if (!canReadArticle(viewer, await copyFactsOf(db(), article, copy))) return null;
  return { status: copy.status, updatedAt: copy.updatedAt, updatedByName: copy.updatedBy.displayName, returnNote: copy.returnNote };
}

/**
 * Saves a draft or review version of a published article as its working copy
 * (called by updateArticle inside its transaction, after all checks on input,
 * rights and links). The first save starts from the published version the
 * editor saw; later saves from the copy's save counter.
 */
export async function writeWorkingCopy(
  tx: Tx,
  viewer: Viewer,
  article: ArticleFacts & { id: string },
  input: ArticleUpdate,
  content: ProcessedContent,
  auditAction: string,
  auditData: Record<string, string | number> = {},
): Promise<{ id: string; version: number; workingCopyRevision: number }> {
  const [existing, current] = await Promise.all([
    tx.articleWorkingCopy.findUnique({
      where: { articleId: article.id, organizationId: article.organizationId },
      select: { revision: true, authorIds: true, updatedBy: { select: { displayName: true } } },
    }),
    tx.article.findUniqueOrThrow({
      where: { id: article.id, organizationId: article.organizationId },
      select: { version: true, reviewIntervalMonths: true },
    }),
  ]);
  const data = {
    status: input.status,
    title: input.title,
    kind: input.kind,
    content: jsonValue(content.json),
    contentText: content.text,
    contentHtml: content.html,
    taskIds: [...new Set(input.taskIds)],
    unitIds: [...new Set(input.unitIds)],
    positionIds: [...new Set(input.positionIds)],
    verifierId: input.verifierId,
    reviewIntervalMonths: input.reviewIntervalMonths ?? current.reviewIntervalMonths,
    requestConfirmation: input.requestConfirmation,
    changeNote: input.changeNote || null,
    ...(input.status === "IN_REVIEW" ? { returnNote: null } : {}),
    updatedById: viewer.userId,
  };
  const keptText =
    "Ihre Änderungen wurden nicht gespeichert, sind aber noch im Editor. Öffnen Sie den Artikel in einem neuen Tab, " +
    "übernehmen Sie Ihre Ergänzungen dort und speichern Sie erneut.";
  let revision: number;
  if (!existing) {
    if (input.workingCopyRevision > 0) {
      throw conflict(`Die Arbeitskopie, die Sie bearbeitet haben, wurde inzwischen freigegeben oder verworfen. ${keptText}`);
    }
    if (current.version !== input.version) {
      throw conflict(`Dieser Artikel wurde inzwischen geändert (jetzt Version ${current.version}). ${keptText}`);
    }
    const created = await tx.articleWorkingCopy.createMany({
      data: [
        {
          ...data,
          articleId: article.id,
          organizationId: article.organizationId,
          baseVersion: current.version,
          authorIds: [viewer.userId],
        },
      ],
      skipDuplicates: true,
    });
    if (created.count === 0) throw conflict(`Jemand hat gerade eine Arbeitskopie dieses Artikels angelegt. ${keptText}`);
    revision = 1;
  } else {
    const staleBy = () => conflict(`Die Arbeitskopie wurde inzwischen von ${existing.updatedBy.displayName} geändert. ${keptText}`);
    if (existing.revision !== input.workingCopyRevision) throw staleBy();
    revision = existing.revision + 1;
    const updated = await tx.articleWorkingCopy.updateMany({
      where: { articleId: article.id, organizationId: article.organizationId, revision: existing.revision },
      data: { ...data, revision, authorIds: [...new Set([...existing.authorIds, viewer.userId])] },
    });
    if (updated.count === 0) throw staleBy();
  }
  await recordAuditEvent(tx, viewer, {
    action: auditAction,
    entityType: "Article",
    entityId: article.id,
    data: { workingCopy: revision, status: input.status, ...auditData },
  });
  return { id: article.id, version: current.version, workingCopyRevision: revision };
}

/**
 * Publishing by saving (without four-eyes approval) replaces a working copy: the
 * editor must have started from it, otherwise someone else's copy would be lost.
 */
export async function settleWorkingCopyOnPublish(
  tx: Tx,
  article: { id: string; organizationId: string },
  startedFromRevision: number,
): Promise<void> {
  const where = { articleId: article.id, organizationId: article.organizationId };
  const existing = await tx.articleWorkingCopy.findUnique({ where, select: { revision: true } });
  if (!existing && startedFromRevision === 0) return;
  if (!existing || existing.revision !== startedFromRevision) {
    throw conflict(
      "Die Arbeitskopie dieses Artikels wurde inzwischen geändert, freigegeben oder verworfen. Ihre Änderungen wurden nicht " +
        "gespeichert, sind aber noch im Editor. Öffnen Sie den Artikel in einem neuen Tab und übernehmen Sie Ihre Ergänzungen dort.",
    );
  }
  await tx.articleWorkingCopy.delete({ where });
}

/** Refuses archiving while a next version is being worked on (it would be lost or published unseen). */
export async function assertNoWorkingCopy(
  tx: Pick<Tx, "articleWorkingCopy">,
  article: { id: string; organizationId: string },
): Promise<void> {
  if ((await tx.articleWorkingCopy.count({ where: { articleId: article.id, organizationId: article.organizationId } })) > 0) {
    throw conflict(
      "Zu diesem Artikel gibt es eine Arbeitskopie. Geben Sie sie frei oder verwerfen Sie sie, bevor Sie den Artikel archivieren.",
    );
  }
}

const fullCopySelect = {
  ...copySummarySelect,
  title: true,
  kind: true,
  content: true,
  contentHtml: true,
  taskIds: true,
  unitIds: true,
  positionIds: true,
  verifierId: true,
  reviewIntervalMonths: true,
  requestConfirmation: true,
  changeNote: true,
  authorIds: true,
  updatedById: true,
} as const;

async function loadCopy(viewer: Viewer, articleId: unknown) {
  const article = await loadReadableArticleFacts(viewer, articleId);
  const copy = await db().articleWorkingCopy.findFirst({
    where: { articleId: article.id, organizationId: viewer.organizationId },
    select: fullCopySelect,
  });
  if (!copy) throw notFound("Die Arbeitskopie");
  const facts = await copyFactsOf(db(), article, copy);
  if (!canReadArticle(viewer, facts)) throw notFound("Die Arbeitskopie");
  return { article, copy, facts };
}

async function approvalOfCopy(viewer: Viewer, copy: { authorIds: string[] }): Promise<ApprovalFacts> {
  const { requireFourEyes } = await governanceSettings(viewer.organizationId);
  return { requireFourEyes, contentAuthorIds: copy.authorIds };
}

function copyStepAllowed(viewer: Viewer, facts: ArticleFacts, step: WorkingCopyStep, approval: ApprovalFacts): boolean {
  return step === "discard" ? canEditArticle(viewer, facts) : canTakeStep(viewer, facts, step, approval);
}

/**
 * What the edit page starts from: the working copy if there is one (with its
 * save counter for the next save), otherwise the article itself.
 */
export async function getEditableVersion(viewer: Viewer, articleId: unknown) {
  const article = await getArticleForEditing(viewer, articleId);
  const copy = await db().articleWorkingCopy.findFirst({
    where: { articleId: article.id, organizationId: viewer.organizationId },
    select: fullCopySelect,
  });
  if (!copy) return { ...article, workingCopyRevision: 0, publishedStaysOnline: article.status === "PUBLISHED" };
  return {
    ...article,
    title: copy.title,
    kind: copy.kind,
    status: copy.status,
    content: copy.content,
    taskIds: copy.taskIds,
    unitIds: copy.unitIds,
    positionIds: copy.positionIds,
    reviewIntervalMonths: copy.reviewIntervalMonths,
    verifierId: copy.verifierId ?? "",
    workingCopyRevision: copy.revision,
    publishedStaysOnline: true,
  };
}

/**
 * The working-copy page: the copy, what it changes against the published
 * version, who wrote it, and the steps the viewer may take.
 */
export async function getWorkingCopy(viewer: Viewer, articleId: unknown) {
  const { article, copy, facts } = await loadCopy(viewer, articleId);
  const [published, approval, authors] = await Promise.all([
    db().article.findUniqueOrThrow({
      where: { id: article.id, organizationId: article.organizationId },
      select: { title: true, kind: true, content: true, version: true, publishedAt: true },
    }),
    approvalOfCopy(viewer, copy),
    db().user.findMany({ where: { organizationId: viewer.organizationId, id: { in: copy.authorIds } }, select: { displayName: true } }),
  ]);
  const steps = WORKING_COPY_STEPS.filter((step) => copyStepAllowed(viewer, facts, step, approval));
  const blockedByFourEyes =
    approval.requireFourEyes && copy.status === "IN_REVIEW" && !steps.includes("approve") && copy.authorIds.includes(viewer.userId);
  return {
    articleId: article.id,
    title: copy.title,
    status: copy.status as "DRAFT" | "IN_REVIEW",
    revision: copy.revision,
    contentHtml: copy.contentHtml,
    changeNote: copy.changeNote,
    returnNote: copy.returnNote,
    updatedAt: copy.updatedAt,
    updatedByName: copy.updatedBy.displayName,
    authorNames: authors.map((author) => author.displayName).sort((a, b) => a.localeCompare(b, "de")),
    published: { version: published.version, publishedAt: published.publishedAt, title: published.title },
    changes: contentChanges(published, copy),
    steps,
    blockedByFourEyes,
    requireFourEyes: approval.requireFourEyes,
    canEdit: canEditArticle(viewer, facts),
  };
}

const copyStepSchema = z
  .object({
    id: z.uuid({ error: "Ungültiger Artikel." }),
    revision: z.coerce.number({ error: "Ungültige Arbeitskopie." }).int().min(1, "Ungültige Arbeitskopie."),
    step: z.enum(WORKING_COPY_STEPS, { error: "Unbekannter Arbeitsschritt." }),
    note: stepNoteSchema,
  })
  .refine(...returnNeedsNote);

function copyStepRefusal(facts: ArticleFacts, step: WorkingCopyStep, approval: ApprovalFacts, viewer: Viewer): string {
  if (step !== "discard" && !STEP_TRANSITIONS[step].from.includes(facts.status)) {
    return "Dieser Schritt passt nicht zum aktuellen Status der Arbeitskopie. Bitte laden Sie die Seite neu.";
  }
  if (step === "approve" && approval.requireFourEyes && facts.status === "DRAFT") {
    return "In Ihrer Organisation gilt das Vier-Augen-Prinzip: Reichen Sie die Arbeitskopie zuerst zur Prüfung ein.";
  }
  if (step === "approve" && approval.requireFourEyes && approval.contentAuthorIds.includes(viewer.userId)) {
    return "In Ihrer Organisation gilt das Vier-Augen-Prinzip: Eine Person, die an dieser Fassung nicht mitgeschrieben hat, muss sie freigeben.";
  }
  return "Für diesen Schritt fehlt Ihnen die Berechtigung.";
}

/** Takes one step on the working copy; the viewer must have seen its current save. */
export async function takeWorkingCopyStep(viewer: Viewer, raw: unknown): Promise<{ id: string; step: WorkingCopyStep; version: number }> {
  const parsed = copyStepSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie Ihre Angaben.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const { article, copy, facts } = await loadCopy(viewer, input.id);
  const approval = await approvalOfCopy(viewer, copy);
  if (!copyStepAllowed(viewer, facts, input.step, approval)) throw forbidden(copyStepRefusal(facts, input.step, approval, viewer));
  const where = { articleId: article.id, organizationId: viewer.organizationId, revision: input.revision, status: copy.status };
  const audit = (tx: Tx, version: number) =>
    recordAuditEvent(tx, viewer, {
      action: input.step === "discard" ? "article.discardWorkingCopy" : `article.${input.step}`,
      entityType: "Article",
      entityId: article.id,
      data: { workingCopy: input.revision, from: copy.status, version, ...(input.note ? { note: input.note } : {}) },
    });
  return db().$transaction(async (tx) => {
    if (input.step === "discard" || input.step === "approve") {
      const removed = await tx.articleWorkingCopy.deleteMany({ where });
      if (removed.count === 0) throw conflict(STALE_COPY);
      const version = input.step === "approve" ? await publishCopy(tx, viewer, article, copy) : copy.baseVersion;
      await audit(tx, version);
      return { id: article.id, step: input.step, version };
    }
    const to = STEP_TRANSITIONS[input.step].to;
    const updated = await tx.articleWorkingCopy.updateMany({
      where,
      data: { status: to, revision: input.revision + 1, ...(input.step === "return" ? { returnNote: input.note } : { returnNote: null }) },
    });
    if (updated.count === 0) throw conflict(STALE_COPY);
    const { version } = await tx.article.findUniqueOrThrow({
      where: { id: article.id, organizationId: article.organizationId },
      select: { version: true },
    });
    await audit(tx, version);
    return { id: article.id, step: input.step, version };
  });
}

type FullCopy = Awaited<ReturnType<typeof loadCopy>>["copy"];

/**
 * Makes the copy the article's new published version: content, links and
 * settings, a content revision by the copy's last author and a publication
 * revision by the approver, blocks, search and the review date. Links to tasks,
 * units or positions deleted in the meantime are dropped.
 */
async function publishCopy(tx: Tx, viewer: Viewer, article: ArticleFacts & { id: string }, copy: FullCopy): Promise<number> {
  const organizationId = article.organizationId;
  const current = await tx.article.findUniqueOrThrow({
    where: { id: article.id, organizationId },
    select: { version: true, publishedAt: true },
  });
  const content = processContent(copy.content);
  const [tasks, units, positions] = await Promise.all([
    tx.task.findMany({ where: { organizationId, id: { in: copy.taskIds } }, select: { id: true } }),
    tx.orgUnit.findMany({ where: { organizationId, id: { in: copy.unitIds } }, select: { id: true } }),
    tx.position.findMany({ where: { organizationId, id: { in: copy.positionIds } }, select: { id: true } }),
  ]);
  const contentVersion = current.version + 1;
  const publishedVersion = current.version + 2;
  const updated = await tx.article.updateMany({
    where: { id: article.id, organizationId, version: current.version },
    data: {
      title: copy.title,
      kind: copy.kind,
      status: "PUBLISHED",
      version: publishedVersion,
      content: jsonValue(content.json),
      contentText: content.text,
      contentHtml: content.html,
      reviewIntervalMonths: copy.reviewIntervalMonths,
      verifierId: copy.verifierId,
      ...(copy.requestConfirmation ? { confirmationVersion: publishedVersion } : {}),
      ...publicationDates("PUBLISHED", current.publishedAt, copy.reviewIntervalMonths),
    },
  });
  if (updated.count === 0) throw conflict(STALE_COPY);
  await tx.articleTask.deleteMany({ where: { articleId: article.id } });
  await tx.articleUnit.deleteMany({ where: { articleId: article.id } });
  await tx.articlePosition.deleteMany({ where: { articleId: article.id } });
  await tx.articleTask.createMany({ data: tasks.map((task) => ({ articleId: article.id, taskId: task.id })) });
  await tx.articleUnit.createMany({ data: units.map((unit) => ({ articleId: article.id, orgUnitId: unit.id })) });
  await tx.articlePosition.createMany({ data: positions.map((position) => ({ articleId: article.id, positionId: position.id })) });
  const snapshot = { title: copy.title, kind: copy.kind, content: jsonValue(content.json), contentText: content.text };
  await tx.articleRevision.createMany({
    data: [
      {
        articleId: article.id,
        ...revisionRecord(viewer, { ...snapshot, version: contentVersion, status: copy.status }, copy.changeNote ?? "Überarbeitet"),
        authorId: copy.updatedById,
      },
      {
        articleId: article.id,
        ...revisionRecord(viewer, { ...snapshot, version: publishedVersion, status: "PUBLISHED" }, STEP_NOTES.approve, false),
      },
    ],
  });
  await replaceArticleBlocks(tx, organizationId, article.id, content.blocks);
  await enqueueArticleIndexing(tx, { id: article.id, organizationId });
  await notifyWatchersOfPublication(tx, viewer, { id: article.id, title: copy.title, change: "changed" });
  return publishedVersion;
}

export interface WorkingCopyAwaitingApproval {
  id: string;
  title: string;
  ownerName: string;
  submittedAt: Date;
}

/** Working copies "In Prüfung" the viewer may approve now (start page "Warten auf Ihre Freigabe"). */
export async function workingCopiesAwaitingApproval(viewer: Viewer): Promise<WorkingCopyAwaitingApproval[]> {
  const [{ requireFourEyes }, rows] = await Promise.all([
    governanceSettings(viewer.organizationId),
    db().articleWorkingCopy.findMany({
      where: { organizationId: viewer.organizationId, status: "IN_REVIEW" },
      orderBy: { updatedAt: "asc" },
      take: 100,
      select: {
        title: true,
        updatedAt: true,
        status: true,
        verifierId: true,
        unitIds: true,
        taskIds: true,
        authorIds: true,
        article: { select: { id: true, organizationId: true, status: true, ownerId: true, owner: { select: { displayName: true } } } },
      },
    }),
  ]);
  const result: WorkingCopyAwaitingApproval[] = [];
  for (const row of rows) {
    const { owner, ...article } = row.article;
    const facts = await copyFactsOf(db(), { ...article, unitIds: [], taskUnitIds: [] }, row);
    if (!canTakeStep(viewer, facts, "approve", { requireFourEyes, contentAuthorIds: row.authorIds })) continue;
    result.push({ id: article.id, title: row.title, ownerName: owner.displayName, submittedAt: row.updatedAt });
  }
  return result;
}
