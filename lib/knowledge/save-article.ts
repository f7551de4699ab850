import "server-only";
/**
 * Creating and saving articles. Every save validates the input and the editor
 * content, derives text and HTML, checks the version (optimistic locking),
 * writes a revision, an outbox row for the search index and an audit event, all
 * in one transaction.
 */
import { db } from "../db/client";
import { notifyWatchersOfPublication } from "../notifications/notify";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { canCreateArticle, canDocumentTask, canEditArticle, type ArticleFacts } from "../auth/policy";
import type { Viewer } from "../auth/viewer";
import { imageAttachmentIdsOf, processContent } from "../content/process-content";
import { imageAttachmentIds } from "./attachments";
import { recordAuditEvent } from "../audit/record-audit-event";
import { enqueueArticleIndexing } from "../search/outbox";
import { publicationDates } from "./verification";
import { statusChoicesForSave } from "./workflow-rules";
import { ARTICLE_STATUS_LABELS } from "./labels";
import { governanceSettings } from "../org/organization-settings";
import { replaceArticleBlocks } from "./article-blocks";
import type { Prisma } from "../db/generated/client";
import type { ZodError } from "zod";
import { articleInputSchema, articleUpdateSchema, fieldErrorsOf, type ArticleInput } from "./article-input";
import { loadReadableArticleFacts } from "./get-article";
import { jsonValue, revisionRecord, type RevisionSnapshot } from "./revision-record";
import { settleWorkingCopyOnPublish, writeWorkingCopy } from "./working-copy";

type Tx = Prisma.TransactionClient;

function parseOrThrow<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(result.error));
  }
  return result.data;
}

/** Refuses links to tasks, units or positions outside the viewer's organization. */
async function assertLinksInOrganization(tx: Tx, viewer: Viewer, input: ArticleInput) {
  const organizationId = viewer.organizationId;
  const [tasks, units, positions] = await Promise.all([
    tx.task.count({ where: { organizationId, id: { in: input.taskIds } } }),
    tx.orgUnit.count({ where: { organizationId, id: { in: input.unitIds } } }),
    tx.position.count({ where: { organizationId, id: { in: input.positionIds } } }),
  ]);
  const unique = (ids: string[]) => new Set(ids).size;
  const fieldErrors: Record<string, string[]> = {};
  if (tasks !== unique(input.taskIds)) fieldErrors.taskIds = ["Eine ausgewählte Aufgabe gibt es nicht (mehr)."];
  if (units !== unique(input.unitIds)) fieldErrors.unitIds = ["Eine ausgewählte Organisationseinheit gibt es nicht (mehr)."];
  if (positions !== unique(input.positionIds)) fieldErrors.positionIds = ["Eine ausgewählte Stelle gibt es nicht (mehr)."];
  if (input.verifierId) {
    const verifier = await tx.user.count({ where: { id: input.verifierId, organizationId, active: true } });
    if (verifier === 0) fieldErrors.verifierId = ["Die ausgewählte prüfende Person gibt es nicht (mehr) oder ihr Konto ist gesperrt."];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw invalid("Bitte prüfen Sie die Verknüpfungen.", fieldErrors);
  }
}

/** What the revision of a saved version keeps. */
const snapshotOf = (version: number, input: ArticleInput, content: ReturnType<typeof processContent>): RevisionSnapshot => ({
  version,
  title: input.title,
  kind: input.kind,
  status: input.status,
  content: jsonValue(content.json),
  contentText: content.text,
});

function linkData(input: ArticleInput) {
  return {
    tasks: { create: [...new Set(input.taskIds)].map((taskId) => ({ taskId })) },
    units: { create: [...new Set(input.unitIds)].map((orgUnitId) => ({ orgUnitId })) },
    positions: { create: [...new Set(input.positionIds)].map((positionId) => ({ positionId })) },
  };
}

/**
 * Refuses a status the viewer may not set by saving (e.g. "Veröffentlicht" under
 * four-eyes approval, or without the publish right). Workflow steps on the
 * article page are the other way to change the status.
 */
async function assertStatusAllowed(viewer: Viewer, article: ArticleFacts | null, input: ArticleInput) {
  const [{ requireFourEyes }, linkedTasks] = await Promise.all([
    governanceSettings(viewer.organizationId),
    db().task.findMany({ where: { organizationId: viewer.organizationId, id: { in: input.taskIds } }, select: { orgUnitId: true } }),
  ]);
  const linksAfterSave = { unitIds: input.unitIds, taskUnitIds: linkedTasks.map((task) => task.orgUnitId) };
  const choices = statusChoicesForSave(viewer, article, linksAfterSave, requireFourEyes);
  if (choices.includes(input.status)) return;
  const message =
    input.status === "PUBLISHED" && requireFourEyes
      ? "In Ihrer Organisation gilt das Vier-Augen-Prinzip: Speichern Sie den Artikel als „In Prüfung“; eine zweite Person gibt ihn frei."
      : `Den Status „${ARTICLE_STATUS_LABELS[input.status]}“ dürfen Sie beim Speichern nicht setzen.`;
  throw forbidden(message, { status: [message] });
}

/** Every image in the text must show an image attachment of this very article. */
async function assertImagesAreAttachments(viewer: Viewer, articleId: string, json: Parameters<typeof imageAttachmentIdsOf>[0]) {
  const used = imageAttachmentIdsOf(json);
  if (used.length === 0) return;
  const available = await imageAttachmentIds(viewer.organizationId, articleId);
  if (used.some((id) => !available.has(id))) {
    throw invalid(
      "Ein Bild im Text gehört nicht (mehr) zu den Anhängen dieses Artikels. Bitte entfernen Sie es oder laden Sie es erneut hoch.",
      { content: ["Bild ohne Anhang"] },
    );
  }
}

/** Checks a new article's input and content and works out what the insert needs (reads only). */
async function prepareNewArticle(viewer: Viewer, rawInput: unknown) {
  const input = parseOrThrow(articleInputSchema, rawInput);
  const content = processContent(input.content);
  if (imageAttachmentIdsOf(content.json).length > 0) {
    throw invalid("Bilder können Sie einfügen, nachdem der Artikel einmal gespeichert ist und die Bilder als Anhang hochgeladen sind.", {
      content: ["Bild ohne Anhang"],
    });
  }
  await assertStatusAllowed(viewer, null, input);
  const { defaultReviewIntervalMonths } = await governanceSettings(viewer.organizationId);
  return { input, content, reviewIntervalMonths: input.reviewIntervalMonths ?? defaultReviewIntervalMonths };
}

/** Writes a prepared new article with its first revision, blocks, outbox row and audit event. */
async function insertArticle(
  tx: Tx,
  viewer: Viewer,
  { input, content, reviewIntervalMonths }: Awaited<ReturnType<typeof prepareNewArticle>>,
) {
  await assertLinksInOrganization(tx, viewer, input);
  const article = await tx.article.create({
    data: {
      organizationId: viewer.organizationId,
      title: input.title,
      kind: input.kind,
      status: input.status,
      version: 1,
      content: jsonValue(content.json),
      contentText: content.text,
      contentHtml: content.html,
      ownerId: viewer.userId,
      createdById: viewer.userId,
      reviewIntervalMonths,
      verifierId: input.verifierId,
      ...publicationDates(input.status, null, reviewIntervalMonths),
      ...linkData(input),
      revisions: { create: revisionRecord(viewer, snapshotOf(1, input, content), input.changeNote || "Angelegt") },
    },
    select: { id: true, organizationId: true, version: true },
  });
  await replaceArticleBlocks(tx, viewer.organizationId, article.id, content.blocks);
  await enqueueArticleIndexing(tx, article);
  if (input.status === "PUBLISHED")
    await notifyWatchersOfPublication(tx, viewer, { id: article.id, title: input.title, change: "published" });
  await recordAuditEvent(tx, viewer, { action: "article.create", entityType: "Article", entityId: article.id });
  return { id: article.id, version: article.version };
}

/** Creates an article (admins, editors, leads). Publishing right away needs the publish right in every linked unit. */
export async function createArticle(viewer: Viewer, rawInput: unknown): Promise<{ id: string; version: number }> {
  if (!canCreateArticle(viewer)) throw forbidden("Sie dürfen keine Artikel anlegen.");
  const prepared = await prepareNewArticle(viewer, rawInput);
  return db().$transaction((tx) => insertArticle(tx, viewer, prepared));
}

/**
 * Creates the documentation of a task by someone who owns or deputises it
 * (journey "Mein Wissen sichern", also for reader accounts), inside the caller's
 * transaction so that checking, creating and linking happen together. It is
 * never published directly: it goes "In Prüfung" and is linked to the task.
 */
export async function createTaskDocumentation(
  tx: Tx,
  viewer: Viewer,
  task: { id: string; organizationId: string; personIds: readonly string[] },
  rawInput: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  if (!canDocumentTask(viewer, task)) throw notFound("Die Aufgabe");
  const prepared = await prepareNewArticle(viewer, { ...rawInput, status: "IN_REVIEW", taskIds: [task.id] });
  return insertArticle(tx, viewer, prepared);
}

/**
 * Saves a new version of an article. The client sends the version it started
 * from; if someone saved in between, nothing is written and a conflict is thrown.
 * A published article saved as draft or for review stays online: the save goes
 * to its working copy (see working-copy.ts) until that is approved.
 */
export async function updateArticle(
  viewer: Viewer,
  rawInput: unknown,
  audit: { auditAction: string; auditData?: Record<string, string | number> } = { auditAction: "article.update" },
): Promise<{ id: string; version: number; workingCopyRevision?: number }> {
  const input = parseOrThrow(articleUpdateSchema, rawInput);
  const facts = await loadReadableArticleFacts(viewer, input.id);
  if (!canEditArticle(viewer, facts)) throw forbidden("Sie dürfen diesen Artikel nicht bearbeiten.");
  await assertStatusAllowed(viewer, facts, input);
  const content = processContent(input.content);
  await assertImagesAreAttachments(viewer, facts.id, content.json);
  return db().$transaction(async (tx) => {
    await assertLinksInOrganization(tx, viewer, input);
    if (facts.status === "PUBLISHED" && input.status !== "PUBLISHED") {
      return writeWorkingCopy(tx, viewer, facts, input, content, audit.auditAction, audit.auditData);
    }
    if (facts.status === "PUBLISHED") await settleWorkingCopyOnPublish(tx, facts, input.workingCopyRevision);
    const current = await tx.article.findUniqueOrThrow({
      where: { id: facts.id, organizationId: facts.organizationId },
      select: { publishedAt: true, reviewIntervalMonths: true },
    });
    const nextVersion = input.version + 1;
    const reviewIntervalMonths = input.reviewIntervalMonths ?? current.reviewIntervalMonths;
    const updated = await tx.article.updateMany({
      where: { id: facts.id, organizationId: viewer.organizationId, version: input.version },
      data: {
        title: input.title,
        kind: input.kind,
        status: input.status,
        version: nextVersion,
        content: jsonValue(content.json),
        contentText: content.text,
        contentHtml: content.html,
        reviewIntervalMonths,
        verifierId: input.verifierId,
        ...(input.requestConfirmation ? { confirmationVersion: nextVersion } : {}),
        ...publicationDates(input.status, current.publishedAt, reviewIntervalMonths),
      },
    });
    if (updated.count === 0) {
      const latest = await tx.article.findUnique({
        where: { id: facts.id, organizationId: facts.organizationId },
        select: {
          version: true,
          revisions: { orderBy: { version: "desc" }, take: 1, select: { author: { select: { displayName: true } } } },
        },
      });
      const who = latest?.revisions[0]?.author.displayName ?? "jemand anderes";
      throw conflict(
        `Dieser Artikel wurde inzwischen von ${who} geändert (jetzt Version ${latest?.version ?? "?"}). ` +
          "Ihre Änderungen wurden nicht gespeichert, sind aber noch im Editor. Öffnen Sie den Artikel in einem neuen Tab, " +
          "übernehmen Sie Ihre Ergänzungen dort und speichern Sie erneut.",
      );
    }
    await tx.articleTask.deleteMany({ where: { articleId: facts.id } });
    await tx.articleUnit.deleteMany({ where: { articleId: facts.id } });
    await tx.articlePosition.deleteMany({ where: { articleId: facts.id } });
    const links = linkData(input);
    await tx.article.update({
      where: { id: facts.id, organizationId: facts.organizationId },
      data: {
        tasks: links.tasks,
        units: links.units,
        positions: links.positions,
        revisions: { create: revisionRecord(viewer, snapshotOf(nextVersion, input, content), input.changeNote || null) },
      },
    });
    await replaceArticleBlocks(tx, viewer.organizationId, facts.id, content.blocks);
    await enqueueArticleIndexing(tx, { id: facts.id, organizationId: viewer.organizationId });
    if (input.status === "PUBLISHED") {
      const change = facts.status === "PUBLISHED" ? "changed" : "published";
      await notifyWatchersOfPublication(tx, viewer, { id: facts.id, title: input.title, change });
    }
    await recordAuditEvent(tx, viewer, {
      action: audit.auditAction,
      entityType: "Article",
      entityId: facts.id,
      data: { version: nextVersion, status: input.status, ...audit.auditData },
    });
    return { id: facts.id, version: nextVersion };
  });
}
