import "server-only";
/**
 * Creating and saving articles. Every save validates the input and the editor
 * content, derives text and HTML, checks the version (optimistic locking),
 * writes a revision, an outbox row for the search index and an audit event, all
 * in one transaction.
 */
import { db } from "../db/client";
import { conflict, forbidden, invalid } from "../errors";
import { canCreateArticle, canEditArticle, canPublishArticle } from "../auth/policy";
import type { Viewer } from "../auth/viewer";
import { processContent } from "../content/process-content";
import { recordAuditEvent } from "../audit/record-audit-event";
import { enqueueArticleIndexing } from "../search/outbox";
import { nextReviewDate } from "./verification";
import type { Prisma } from "../db/generated/client";
import {
  articleInputSchema,
  articleUpdateSchema,
  fieldErrorsOf,
  type ArticleInput,
} from "./article-input";
import { loadReadableArticleFacts } from "./get-article";

type Tx = Prisma.TransactionClient;

const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** Editor JSON is plain JSON data; Prisma's Json input type just cannot see that. */
const jsonValue = (value: unknown) => value as Prisma.InputJsonValue;

function parseOrThrow<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: import("zod").ZodError } }, input: unknown): T {
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
  if (Object.keys(fieldErrors).length > 0) {
    throw invalid("Bitte prüfen Sie die Verknüpfungen.", fieldErrors);
  }
}

function linkData(input: ArticleInput) {
  return {
    tasks: { create: [...new Set(input.taskIds)].map((taskId) => ({ taskId })) },
    units: { create: [...new Set(input.unitIds)].map((orgUnitId) => ({ orgUnitId })) },
    positions: { create: [...new Set(input.positionIds)].map((positionId) => ({ positionId })) },
  };
}

function publicationDates(status: ArticleInput["status"], previouslyPublishedAt: Date | null, intervalMonths: number) {
  if (status !== "PUBLISHED") return {};
  const publishedAt = previouslyPublishedAt ?? new Date();
  return { publishedAt, nextReviewAt: nextReviewDate(new Date(), intervalMonths) };
}

/** Creates an article (admins, editors, leads). Publishing right away needs the publish right. */
export async function createArticle(viewer: Viewer, rawInput: unknown): Promise<{ id: string; version: number }> {
  if (!canCreateArticle(viewer)) throw forbidden("Sie dürfen keine Artikel anlegen.");
  const input = parseOrThrow(articleInputSchema, rawInput);
  const content = processContent(input.content);
  if (input.status === "PUBLISHED" || input.status === "ARCHIVED") {
    const facts = { organizationId: viewer.organizationId, status: input.status, ownerId: viewer.userId, unitIds: input.unitIds };
    if (!canPublishArticle(viewer, facts)) throw forbidden("Sie dürfen diesen Artikel nicht veröffentlichen.");
  }
  return db().$transaction(async (tx) => {
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
        reviewIntervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS,
        ...publicationDates(input.status, null, DEFAULT_REVIEW_INTERVAL_MONTHS),
        ...linkData(input),
        revisions: {
          create: {
            organizationId: viewer.organizationId,
            version: 1,
            title: input.title,
            kind: input.kind,
            status: input.status,
            content: jsonValue(content.json),
            contentText: content.text,
            authorId: viewer.userId,
            changeNote: input.changeNote || "Angelegt",
          },
        },
      },
      select: { id: true, organizationId: true, version: true },
    });
    await enqueueArticleIndexing(tx, article);
    await recordAuditEvent(tx, viewer, { action: "article.create", entityType: "Article", entityId: article.id });
    return { id: article.id, version: article.version };
  });
}

/**
 * Saves a new version of an article. The client sends the version it started
 * from; if someone saved in between, nothing is written and a conflict is thrown.
 */
export async function updateArticle(viewer: Viewer, rawInput: unknown): Promise<{ id: string; version: number }> {
  const input = parseOrThrow(articleUpdateSchema, rawInput);
  const facts = await loadReadableArticleFacts(viewer, input.id);
  if (!canEditArticle(viewer, facts)) throw forbidden("Sie dürfen diesen Artikel nicht bearbeiten.");
  const statusChanges = facts.status !== input.status;
  if (statusChanges && (input.status === "PUBLISHED" || facts.status === "PUBLISHED" || input.status === "ARCHIVED")) {
    if (!canPublishArticle(viewer, { ...facts, unitIds: [...facts.unitIds, ...input.unitIds] })) {
      throw forbidden("Sie dürfen den Status dieses Artikels nicht ändern.");
    }
  }
  const content = processContent(input.content);
  return db().$transaction(async (tx) => {
    await assertLinksInOrganization(tx, viewer, input);
    const current = await tx.article.findUniqueOrThrow({
      where: { id: facts.id },
      select: { publishedAt: true, reviewIntervalMonths: true },
    });
    const nextVersion = input.version + 1;
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
        ...publicationDates(input.status, current.publishedAt, current.reviewIntervalMonths),
      },
    });
    if (updated.count === 0) {
      const latest = await tx.article.findUnique({
        where: { id: facts.id },
        select: { version: true, revisions: { orderBy: { version: "desc" }, take: 1, select: { author: { select: { displayName: true } } } } },
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
      where: { id: facts.id },
      data: {
        tasks: links.tasks,
        units: links.units,
        positions: links.positions,
        revisions: {
          create: {
            organizationId: viewer.organizationId,
            version: nextVersion,
            title: input.title,
            kind: input.kind,
            status: input.status,
            content: jsonValue(content.json),
            contentText: content.text,
            authorId: viewer.userId,
            changeNote: input.changeNote || null,
          },
        },
      },
    });
    await enqueueArticleIndexing(tx, { id: facts.id, organizationId: viewer.organizationId });
    await recordAuditEvent(tx, viewer, {
      action: "article.update",
      entityType: "Article",
      entityId: facts.id,
      data: { version: nextVersion, status: input.status },
    });
    return { id: facts.id, version: nextVersion };
  });
}
