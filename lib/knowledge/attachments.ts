import "server-only";
/**
 * Images and attachments of articles: size-limited, type-checked by content,
 * stored outside the database, served only to users who may read the article.
 * Adding and removing is for whoever may edit the article; both are audited.
 */
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canEditArticle } from "../auth/policy";
import { forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getEnv } from "../env";
import { ALLOWED_TYPES_TEXT, detectFileType } from "../attachments/file-types";
import { readAttachment, removeAttachment, storeAttachment } from "../attachments/attachment-store";
import { loadReadableArticleFacts } from "./get-article";
import { withoutInvisibleCharacters } from "../content/invisible-characters";

export interface AttachmentSummary {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  description: string | null;
  image: boolean;
  uploadedBy: string | null;
  createdAt: Date;
}

const descriptionSchema = z.string().trim().max(300, "Die Beschreibung darf höchstens 300 Zeichen lang sein.");

/** Keeps a readable file name without path parts, quotes or invisible characters (a bidi override would fake the extension). */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "datei";
  return withoutInvisibleCharacters(base).replace(/"/g, "").trim().slice(0, 200) || "datei";
}

export async function addAttachment(
  viewer: Viewer,
  articleId: unknown,
  file: { name: string; bytes: Uint8Array },
  rawDescription: unknown = "",
) {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  if (!canEditArticle(viewer, facts)) throw forbidden("Anhänge hinzufügen darf, wer den Artikel bearbeiten darf.");
  const maxMb = getEnv().ATTACHMENT_MAX_MB;
  if (file.bytes.length === 0) throw invalid("Die Datei ist leer.", { file: ["Die Datei ist leer."] });
  if (file.bytes.length > maxMb * 1024 * 1024) {
    throw invalid(`Die Datei ist zu groß. Erlaubt sind höchstens ${maxMb} MB.`, { file: [`Höchstens ${maxMb} MB.`] });
  }
  const fileName = cleanFileName(file.name);
  const type = detectFileType(fileName, file.bytes);
  if (!type) {
    const message = `Dieser Dateityp ist nicht erlaubt oder der Inhalt passt nicht zur Endung. Erlaubt sind ${ALLOWED_TYPES_TEXT}.`;
    throw invalid(message, { file: [message] });
  }
  const description = descriptionSchema.safeParse(typeof rawDescription === "string" ? rawDescription : "");
  if (!description.success) throw invalid(description.error.issues[0].message, { description: [description.error.issues[0].message] });
  const id = randomUUID();
  await storeAttachment(viewer.organizationId, id, file.bytes);
  try {
    return await db().$transaction(async (tx) => {
      const created = await tx.articleAttachment.create({
        data: {
          id,
          organizationId: viewer.organizationId,
          articleId: facts.id,
          fileName,
          contentType: type.contentType,
          size: file.bytes.length,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          description: description.data || null,
          uploadedById: viewer.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, viewer, {
        action: "article.attachment-add",
        entityType: "Article",
        entityId: facts.id,
        data: { attachmentId: id, fileName, size: file.bytes.length },
      });
      return created;
    });
  } catch (error) {
    // Nothing may stay behind when the database refuses.
    await removeAttachment(viewer.organizationId, id);
    throw error;
  }
}

/**
 * An image pasted or dropped into the editor: stored as an attachment of the
 * article in one step (same checks as any upload), refused if it is not a
 * raster image (PNG, JPEG, GIF, WebP). The file name is what the editor shows.
 */
export async function addEditorImage(viewer: Viewer, articleId: unknown, file: { name: string; bytes: Uint8Array }) {
  const type = detectFileType(cleanFileName(file.name), file.bytes);
  if (type && !type.image) {
    throw invalid("In den Text lassen sich nur Bilder einfügen (PNG, JPEG, GIF oder WebP). Andere Dateien laden Sie unter „Anhänge“ hoch.");
  }
  const { id } = await addAttachment(viewer, articleId, file);
  return { id, fileName: cleanFileName(file.name) };
}

/** Attachments of an article the viewer may read. */
export async function listAttachments(viewer: Viewer, articleId: unknown): Promise<AttachmentSummary[]> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  const rows = await db().articleAttachment.findMany({
    where: { articleId: facts.id, organizationId: viewer.organizationId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      size: true,
      description: true,
      createdAt: true,
      uploadedBy: { select: { displayName: true } },
    },
  });
  return rows.map((row) => ({ ...row, image: row.contentType.startsWith("image/"), uploadedBy: row.uploadedBy?.displayName ?? null }));
}

const idSchema = z.uuid();

async function attachmentOf(viewer: Viewer, attachmentId: unknown) {
  const parsed = idSchema.safeParse(attachmentId);
  if (!parsed.success) throw notFound("Der Anhang");
  const row = await db().articleAttachment.findFirst({
    where: { id: parsed.data, organizationId: viewer.organizationId },
    select: { id: true, articleId: true, fileName: true, contentType: true, size: true },
  });
  if (!row) throw notFound("Der Anhang");
  // Throws not-found when the viewer may not read the article (e.g. a reader and a draft).
  const facts = await loadReadableArticleFacts(viewer, row.articleId).catch(() => {
    throw notFound("Der Anhang");
  });
  return { row, facts };
}

/** The file for download or display: only for viewers who may read its article. */
export async function openAttachment(viewer: Viewer, attachmentId: unknown) {
  const { row } = await attachmentOf(viewer, attachmentId);
  const bytes = await readAttachment(viewer.organizationId, row.id);
  return { fileName: row.fileName, contentType: row.contentType, bytes };
}

/** Removes an attachment (editors of the article); images pointing to it show their alternative text. */
export async function deleteAttachment(viewer: Viewer, attachmentId: unknown): Promise<{ articleId: string }> {
  const { row, facts } = await attachmentOf(viewer, attachmentId);
  if (!canEditArticle(viewer, facts)) throw forbidden("Anhänge entfernen darf, wer den Artikel bearbeiten darf.");
  await db().$transaction(async (tx) => {
    await tx.articleAttachment.delete({ where: { id: row.id, organizationId: viewer.organizationId } });
    await recordAuditEvent(tx, viewer, {
      action: "article.attachment-delete",
      entityType: "Article",
      entityId: row.articleId,
      data: { attachmentId: row.id, fileName: row.fileName },
    });
  });
  await removeAttachment(viewer.organizationId, row.id);
  return { articleId: row.articleId };
}

/** Ids of image attachments of an article, for checking the images placed in its text. */
export async function imageAttachmentIds(organizationId: string, articleId: string): Promise<Set<string>> {
  const rows = await db().articleAttachment.findMany({
    where: { organizationId, articleId, contentType: { startsWith: "image/" } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
