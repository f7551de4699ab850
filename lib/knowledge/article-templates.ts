import "server-only";
/**
 * Article templates of an organization. Every organization starts with the four
 * built-in templates (created on first use from templates.ts); admins edit them,
 * add their own, and choose a default template per unit, which is preselected
 * when someone of that unit writes a new article.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { canManageTemplates } from "../auth/policy";
import { forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { imageAttachmentIdsOf, processContent } from "../content/process-content";
import type { TiptapNodeJson } from "../content/document-schema";
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS, type ArticleKind } from "./labels";
import { templateDocument } from "./templates";
import { splitTemplateGuidance } from "./template-guidance";
import { fieldErrorsOf } from "./article-input";

export interface TemplateSummary {
  id: string;
  name: string;
  kind: ArticleKind;
  builtIn: boolean;
  updatedAt: Date;
}

/** Editor JSON is plain JSON data; Prisma's Json input type just cannot see that. */
const jsonValue = (value: TiptapNodeJson) => value as unknown as Prisma.InputJsonValue;

const summarySelect = { id: true, name: true, kind: true, builtInKind: true, updatedAt: true } as const;
const toSummary = (row: {
  id: string;
  name: string;
  kind: ArticleKind;
  builtInKind: ArticleKind | null;
  updatedAt: Date;
}): TemplateSummary => ({ id: row.id, name: row.name, kind: row.kind, builtIn: row.builtInKind !== null, updatedAt: row.updatedAt });

/** Creates the built-in templates the organization does not have yet (idempotent, safe under concurrency). */
export async function ensureBuiltInTemplates(organizationId: string): Promise<void> {
  const existing = await db().articleTemplate.count({ where: { organizationId, builtInKind: { not: null } } });
  if (existing === ARTICLE_KINDS.length) return;
  await db().articleTemplate.createMany({
    data: ARTICLE_KINDS.map((kind) => ({
      organizationId,
      kind,
      builtInKind: kind,
      name: ARTICLE_KIND_LABELS[kind],
      content: jsonValue(processContent(templateDocument(kind)).json),
    })),
    skipDuplicates: true,
  });
}

/** All templates of the viewer's organization, built-in ones first (for authors and admins). */
export async function listTemplates(viewer: Viewer): Promise<TemplateSummary[]> {
  await ensureBuiltInTemplates(viewer.organizationId);
  const rows = await db().articleTemplate.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: [{ builtInKind: { sort: "asc", nulls: "last" } }, { name: "asc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

const idSchema = z.uuid();

/** One template with its content, for the template editor (admins). */
export async function getTemplateForEditing(viewer: Viewer, id: unknown) {
  if (!canManageTemplates(viewer)) throw notFound("Die Vorlage");
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound("Die Vorlage");
  const row = await db().articleTemplate.findFirst({ where: { id: parsed.data, organizationId: viewer.organizationId } });
  if (!row) throw notFound("Die Vorlage");
  return { ...toSummary(row), content: row.content as unknown as TiptapNodeJson };
}

const templateInputSchema = z.object({
  id: z.uuid().optional(),
  name: z
    .string({ error: "Bitte einen Namen eingeben." })
    .trim()
    .min(3, "Der Name muss mindestens 3 Zeichen lang sein.")
    .max(120, "Höchstens 120 Zeichen."),
  kind: z.enum(ARTICLE_KINDS, { error: "Bitte eine Wissensart auswählen." }),
  content: z.unknown(),
});

/** Creates or changes a template (admins). Built-in templates keep their kind. */
export async function saveTemplate(viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  if (!canManageTemplates(viewer)) throw forbidden("Nur die Administration darf Vorlagen bearbeiten.");
  const parsed = templateInputSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const { id, name, kind } = parsed.data;
  const processed = processContent(parsed.data.content);
  if (imageAttachmentIdsOf(processed.json).length > 0)
    throw invalid("Vorlagen können keine Bilder enthalten – Bilder gehören als Anhang zu einem Artikel.", {
      content: ["Bild in der Vorlage"],
    });
  const content = jsonValue(processed.json);
  return db().$transaction(async (tx) => {
    let saved: { id: string };
    if (id) {
      const existing = await tx.articleTemplate.findFirst({
        where: { id, organizationId: viewer.organizationId },
        select: { builtInKind: true },
      });
      if (!existing) throw notFound("Die Vorlage");
      saved = await tx.articleTemplate.update({
        where: { id, organizationId: viewer.organizationId },
        data: { name, content, updatedById: viewer.userId, kind: existing.builtInKind ?? kind },
        select: { id: true },
      });
    } else {
      saved = await tx.articleTemplate.create({
        data: { organizationId: viewer.organizationId, name, kind, content, updatedById: viewer.userId },
        select: { id: true },
      });
    }
    await recordAuditEvent(tx, viewer, {
      action: id ? "template.update" : "template.create",
      entityType: "ArticleTemplate",
      entityId: saved.id,
      data: { name, kind },
    });
    return saved;
  });
}

/** Deletes an organization's own template (built-in ones stay); units that used it as default fall back to none. */
export async function deleteTemplate(viewer: Viewer, id: unknown): Promise<void> {
  if (!canManageTemplates(viewer)) throw forbidden("Nur die Administration darf Vorlagen löschen.");
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound("Die Vorlage");
  await db().$transaction(async (tx) => {
    const existing = await tx.articleTemplate.findFirst({
      where: { id: parsed.data, organizationId: viewer.organizationId },
      select: { builtInKind: true, name: true },
    });
    if (!existing) throw notFound("Die Vorlage");
    if (existing.builtInKind) throw forbidden("Die mitgelieferten Vorlagen können bearbeitet, aber nicht gelöscht werden.");
    await tx.articleTemplate.delete({ where: { id: parsed.data, organizationId: viewer.organizationId } });
    await recordAuditEvent(tx, viewer, {
      action: "template.delete",
      entityType: "ArticleTemplate",
      entityId: parsed.data,
      data: { name: existing.name },
    });
  });
}

/** Units with their default template, for the admin page. */
export async function unitTemplateDefaults(viewer: Viewer) {
  if (!canManageTemplates(viewer)) throw notFound("Die Seite");
  return db().orgUnit.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, defaultTemplateId: true },
  });
}

const defaultsSchema = z.array(z.object({ unitId: z.uuid(), templateId: z.union([z.uuid(), z.literal("")]) })).max(2000);

/** Sets the default template of units ("" = none); units and templates must belong to the organization. */
export async function setUnitTemplateDefaults(viewer: Viewer, raw: unknown): Promise<number> {
  if (!canManageTemplates(viewer)) throw forbidden("Nur die Administration darf Standardvorlagen festlegen.");
  const parsed = defaultsSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Die Auswahl ist ungültig. Bitte laden Sie die Seite neu.");
  const organizationId = viewer.organizationId;
  return db().$transaction(async (tx) => {
    const templateIds = [...new Set(parsed.data.map((entry) => entry.templateId).filter(Boolean))];
    const unitIds = parsed.data.map((entry) => entry.unitId);
    const [templates, units] = await Promise.all([
      tx.articleTemplate.count({ where: { organizationId, id: { in: templateIds } } }),
      tx.orgUnit.count({ where: { organizationId, id: { in: unitIds } } }),
    ]);
    if (templates !== templateIds.length || units !== new Set(unitIds).size)
      throw invalid("Eine Organisationseinheit oder Vorlage gibt es nicht (mehr).");
    for (const entry of parsed.data) {
      await tx.orgUnit.update({
        where: { id: entry.unitId, organizationId: viewer.organizationId },
        data: { defaultTemplateId: entry.templateId || null },
      });
    }
    await recordAuditEvent(tx, viewer, {
      action: "template.unit-defaults",
      entityType: "Organization",
      entityId: organizationId,
      data: { units: parsed.data.length },
    });
    return parsed.data.length;
  });
}

/**
 * The template for the new-article page: the one asked for (id, or a kind for
 * its built-in template), otherwise the default of the author's own unit (from
 * their position), otherwise none. Also returns the author's unit to preselect it.
 */
export async function templateForNewArticle(viewer: Viewer, requested: string | undefined) {
  await ensureBuiltInTemplates(viewer.organizationId);
  const organizationId = viewer.organizationId;
  const home = await db().user.findUnique({
    where: { id: viewer.userId, organizationId },
    select: {
      person: {
        select: {
          positions: { take: 1, select: { position: { select: { orgUnit: { select: { id: true, defaultTemplateId: true } } } } } },
        },
      },
    },
  });
  const homeUnit = home?.person?.positions[0]?.position.orgUnit ?? null;
  let where: Prisma.ArticleTemplateWhereInput | null = null;
  if (requested && idSchema.safeParse(requested).success) where = { id: requested };
  else if (requested && (ARTICLE_KINDS as readonly string[]).includes(requested)) where = { builtInKind: requested as ArticleKind };
  else if (!requested && homeUnit?.defaultTemplateId) where = { id: homeUnit.defaultTemplateId };
  const template = where
    ? await db().articleTemplate.findFirst({ where: { ...where, organizationId }, select: { ...summarySelect, content: true } })
    : null;
  return {
    // The template's guidance is not the author's text: empty paragraphs in the document, guidance beside it.
    template: template ? { ...toSummary(template), ...splitTemplateGuidance(template.content as unknown as TiptapNodeJson) } : null,
    fromUnitDefault: !requested && template !== null,
    homeUnitId: homeUnit?.id ?? null,
  };
}
