import "server-only";
/**
 * Finding, reading and adopting shared instructions. Every signed-in person
 * of a member municipality may read what the Verbund shares; whoever may
 * write articles may take one over as a draft linked to one of their own
 * tasks – a copy with its provenance, never a link into the other
 * municipality. When the source shares a newer version, the adopter is
 * notified (sharing.ts) and sees the differences here.
 */
import { z } from "zod";
import { db, systemDb } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canCreateArticle, canEditArticle } from "../auth/policy";
import { forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { createArticle } from "../knowledge/save-article";
import { loadReadableArticleFacts } from "../knowledge/get-article";
import type { TiptapNodeJson } from "../content/document-schema";
import { documentLines } from "../content/document-lines";
import { diffDocumentLines, type DiffLine } from "../content/text-diff";
import { verbundStatus } from "./participation";
import { LICENCES, type LicenceKey } from "./sharing";

async function requireMember(viewer: Viewer) {
  if (!(await verbundStatus(viewer)).member) throw notFound("Der Wissensverbund");
}

export interface SharedInstructionSummary {
  id: string;
  title: string;
  /** The sharing municipality (named on purpose: it chose to share, and is credited). */
  attribution: string;
  contactRole: string;
  licence: LicenceKey;
  version: number;
  sharedAt: Date | null;
  ownMunicipality: boolean;
}

const SUMMARY_SELECT = {
  id: true,
  title: true,
  attribution: true,
  contactRole: true,
  licence: true,
  version: true,
  sharedAt: true,
  sourceOrganizationId: true,
} as const;

const summaryOf = (viewer: Viewer, row: { sourceOrganizationId: string } & Omit<SharedInstructionSummary, "ownMunicipality">) => {
  const { sourceOrganizationId, ...rest } = row;
  return { ...rest, ownMunicipality: sourceOrganizationId === viewer.organizationId };
};

/** Number of shared instructions per catalogue entry (for the Verbund overview). */
export async function sharedCountsByEntry(): Promise<Map<string, number>> {
  const rows = await systemDb().sharedInstruction.groupBy({ by: ["catalogTaskId"], where: { status: "SHARED" }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.catalogTaskId, row._count._all]));
}

/** Members: the catalogue entry with the instructions shared for it and who to contact (a role). */
export async function sharedInstructionsForEntry(viewer: Viewer, catalogTaskId: unknown) {
  await requireMember(viewer);
  const id = z.string().uuid().safeParse(catalogTaskId);
  if (!id.success) throw notFound("Die Musteraufgabe");
  const entry = await systemDb().catalogTask.findUnique({
    where: { id: id.data },
    select: { id: true, key: true, title: true, legalBasis: true },
  });
  if (!entry) throw notFound("Die Musteraufgabe");
  const rows = await systemDb().sharedInstruction.findMany({
    where: { catalogTaskId: entry.id, status: "SHARED" },
    orderBy: { sharedAt: "desc" },
    select: SUMMARY_SELECT,
  });
  return { entry, instructions: rows.map((row) => summaryOf(viewer, row)) };
}

/** Members: one shared instruction (only while it is shared). */
export async function readSharedInstruction(viewer: Viewer, id: unknown) {
  await requireMember(viewer);
  const parsed = z.string().uuid().safeParse(id);
  if (!parsed.success) throw notFound("Die Anleitung");
  const row = await systemDb().sharedInstruction.findFirst({
    where: { id: parsed.data, status: "SHARED" },
    select: { ...SUMMARY_SELECT, contentHtml: true, catalogTask: { select: { id: true, key: true, title: true } } },
  });
  if (!row) throw notFound("Die Anleitung");
  const { contentHtml, catalogTask, ...summary } = row;
  const ownTasks = canCreateArticle(viewer)
    ? await db().task.findMany({
        where: { organizationId: viewer.organizationId },
        orderBy: [{ catalogTaskId: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        select: { id: true, title: true, catalogTaskId: true },
      })
    : [];
  return {
    ...summaryOf(viewer, summary),
    contentHtml,
    catalogTask,
    licenceLabel: LICENCES[summary.licence].label,
    licenceUrl: LICENCES[summary.licence].url,
    /** Own tasks to link an adopted draft to, those mapped to the same entry first. */
    ownTasks: ownTasks
      .map((task) => ({ id: task.id, title: task.title, sameEntry: task.catalogTaskId === catalogTask.id }))
      .sort((a, b) => Number(b.sameEntry) - Number(a.sameEntry)),
  };
}

const adoptSchema = z.object({ id: z.string().uuid(), taskId: z.string().uuid({ message: "Bitte wählen Sie Ihre Aufgabe." }) });

/**
 * Writers of a member municipality: takes a shared instruction over as a new
 * draft linked to one of their tasks, with the attribution at its top and its
 * provenance recorded. Not from their own municipality (that is their own article).
 */
export async function adoptSharedInstruction(viewer: Viewer, raw: unknown): Promise<{ articleId: string }> {
  if (!canCreateArticle(viewer)) throw forbidden("Sie dürfen keine Artikel anlegen.");
  await requireMember(viewer);
  const parsed = adoptSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "Bitte wählen Sie Ihre Aufgabe.");
  const shared = await systemDb().sharedInstruction.findFirst({
    where: { id: parsed.data.id, status: "SHARED" },
    select: {
      id: true,
      lineageId: true,
      version: true,
      title: true,
      content: true,
      contentText: true,
      attribution: true,
      licence: true,
      sourceOrganizationId: true,
    },
  });
  if (!shared) throw notFound("Die Anleitung");
  if (shared.sourceOrganizationId === viewer.organizationId) throw invalid("Diese Anleitung stammt aus Ihrer eigenen Kommune.");
  const task = await db().task.findFirst({
    where: { id: parsed.data.taskId, organizationId: viewer.organizationId },
    select: { id: true },
  });
  if (!task) throw notFound("Die Aufgabe");
  const content = shared.content as unknown as TiptapNodeJson;
  const attribution: TiptapNodeJson = {
    type: "paragraph",
    content: [
      {
        type: "text",
        text: `Übernommen aus dem Wissensverbund: „${shared.title}“ von ${shared.attribution}, Fassung ${shared.version}, Lizenz ${LICENCES[shared.licence].label}. Bitte an die eigene Verwaltung anpassen.`,
      },
    ],
  };
  const { id: articleId } = await createArticle(viewer, {
    title: shared.title,
    kind: "PROCEDURE",
    status: "DRAFT",
    content: { type: "doc", content: [attribution, ...(content.content ?? [])] },
    taskIds: [task.id],
    unitIds: [],
    positionIds: [],
  });
  await db().$transaction(async (tx) => {
    await tx.adoptedInstruction.create({
      data: {
        organizationId: viewer.organizationId,
        articleId,
        lineageId: shared.lineageId,
        sharedInstructionId: shared.id,
        adoptedVersion: shared.version,
        adoptedText: shared.contentText,
      },
    });
    await recordAuditEvent(tx, viewer, {
      action: "verbund.adopted",
      entityType: "Article",
      entityId: articleId,
      data: { version: shared.version },
    });
  });
  return { articleId };
}

/** Provenance of an adopted article, for its page (null when it was not adopted). */
export async function adoptionOf(viewer: Viewer, articleId: string) {
  const adoption = await db().adoptedInstruction.findFirst({
    where: { organizationId: viewer.organizationId, articleId },
    select: { adoptedVersion: true, lineageId: true, sharedInstruction: { select: { title: true, attribution: true, licence: true } } },
  });
  if (!adoption) return null;
  const current = await systemDb().sharedInstruction.findFirst({
    where: { lineageId: adoption.lineageId, status: "SHARED" },
    select: { id: true, version: true },
  });
  return {
    adoptedVersion: adoption.adoptedVersion,
    title: adoption.sharedInstruction?.title ?? null,
    attribution: adoption.sharedInstruction?.attribution ?? null,
    licenceLabel: adoption.sharedInstruction ? LICENCES[adoption.sharedInstruction.licence].label : null,
    newerVersion: current && current.version > adoption.adoptedVersion ? current : null,
  };
}

/**
 * Whoever may edit the adopted article: the differences between the version it
 * was taken from and the version now shared, line by line.
 */
export async function adoptionDifferences(
  viewer: Viewer,
  raw: unknown,
): Promise<{ title: string; from: number; to: number; lines: DiffLine[]; articleId: string }> {
  const parsed = z.object({ articleId: z.string().uuid() }).safeParse(raw);
  if (!parsed.success) throw notFound("Der Artikel");
  const facts = await loadReadableArticleFacts(viewer, parsed.data.articleId);
  if (!canEditArticle(viewer, facts)) throw notFound("Der Artikel");
  const adoption = await db().adoptedInstruction.findFirst({
    where: { organizationId: viewer.organizationId, articleId: facts.id },
    select: { sharedInstruction: { select: { content: true, version: true } }, lineageId: true, adoptedText: true, adoptedVersion: true },
  });
  if (!adoption) throw notFound("Die Übernahme");
  const current = await systemDb().sharedInstruction.findFirst({
    where: { lineageId: adoption.lineageId, status: "SHARED" },
    select: { title: true, content: true, version: true },
  });
  if (!current) throw notFound("Die geteilte Anleitung");
  const before = adoption.sharedInstruction
    ? documentLines(adoption.sharedInstruction.content as unknown as TiptapNodeJson)
    : adoption.adoptedText.split("\n").map((text) => ({ kind: "text" as const, text }));
  return {
    title: current.title,
    from: adoption.adoptedVersion,
    to: current.version,
    lines: diffDocumentLines(before, documentLines(current.content as unknown as TiptapNodeJson)),
    articleId: facts.id,
  };
}

/** After working the changes in: the adopted article now follows the current shared version. */
export async function acknowledgeAdoptionUpdate(viewer: Viewer, raw: unknown): Promise<void> {
  const { articleId } = await adoptionDifferences(viewer, raw);
  const adoption = await db().adoptedInstruction.findFirstOrThrow({
    where: { organizationId: viewer.organizationId, articleId },
    select: { lineageId: true },
  });
  const current = await systemDb().sharedInstruction.findFirstOrThrow({
    where: { lineageId: adoption.lineageId, status: "SHARED" },
    select: { id: true, version: true, contentText: true },
  });
  await db().adoptedInstruction.update({
    where: { articleId, organizationId: viewer.organizationId },
    data: { sharedInstructionId: current.id, adoptedVersion: current.version, adoptedText: current.contentText },
  });
}
