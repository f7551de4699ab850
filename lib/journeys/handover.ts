import "server-only";
/**
 * Übergabeprotokoll: the leaving person hands their tasks over to a successor or
 * deputy. Per task a status (offen / dokumentiert / besprochen / übernommen),
 * running matters, access to transfer, where the files are and open questions;
 * upcoming deadlines come from the Frist blocks of the tasks' articles.
 * Both parties confirm. Any change clears the confirmations (you confirm what you
 * read); once both have confirmed the record is closed and kept unchanged.
 * Leads and HR see the progress per task, not the notes (canSeeHandoverProgress).
 */
import { z } from "zod";
import { db } from "../db/client";
import { notifyPeople } from "../notifications/notify";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import {
  canSeeHandoverItemProgress,
  canSeeHandoverOverview,
  canSeeHandoverProgress,
  handoverProgressWhere,
  isHandoverParty,
  type HandoverFacts,
} from "../auth/policy";
import { conflict, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { fieldErrorsOf } from "../knowledge/article-input";
import { deadlinesBetween } from "../knowledge/article-blocks";
import { addDays } from "../dates";
import { HandoverItemStatus } from "../db/generated/enums";

export const HANDOVER_STATUSES = Object.values(HandoverItemStatus);
export type HandoverStatus = HandoverItemStatus;
export const HANDOVER_STATUS_LABELS: Record<HandoverStatus, string> = {
  OPEN: "offen",
  DOCUMENTED: "dokumentiert",
  DISCUSSED: "besprochen",
  TAKEN_OVER: "übernommen",
};

/** The per-task text fields, with their German labels (form, record and print use the same). */
export const HANDOVER_FIELDS = [
  { key: "runningMatters", label: "Laufende Vorgänge" },
  { key: "accessToTransfer", label: "Zugänge und Fachverfahren zu übertragen" },
  { key: "fileLocation", label: "Ablageort der Unterlagen" },
  { key: "openQuestions", label: "Offene Fragen" },
] as const;
const HANDOVER_FIELD_KEYS = HANDOVER_FIELDS.map((field) => field.key);

const DEADLINE_HORIZON_DAYS = 90;
const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;
const text = (label: string) => z.string().trim().max(5000, `${label}: höchstens 5.000 Zeichen.`);

const startSchema = z.object({
  toPersonId: z.uuid({ error: "Bitte wählen Sie, an wen Sie übergeben." }),
  taskIds: z.array(z.uuid()).min(1, "Bitte wählen Sie mindestens eine Aufgabe."),
});

const saveSchema = z.object({
  updatedAt: z.iso.datetime({ error: "Bitte laden Sie die Seite neu." }),
  notes: text("Allgemeine Notizen"),
  items: z.array(
    z.object({
      taskId: z.uuid(),
      status: z.enum(HANDOVER_STATUSES, { error: "Bitte einen Stand wählen." }),
      ...(Object.fromEntries(HANDOVER_FIELDS.map((field) => [field.key, text(field.label)])) as Record<
        (typeof HANDOVER_FIELDS)[number]["key"],
        z.ZodString
      >),
    }),
  ),
});

const handoverSelect = {
  id: true,
  organizationId: true,
  fromPersonId: true,
  toPersonId: true,
  notes: true,
  fromConfirmedAt: true,
  toConfirmedAt: true,
  createdAt: true,
  updatedAt: true,
  fromPerson: { select: { firstName: true, lastName: true, plannedExitMonth: true } },
  toPerson: { select: { firstName: true, lastName: true } },
  items: {
    orderBy: { task: { title: "asc" } },
    select: {
      taskId: true,
      status: true,
      runningMatters: true,
      accessToTransfer: true,
      fileLocation: true,
      openQuestions: true,
      task: {
        select: {
          title: true,
          orgUnitId: true,
          orgUnit: { select: { name: true } },
          articleLinks: { where: { article: { status: "PUBLISHED" } }, select: { article: { select: { id: true, title: true } } } },
        },
      },
    },
  },
} satisfies Prisma.HandoverSelect;

type HandoverRow = Prisma.HandoverGetPayload<{ select: typeof handoverSelect }>;

const factsOf = (
  row: Pick<HandoverRow, "organizationId" | "fromPersonId" | "toPersonId"> & { items: { task: { orgUnitId: string } }[] },
): HandoverFacts => ({
  organizationId: row.organizationId,
  fromPersonId: row.fromPersonId,
  toPersonId: row.toPersonId,
  unitIds: [...new Set(row.items.map((item) => item.task.orgUnitId))],
});

export const isClosed = (handover: { fromConfirmedAt: Date | null; toConfirmedAt: Date | null }) =>
  handover.fromConfirmedAt !== null && handover.toConfirmedAt !== null;

/** For the start form: the viewer's own tasks and the colleagues they could hand over to (their deputies first). */
export async function handoverChoices(viewer: Viewer) {
  if (!viewer.personId) return null;
  const [tasks, people] = await Promise.all([
    db().task.findMany({
      where: { organizationId: viewer.organizationId, assignments: { some: { personId: viewer.personId, role: "OWNER" } } },
      orderBy: { title: "asc" },
      select: { id: true, title: true, assignments: { where: { role: "DEPUTY" }, select: { personId: true } } },
    }),
    db().person.findMany({
      // Colleagues in post: with a position or a task (anonymised former staff have neither).
      where: {
        organizationId: viewer.organizationId,
        id: { not: viewer.personId },
        OR: [{ positions: { some: {} } }, { assignments: { some: {} } }],
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: {
        id: true,
        firstName: true,
        lastName: true,
        positions: { take: 1, select: { position: { select: { title: true, orgUnit: { select: { name: true } } } } } },
      },
    }),
  ]);
  const deputyIds = new Set(tasks.flatMap((task) => task.assignments.map((assignment) => assignment.personId)));
  // Name with unit and position, so two dozen colleagues can be told apart in the list.
  const options = people.map((person) => {
    const post = person.positions[0]?.position;
    return {
      id: person.id,
      name: `${person.lastName}, ${person.firstName}${post ? ` – ${post.orgUnit.name}, ${post.title}` : ""}`,
    };
  });
  return {
    tasks: tasks.map((task) => ({ id: task.id, title: task.title })),
    deputies: options.filter((person) => deputyIds.has(person.id)),
    others: options.filter((person) => !deputyIds.has(person.id)),
  };
}

/**
 * Starts a record for some of the viewer's own tasks. A task that already has a
 * published article starts as "dokumentiert", the others as "offen".
 */
export async function startHandover(viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  const parsed = startSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0].message, fieldErrorsOf(parsed.error));
  if (!viewer.personId) throw notFound("Ihre Personenangaben");
  const { toPersonId, taskIds } = parsed.data;
  if (toPersonId === viewer.personId) throw invalid("Bitte wählen Sie eine andere Person – Sie können nicht an sich selbst übergeben.");
  const [to, tasks] = await Promise.all([
    db().person.findFirst({ where: { id: toPersonId, organizationId: viewer.organizationId }, select: { id: true } }),
    db().task.findMany({
      where: {
        id: { in: taskIds },
        organizationId: viewer.organizationId,
        assignments: { some: { personId: viewer.personId, role: "OWNER" } },
      },
      select: { id: true, _count: { select: { articleLinks: { where: { article: { status: "PUBLISHED" } } } } } },
    }),
  ]);
  if (!to) throw invalid("Diese Person gibt es in Ihrer Verwaltung nicht.");
  if (tasks.length !== new Set(taskIds).size) throw invalid("Sie können nur Aufgaben übergeben, für die Sie zuständig sind.");
  return db().$transaction(async (tx) => {
    const handover = await tx.handover.create({
      data: {
        organizationId: viewer.organizationId,
        fromPersonId: viewer.personId!,
        toPersonId,
        createdById: viewer.userId,
        items: {
          create: tasks.map((task) => ({
            taskId: task.id,
            status: task._count.articleLinks > 0 ? ("DOCUMENTED" as const) : ("OPEN" as const),
          })),
        },
      },
      select: { id: true },
    });
    // The successor learns that a record waits for her; the exit date is not part of it (docs/coverage.md).
    await notifyPeople(tx, viewer, [toPersonId], {
      kind: "HANDOVER_WAITING",
      subject: `von ${viewer.displayName}`,
      href: `/uebergabe/${handover.id}`,
    });
    await recordAuditEvent(tx, viewer, {
      action: "handover.start",
      entityType: "Handover",
      entityId: handover.id,
      data: { tasks: tasks.length },
    });
    return handover;
  });
}

const statusCounts = (items: { status: HandoverStatus }[]) =>
  Object.fromEntries(HANDOVER_STATUSES.map((status) => [status, items.filter((item) => item.status === status).length])) as Record<
    HandoverStatus,
    number
  >;

/**
 * The viewer's records, as the leaving person or as successor/deputy, newest first.
 * `awaitingMe`: only open records the viewer has not confirmed yet (start page).
 */
export async function myHandovers(viewer: Viewer, options: { awaitingMe?: boolean } = {}) {
  if (!viewer.personId) return [];
  const mine: Prisma.HandoverWhereInput[] = options.awaitingMe
    ? [
        { fromPersonId: viewer.personId, fromConfirmedAt: null },
        { toPersonId: viewer.personId, toConfirmedAt: null },
      ]
    : [{ fromPersonId: viewer.personId }, { toPersonId: viewer.personId }];
  const rows = await db().handover.findMany({
    where: { organizationId: viewer.organizationId, OR: mine },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      fromPersonId: true,
      createdAt: true,
      fromConfirmedAt: true,
      toConfirmedAt: true,
      fromPerson: { select: { firstName: true, lastName: true } },
      toPerson: { select: { firstName: true, lastName: true } },
      items: { select: { status: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    closed: isClosed(row),
    mine: row.fromPersonId === viewer.personId,
    fromName: personName(row.fromPerson),
    toName: personName(row.toPerson),
    counts: statusCounts(row.items),
    total: row.items.length,
  }));
}

async function loadHandover(viewer: Viewer, id: unknown, client: Prisma.TransactionClient = db()) {
  const parsed = z.uuid().safeParse(id);
  const row = parsed.success
    ? await client.handover.findFirst({ where: { id: parsed.data, organizationId: viewer.organizationId }, select: handoverSelect })
    : null;
  return row;
}

/** The whole record for one of its two parties (others: not found), with the deadlines of the next 90 days. */
export async function getHandover(viewer: Viewer, id: unknown, now: Date = new Date()) {
  const row = await loadHandover(viewer, id);
  if (!row || !isHandoverParty(viewer, factsOf(row))) throw notFound("Das Übergabeprotokoll");
  const taskOfArticle = new Map(
    row.items.flatMap((item) => item.task.articleLinks.map((link) => [link.article.id, item.task.title] as const)),
  );
  const deadlines =
    taskOfArticle.size === 0 ? [] : await deadlinesBetween(viewer, now, addDays(now, DEADLINE_HORIZON_DAYS), [...taskOfArticle.keys()]);
  return {
    id: row.id,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    fromName: personName(row.fromPerson),
    toName: personName(row.toPerson),
    // Only the leaving person sees the exit month here; the successor is not told (docs/coverage.md).
    fromExitMonth: viewer.personId === row.fromPersonId ? row.fromPerson.plannedExitMonth : null,
    fromConfirmedAt: row.fromConfirmedAt,
    toConfirmedAt: row.toConfirmedAt,
    closed: isClosed(row),
    viewerSide: viewer.personId === row.fromPersonId ? ("from" as const) : ("to" as const),
    items: row.items.map((item) => ({
      taskId: item.taskId,
      title: item.task.title,
      unitName: item.task.orgUnit.name,
      status: item.status,
      runningMatters: item.runningMatters,
      accessToTransfer: item.accessToTransfer,
      fileLocation: item.fileLocation,
      openQuestions: item.openQuestions,
      articles: item.task.articleLinks.map((link) => link.article),
    })),
    deadlines: deadlines.map((deadline) => ({ ...deadline, taskTitle: taskOfArticle.get(deadline.articleId) ?? "" })),
    deadlineHorizonDays: DEADLINE_HORIZON_DAYS,
  };
}

/**
 * Saves the record (either party) if nobody changed it since the page was loaded.
 * A real change clears both confirmations; a closed record cannot be changed.
 */
export async function saveHandover(viewer: Viewer, id: unknown, raw: unknown): Promise<{ confirmationsCleared: boolean }> {
  const parsed = saveSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  return db().$transaction(async (tx) => {
    const row = await loadHandover(viewer, id, tx);
    if (!row || !isHandoverParty(viewer, factsOf(row))) throw notFound("Das Übergabeprotokoll");
    if (isClosed(row)) throw conflict("Das Protokoll ist von beiden Seiten bestätigt und abgeschlossen; es wird unverändert aufbewahrt.");
    const current = new Map(row.items.map((item) => [item.taskId, item]));
    const changedItems = parsed.data.items.filter((item) => {
      const before = current.get(item.taskId);
      if (!before) throw invalid("Diese Aufgabe gehört nicht zu diesem Protokoll.");
      return HANDOVER_FIELD_KEYS.some((key) => item[key] !== before[key]) || item.status !== before.status;
    });
    if (changedItems.length === 0 && parsed.data.notes === row.notes) return { confirmationsCleared: false };
    // Optimistic lock: the version the page showed must still be the current one.
    const locked = await tx.handover.updateMany({
      where: { id: row.id, organizationId: viewer.organizationId, updatedAt: new Date(parsed.data.updatedAt) },
      data: { notes: parsed.data.notes, fromConfirmedAt: null, toConfirmedAt: null },
    });
    if (locked.count === 0)
      throw conflict(
        "Das Protokoll wurde inzwischen von der anderen Seite geändert. Ihre Eingaben stehen noch im Formular – bitte kopieren Sie sie, öffnen Sie das Protokoll in einem neuen Tab und übernehmen Sie sie dort.",
      );
    for (const { taskId, ...values } of changedItems) {
      await tx.handoverItem.update({ where: { handoverId_taskId: { handoverId: row.id, taskId } }, data: values });
    }
    const confirmationsCleared = row.fromConfirmedAt !== null || row.toConfirmedAt !== null;
    await recordAuditEvent(tx, viewer, {
      action: "handover.update",
      entityType: "Handover",
      entityId: row.id,
      data: { tasks: changedItems.length, confirmationsCleared },
    });
    return { confirmationsCleared };
  });
}

/** "Protokoll bestätigen" by one party, for the version they saw (updatedAt). */
export async function confirmHandover(
  viewer: Viewer,
  id: unknown,
  seenUpdatedAt: unknown,
  now: Date = new Date(),
): Promise<{ closed: boolean }> {
  const seen = z.iso.datetime().safeParse(seenUpdatedAt);
  if (!seen.success) throw invalid("Bitte laden Sie die Seite neu.");
  return db().$transaction(async (tx) => {
    const row = await loadHandover(viewer, id, tx);
    if (!row || !isHandoverParty(viewer, factsOf(row))) throw notFound("Das Übergabeprotokoll");
    const field = viewer.personId === row.fromPersonId ? "fromConfirmedAt" : "toConfirmedAt";
    const updated = await tx.handover.updateMany({
      where: { id: row.id, organizationId: viewer.organizationId, updatedAt: new Date(seen.data), [field]: null },
      data: { [field]: now },
    });
    if (updated.count === 0)
      throw conflict(
        "Das Protokoll hat sich geändert, seit Sie es geöffnet haben, oder Sie haben es schon bestätigt. Bitte lesen Sie den aktuellen Stand.",
      );
    await recordAuditEvent(tx, viewer, {
      action: "handover.confirm",
      entityType: "Handover",
      entityId: row.id,
      data: { side: field === "fromConfirmedAt" ? "from" : "to" },
    });
    return { closed: field === "fromConfirmedAt" ? row.toConfirmedAt !== null : row.fromConfirmedAt !== null };
  });
}

/**
 * Progress of the handovers a lead or HR may see: status per task and the
 * confirmations – not the notes. Ordered by the leaving person's exit month,
 * never by progress (no ranking of people). A lead sees only their units' tasks.
 */
export async function handoverProgress(viewer: Viewer) {
  if (!canSeeHandoverOverview(viewer)) return null;
  const rows = await db().handover.findMany({
    where: handoverProgressWhere(viewer),
    orderBy: [{ fromPerson: { plannedExitMonth: { sort: "asc", nulls: "last" } } }, { createdAt: "asc" }],
    select: {
      id: true,
      organizationId: true,
      fromPersonId: true,
      toPersonId: true,
      createdAt: true,
      fromConfirmedAt: true,
      toConfirmedAt: true,
      fromPerson: { select: { firstName: true, lastName: true, plannedExitMonth: true } },
      toPerson: { select: { firstName: true, lastName: true } },
      items: {
        orderBy: { task: { title: "asc" } },
        select: { status: true, taskId: true, task: { select: { title: true, orgUnitId: true, orgUnit: { select: { name: true } } } } },
      },
    },
  });
  return rows
    .filter((row) => canSeeHandoverProgress(viewer, factsOf(row)))
    .map((row) => {
      const items = row.items.filter((item) =>
        canSeeHandoverItemProgress(viewer, { organizationId: row.organizationId, orgUnitId: item.task.orgUnitId }),
      );
      return {
        id: row.id,
        createdAt: row.createdAt,
        closed: isClosed(row),
        fromConfirmed: row.fromConfirmedAt !== null,
        toConfirmed: row.toConfirmedAt !== null,
        fromName: personName(row.fromPerson),
        toName: personName(row.toPerson),
        fromExitMonth: row.fromPerson.plannedExitMonth,
        items: items.map((item) => ({
          taskId: item.taskId,
          title: item.task.title,
          unitName: item.task.orgUnit.name,
          status: item.status,
        })),
        counts: statusCounts(items),
      };
    });
}
