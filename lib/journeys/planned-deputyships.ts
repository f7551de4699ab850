import "server-only";
/**
 * Deputyships planned by a unit lead (or HR/admin): "Lea Hoffmann vertritt Klaus
 * Brinkmann vom … bis …". Only a person who is deputy on at least one of the
 * absent person's tasks can be planned. The deputy finds it under "Vertretung"
 * and opens the deputy view for exactly that person and period.
 */
import { z } from "zod";
import { db } from "../db/client";
import { notifyPeople } from "../notifications/notify";
import { formatDate } from "../format-date";
import type { Viewer } from "../auth/viewer";
import { canPlanDeputyship, canPlanDeputyships, plannablePeopleWhere } from "../auth/policy";
import { invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { periodSchema } from "./deputy-view";
import { calendarDay, today } from "../dates";

const planSchema = z
  .object({
    pair: z.string().regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, "Bitte wählen Sie, wer wen vertritt."),
    note: z.string().trim().max(500, "Hinweis: höchstens 500 Zeichen.").default(""),
  })
  .and(periodSchema);

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/** Units a person belongs to for planning: the units of their positions and of the tasks they own. */
async function peopleWithUnits(viewer: Viewer, personIds?: string[]) {
  const people = await db().person.findMany({
    where: {
      AND: [plannablePeopleWhere(viewer), { ...(personIds ? { id: { in: personIds } } : {}), assignments: { some: { role: "OWNER" } } }],
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      positions: { select: { position: { select: { orgUnitId: true } } } },
      assignments: {
        where: { role: "OWNER" },
        select: {
          task: {
            select: {
              orgUnitId: true,
              assignments: { where: { role: "DEPUTY" }, select: { person: { select: { id: true, firstName: true, lastName: true } } } },
            },
          },
        },
      },
    },
  });
  return people.map((person) => ({
    id: person.id,
    name: personName(person),
    unitIds: [
      ...new Set([
        ...person.positions.map((link) => link.position.orgUnitId),
        ...person.assignments.map((assignment) => assignment.task.orgUnitId),
      ]),
    ],
    deputies: [
      ...new Map(
        person.assignments
          .flatMap((assignment) => assignment.task.assignments.map((deputy) => [deputy.person.id, personName(deputy.person)] as const))
          .filter(([id]) => id !== person.id),
      ).entries(),
    ]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, "de")),
  }));
}

/** Who the viewer may plan a deputyship for, each with the people who deputise them. Null: the viewer may not plan. */
export async function deputyshipPlanningChoices(viewer: Viewer) {
  if (!canPlanDeputyships(viewer)) return null;
  const people = await peopleWithUnits(viewer);
  return people.filter(
    (person) => person.deputies.length > 0 && canPlanDeputyship(viewer, { organizationId: viewer.organizationId, unitIds: person.unitIds }),
  );
}

export async function planDeputyship(viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0].message);
  const [absentId, deputyId] = parsed.data.pair.split(":");
  const [absent] = await peopleWithUnits(viewer, [absentId]);
  if (!absent || !canPlanDeputyship(viewer, { organizationId: viewer.organizationId, unitIds: absent.unitIds }))
    throw notFound("Die Person");
  const deputy = absent.deputies.find((person) => person.id === deputyId);
  if (!deputy) throw invalid(`Diese Person ist bei keiner Aufgabe von ${absent.name} als Vertretung eingetragen.`);
  return db().$transaction(async (tx) => {
    const created = await tx.plannedDeputyship.create({
      data: {
        organizationId: viewer.organizationId,
        absentPersonId: absent.id,
        deputyPersonId: deputy.id,
        plannedById: viewer.userId,
        startsOn: new Date(`${parsed.data.von}T00:00:00Z`),
        endsOn: new Date(`${parsed.data.bis}T00:00:00Z`),
        note: parsed.data.note,
      },
      select: { id: true },
    });
    const period = { fuer: absent.id, von: parsed.data.von, bis: parsed.data.bis };
    await notifyPeople(tx, viewer, [deputy.id], {
      kind: "DEPUTYSHIP_PLANNED",
      subject: `${absent.name}, ${formatDate(new Date(`${period.von}T00:00:00Z`))} bis ${formatDate(new Date(`${period.bis}T00:00:00Z`))}`,
      href: `/vertretung?${new URLSearchParams(period).toString()}`,
    });
    await recordAuditEvent(tx, viewer, { action: "deputyship.plan", entityType: "PlannedDeputyship", entityId: created.id });
    return created;
  });
}

const plannedSelect = {
  id: true,
  startsOn: true,
  endsOn: true,
  note: true,
  absentPersonId: true,
  absentPerson: { select: { firstName: true, lastName: true } },
  deputyPerson: { select: { firstName: true, lastName: true } },
} as const;

const present = (row: {
  id: string;
  startsOn: Date;
  endsOn: Date;
  note: string;
  absentPersonId: string;
  absentPerson: { firstName: string; lastName: string };
  deputyPerson: { firstName: string; lastName: string };
}) => ({
  id: row.id,
  absentPersonId: row.absentPersonId,
  absentName: personName(row.absentPerson),
  deputyName: personName(row.deputyPerson),
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  note: row.note,
  /** Query of the deputy view for this deputyship. */
  viewQuery: new URLSearchParams({ fuer: row.absentPersonId, von: calendarDay(row.startsOn), bis: calendarDay(row.endsOn) }).toString(),
});

/** Deputyships planned for the viewer that have not ended yet, soonest first. */
export async function myPlannedDeputyships(viewer: Viewer, now: Date = new Date()) {
  if (!viewer.personId) return [];
  const rows = await db().plannedDeputyship.findMany({
    where: { organizationId: viewer.organizationId, deputyPersonId: viewer.personId, endsOn: { gte: today(now) } },
    orderBy: { startsOn: "asc" },
    select: plannedSelect,
  });
  return rows.map(present);
}

/** Deputyships the viewer planned or may manage that have not ended yet. */
export async function managedDeputyships(viewer: Viewer, now: Date = new Date()) {
  const choices = await deputyshipPlanningChoices(viewer);
  if (!choices) return [];
  const rows = await db().plannedDeputyship.findMany({
    where: {
      organizationId: viewer.organizationId,
      absentPersonId: { in: choices.map((person) => person.id) },
      endsOn: { gte: today(now) },
    },
    orderBy: { startsOn: "asc" },
    select: plannedSelect,
  });
  return rows.map(present);
}

/** Removes a planned deputyship (same rights as planning it). */
export async function cancelDeputyship(viewer: Viewer, id: unknown): Promise<void> {
  const parsed = z.uuid().safeParse(id);
  const row = parsed.success
    ? await db().plannedDeputyship.findFirst({
        where: { id: parsed.data, organizationId: viewer.organizationId },
        select: { id: true, absentPersonId: true },
      })
    : null;
  const [absent] = row ? await peopleWithUnits(viewer, [row.absentPersonId]) : [];
  if (!row || !absent || !canPlanDeputyship(viewer, { organizationId: viewer.organizationId, unitIds: absent.unitIds }))
    throw notFound("Die geplante Vertretung");
  await db().$transaction(async (tx) => {
    await tx.plannedDeputyship.delete({ where: { id: row.id, organizationId: viewer.organizationId } });
    await recordAuditEvent(tx, viewer, { action: "deputyship.cancel", entityType: "PlannedDeputyship", entityId: row.id });
  });
}
