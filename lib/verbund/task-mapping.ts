import "server-only";
/**
 * Mapping a municipality's tasks to the Verbund catalogue (page "Aufgaben
 * zuordnen"): a page of tasks with suggestions, and saving many mappings at
 * once. Those who keep the task list may do it (admins and HR); every task is
 * looked up inside the viewer's municipality.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canMapCatalogueTasks } from "../auth/policy";
import { invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { listCatalogue, type CatalogueEntry } from "./catalogue";
import { prepareCatalogue, suggestCatalogueEntries, type Suggestion } from "./mapping-suggestions";
import { refreshVerbundContribution } from "./participation";

export const MAPPING_PAGE_SIZE = 50;

export const mappingFilterSchema = z.object({
  zeige: z.enum(["offen", "alle"]).catch("offen"),
  einheit: z.string().uuid().optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export interface TaskToMapRow {
  id: string;
  taskNumber: string | null;
  title: string;
  unitName: string;
  legalBasis: string | null;
  catalogTaskId: string | null;
  suggestions: Suggestion[];
}

export interface MappingPage {
  tasks: TaskToMapRow[];
  /** Tasks matching the filter in all (for paging). */
  total: number;
  mapped: number;
  unmapped: number;
  page: number;
  pageCount: number;
  units: { id: string; name: string }[];
  /** Active entries to choose from, plus retired ones still mapped on this page. */
  catalogue: CatalogueEntry[];
}

/** Admins and HR: one page of the municipality's tasks with up to three suggestions each. */
export async function tasksForMapping(viewer: Viewer, raw: unknown): Promise<MappingPage> {
  if (!canMapCatalogueTasks(viewer)) throw notFound("Die Zuordnung");
  const filter = mappingFilterSchema.parse(raw ?? {});
  const organizationId = viewer.organizationId;
  const where = {
    organizationId,
    ...(filter.zeige === "offen" ? { catalogTaskId: null } : {}),
    ...(filter.einheit ? { orgUnitId: filter.einheit } : {}),
  };
  const [total, mapped, all, units, catalogue] = await Promise.all([
    db().task.count({ where }),
    db().task.count({ where: { organizationId, catalogTaskId: { not: null } } }),
    db().task.count({ where: { organizationId } }),
    db().orgUnit.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listCatalogue({ includeRetired: true }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / MAPPING_PAGE_SIZE));
  const page = Math.min(filter.seite, pageCount);
  const tasks = await db().task.findMany({
    where,
    orderBy: [{ orgUnit: { name: "asc" } }, { title: "asc" }, { id: "asc" }],
    skip: (page - 1) * MAPPING_PAGE_SIZE,
    take: MAPPING_PAGE_SIZE,
    select: {
      id: true,
      taskNumber: true,
      title: true,
      description: true,
      legalBasis: true,
      catalogTaskId: true,
      orgUnit: { select: { name: true } },
    },
  });
  const active = catalogue.filter((entry) => entry.active);
  const prepared = prepareCatalogue(active);
  const onPage = new Set(tasks.map((task) => task.catalogTaskId));
  return {
    tasks: tasks.map((task) => ({
      id: task.id,
      taskNumber: task.taskNumber,
      title: task.title,
      unitName: task.orgUnit.name,
      legalBasis: task.legalBasis,
      catalogTaskId: task.catalogTaskId,
      suggestions: suggestCatalogueEntries(task, prepared, 3),
    })),
    total,
    mapped,
    unmapped: all - mapped,
    page,
    pageCount,
    units,
    catalogue: catalogue.filter((entry) => entry.active || onPage.has(entry.id)),
  };
}

const mappingsSchema = z.object({
  mappings: z
    .array(z.object({ taskId: z.string().uuid(), catalogTaskId: z.string().uuid().nullable() }))
    .min(1, "Es wurde keine Aufgabe gesendet.")
    .max(500, "Höchstens 500 Aufgaben auf einmal."),
});

/**
 * Admins and HR: saves the mapping of several tasks at once (null removes one).
 * All or nothing: a task of another municipality or an unknown or retired
 * catalogue entry refuses the whole request. Returns how many tasks changed.
 */
export async function saveTaskMappings(viewer: Viewer, raw: unknown): Promise<{ changed: number }> {
  if (!canMapCatalogueTasks(viewer)) throw notFound("Die Zuordnung");
  const parsed = mappingsSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "Die Zuordnung ist unvollständig.");
  const organizationId = viewer.organizationId;
  const wanted = new Map(parsed.data.mappings.map((mapping) => [mapping.taskId, mapping.catalogTaskId]));
  const changed = await db().$transaction(async (tx) => {
    const tasks = await tx.task.findMany({
      where: { organizationId, id: { in: [...wanted.keys()] } },
      select: { id: true, catalogTaskId: true },
    });
    if (tasks.length !== wanted.size) throw notFound("Die Aufgabe");
    const changes = tasks.filter((task) => task.catalogTaskId !== wanted.get(task.id));
    const entryIds = [...new Set(changes.map((task) => wanted.get(task.id)).filter((id): id is string => id !== null))];
    const activeEntries = await tx.catalogTask.count({ where: { id: { in: entryIds }, active: true } });
    if (activeEntries !== entryIds.length)
      throw invalid("Diese Musteraufgabe gibt es im Katalog nicht (mehr). Bitte laden Sie die Seite neu.");
    for (const task of changes) {
      await tx.task.update({ where: { id: task.id, organizationId }, data: { catalogTaskId: wanted.get(task.id) } });
    }
    if (changes.length > 0) {
      await recordAuditEvent(tx, viewer, {
        action: "task.catalogue_mapping",
        entityType: "Task",
        entityId: changes[0].id,
        data: { tasks: changes.length },
      });
    }
    return changes.length;
  });
  if (changed > 0) await refreshVerbundContribution(organizationId);
  return { changed };
}
