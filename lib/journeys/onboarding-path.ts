import "server-only";
/**
 * Leads (of the position's unit) and admins shape the onboarding path of a
 * position: move items up and down, add tasks, articles and contacts, remove
 * items, or go back to the proposal. The first change stores the proposal as
 * the position's own list. They also keep the unit's glossary. Other people's
 * progress is shown only if the organization allows it (settings page).
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canEditOnboardingPath, canSeeOnboardingProgress, canShapeOnboardingPaths, editableOnboardingPositionsWhere } from "../auth/policy";
import { conflict, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { governanceSettings } from "../org/organization-settings";
import { buildPath, pathItemsOf, progressOf, type PathItem } from "./onboarding";

/** A stable key of an item, sent with every change so a stale page cannot move the wrong item. */
export const itemKey = (item: PathItem) =>
  item.kind === "TASK" ? `TASK:${item.taskId}` : item.kind === "ARTICLE" ? `ARTICLE:${item.articleId}` : `CONTACT:${item.label}`;

const changeSchema = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.enum(["up", "down", "remove"]), index: z.coerce.number().int().min(0), key: z.string() }),
    z.object({ op: z.literal("addTask"), taskId: z.uuid({ error: "Bitte wählen Sie eine Aufgabe." }) }),
    z.object({ op: z.literal("addArticle"), articleId: z.uuid({ error: "Bitte wählen Sie einen Artikel." }) }),
    z.object({
      op: z.literal("addContact"),
      label: z.string().trim().min(2, "Bitte einen Namen angeben (mindestens 2 Zeichen).").max(200, "Name: höchstens 200 Zeichen."),
      details: z.string().trim().max(500, "Erreichbarkeit: höchstens 500 Zeichen.").default(""),
    }),
    z.object({ op: z.literal("reset") }),
  ],
  { error: "Diese Änderung ist nicht möglich." },
);

const glossarySchema = z.object({
  term: z.string().trim().min(1, "Bitte die Abkürzung oder den Begriff angeben.").max(60, "Begriff: höchstens 60 Zeichen."),
  meaning: z.string().trim().min(2, "Bitte die Bedeutung angeben.").max(500, "Bedeutung: höchstens 500 Zeichen."),
});

async function editablePosition(viewer: Viewer, positionId: unknown) {
  const id = z.uuid().safeParse(positionId);
  const position = id.success
    ? await db().position.findFirst({
        where: { id: id.data, organizationId: viewer.organizationId },
        select: { id: true, organizationId: true, orgUnitId: true, title: true, positionNumber: true, orgUnit: { select: { name: true } } },
      })
    : null;
  if (!position || !canEditOnboardingPath(viewer, position)) throw notFound("Die Stelle");
  return position;
}

/** Positions whose path the viewer may shape (leads: their units; admins: all). */
export async function editablePositions(viewer: Viewer) {
  if (!canShapeOnboardingPaths(viewer)) return null;
  const positions = await db().position.findMany({
    where: editableOnboardingPositionsWhere(viewer),
    orderBy: [{ orgUnit: { name: "asc" } }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      positionNumber: true,
      orgUnit: { select: { name: true } },
      _count: { select: { onboardingItems: true, holders: true } },
    },
  });
  return positions.map((position) => ({
    id: position.id,
    title: position.title,
    positionNumber: position.positionNumber,
    unitName: position.orgUnit.name,
    edited: position._count.onboardingItems > 0,
    holders: position._count.holders,
  }));
}

/** Everything the editing page shows: items, what can be added, glossary, and – if allowed – the holders' progress. */
export async function onboardingPathEditor(viewer: Viewer, positionId: unknown) {
  const position = await editablePosition(viewer, positionId);
  const [{ items, edited }, tasks, articles, glossary, settings, holders] = await Promise.all([
    pathItemsOf(viewer.organizationId, position.id),
    db().task.findMany({
      where: { organizationId: viewer.organizationId, orgUnitId: position.orgUnitId },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
    db().article.findMany({
      where: { organizationId: viewer.organizationId, status: "PUBLISHED" },
      orderBy: { title: "asc" },
      take: 1000,
      select: { id: true, title: true },
    }),
    db().glossaryEntry.findMany({
      where: { organizationId: viewer.organizationId, orgUnitId: position.orgUnitId },
      orderBy: { term: "asc" },
      select: { id: true, term: true, meaning: true },
    }),
    governanceSettings(viewer.organizationId),
    db().personPosition.findMany({
      where: { positionId: position.id },
      select: { person: { select: { firstName: true, lastName: true, user: { select: { id: true } } } } },
    }),
  ]);
  const inPath = new Set(items.map(itemKey));
  let progress: { name: string; read: number; practised: number; total: number }[] | null = null;
  if (canSeeOnboardingProgress(viewer, position, settings.leadsSeeOnboardingProgress)) {
    const path = await buildPath(viewer.organizationId, [position.id]);
    progress = [];
    for (const holder of holders) {
      const ticks = holder.person.user ? await progressOf(viewer.organizationId, holder.person.user.id, path.articleIds) : new Map();
      progress.push({
        name: `${holder.person.firstName} ${holder.person.lastName}`,
        total: path.articleIds.length,
        read: [...ticks.values()].filter((tick) => tick.read).length,
        practised: [...ticks.values()].filter((tick) => tick.practised).length,
      });
    }
    progress.sort((a, b) => a.name.localeCompare(b.name, "de"));
  }
  return {
    position: {
      id: position.id,
      title: position.title,
      positionNumber: position.positionNumber,
      unitName: position.orgUnit.name,
      unitId: position.orgUnitId,
    },
    items: items.map((item) => ({ ...item, key: itemKey(item) })),
    edited,
    addableTasks: tasks.filter((task) => !inPath.has(`TASK:${task.id}`)),
    addableArticles: articles.filter((article) => !inPath.has(`ARTICLE:${article.id}`)),
    glossary,
    progress,
    leadsMaySeeProgress: settings.leadsSeeOnboardingProgress,
  };
}

/** Applies one change to the position's path and stores the whole list (one transaction, serialized per position). */
export async function changeOnboardingPath(viewer: Viewer, positionId: unknown, raw: unknown): Promise<void> {
  const position = await editablePosition(viewer, positionId);
  const parsed = changeSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0].message);
  const change = parsed.data;
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`onboarding-path:${position.id}`}))`;
    if (change.op === "reset") {
      await tx.onboardingPathItem.deleteMany({ where: { organizationId: viewer.organizationId, positionId: position.id } });
    } else {
      const { items } = await pathItemsOf(viewer.organizationId, position.id, tx);
      if (change.op === "up" || change.op === "down" || change.op === "remove") {
        if (items[change.index] === undefined || itemKey(items[change.index]) !== change.key)
          throw conflict("Der Einarbeitungsweg wurde inzwischen geändert. Bitte laden Sie die Seite neu.");
        const [item] = items.splice(change.index, 1);
        if (change.op !== "remove")
          items.splice(Math.max(0, Math.min(items.length, change.index + (change.op === "up" ? -1 : 1))), 0, item);
      } else if (change.op === "addTask") {
        const task = await tx.task.findFirst({
          where: { id: change.taskId, organizationId: viewer.organizationId },
          select: { id: true, title: true },
        });
        if (!task) throw invalid("Diese Aufgabe gibt es nicht.");
        if (items.some((item) => item.kind === "TASK" && item.taskId === task.id))
          throw invalid("Diese Aufgabe steht schon im Einarbeitungsweg.");
        items.push({ kind: "TASK", taskId: task.id, title: task.title });
      } else if (change.op === "addArticle") {
        const article = await tx.article.findFirst({
          where: { id: change.articleId, organizationId: viewer.organizationId, status: "PUBLISHED" },
          select: { id: true, title: true },
        });
        if (!article) throw invalid("Diesen veröffentlichten Artikel gibt es nicht.");
        if (items.some((item) => item.kind === "ARTICLE" && item.articleId === article.id))
          throw invalid("Dieser Artikel steht schon im Einarbeitungsweg.");
        items.push({ kind: "ARTICLE", articleId: article.id, title: article.title });
      } else if (change.op === "addContact") {
        if (items.some((item) => item.kind === "CONTACT" && item.label === change.label))
          throw invalid("Diese Ansprechperson steht schon im Einarbeitungsweg.");
        items.push({ kind: "CONTACT", label: change.label, details: change.details });
      }
      await tx.onboardingPathItem.deleteMany({ where: { organizationId: viewer.organizationId, positionId: position.id } });
      await tx.onboardingPathItem.createMany({
        data: items.map((item, sortOrder) => ({
          organizationId: viewer.organizationId,
          positionId: position.id,
          sortOrder,
          kind: item.kind,
          taskId: item.kind === "TASK" ? item.taskId : null,
          articleId: item.kind === "ARTICLE" ? item.articleId : null,
          label: item.kind === "CONTACT" ? item.label : "",
          details: item.kind === "CONTACT" ? item.details : "",
        })),
      });
    }
    await recordAuditEvent(tx, viewer, {
      action: "onboarding.path-change",
      entityType: "Position",
      entityId: position.id,
      data: { op: change.op },
    });
  });
}

/** Adds a glossary entry to the position's unit. */
export async function addGlossaryEntry(viewer: Viewer, positionId: unknown, raw: unknown): Promise<void> {
  const position = await editablePosition(viewer, positionId);
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0].message);
  const exists = await db().glossaryEntry.findUnique({
    where: { orgUnitId_term: { orgUnitId: position.orgUnitId, term: parsed.data.term }, organizationId: viewer.organizationId },
    select: { id: true },
  });
  if (exists) throw invalid(`„${parsed.data.term}“ steht schon im Glossar.`);
  await db().$transaction(async (tx) => {
    const entry = await tx.glossaryEntry.create({
      data: { organizationId: viewer.organizationId, orgUnitId: position.orgUnitId, ...parsed.data },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, { action: "glossary.add", entityType: "GlossaryEntry", entityId: entry.id });
  });
}

export async function removeGlossaryEntry(viewer: Viewer, positionId: unknown, entryId: unknown): Promise<void> {
  const position = await editablePosition(viewer, positionId);
  const id = z.uuid().safeParse(entryId);
  await db().$transaction(async (tx) => {
    const removed = id.success
      ? await tx.glossaryEntry.deleteMany({ where: { id: id.data, organizationId: viewer.organizationId, orgUnitId: position.orgUnitId } })
      : { count: 0 };
    if (removed.count === 0) throw notFound("Der Glossareintrag");
    await recordAuditEvent(tx, viewer, { action: "glossary.remove", entityType: "GlossaryEntry", entityId: id.data! });
  });
}
