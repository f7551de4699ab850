import "server-only";
/**
 * The audit log for administrators: filter by person, action, record and
 * period, export as CSV. Looking at it or exporting it is itself written to
 * the log (who looked at whose traces, and with which filter).
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { canManageAccounts } from "../auth/policy";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "./record-audit-event";
import { addDays, berlinDayStart } from "../dates";
import { toCsv } from "../csv/write-csv";
import { fieldErrorsOf } from "../knowledge/article-input";

export const AUDIT_PAGE_SIZE = 200;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Bitte ein Datum wählen.")
  .optional()
  .or(z.literal("").transform(() => undefined));
const filterSchema = z.object({
  person: z
    .uuid({ error: "Unbekannte Person." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  action: z.string().trim().max(100, "Höchstens 100 Zeichen.").optional(),
  entityType: z.string().trim().max(60, "Höchstens 60 Zeichen.").optional(),
  entityId: z.string().trim().max(100, "Höchstens 100 Zeichen.").optional(),
  from: day,
  to: day,
});
export type AuditFilter = z.infer<typeof filterSchema>;

function assertAdmin(viewer: Viewer) {
  if (!canManageAccounts(viewer)) throw forbidden("Das Prüfprotokoll sieht die Administration.");
}

function whereOf(viewer: Viewer, filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    organizationId: viewer.organizationId,
    ...(filter.person ? { actorId: filter.person } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: berlinDayStart(filter.from) } : {}),
            ...(filter.to ? { lt: addDays(berlinDayStart(filter.to), 1) } : {}),
          },
        }
      : {}),
  };
}

function parseFilter(raw: unknown): AuditFilter {
  const parsed = filterSchema.safeParse(raw ?? {});
  if (!parsed.success) throw invalid("Bitte prüfen Sie die Filter.", fieldErrorsOf(parsed.error));
  if (parsed.data.from && parsed.data.to && parsed.data.from > parsed.data.to)
    throw invalid("Bitte prüfen Sie die Filter.", { to: ["Das Ende liegt vor dem Anfang."] });
  return parsed.data;
}

const eventSelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  data: true,
  actor: { select: { displayName: true } },
} as const;

async function noteLookedAt(viewer: Viewer, action: "audit.view" | "audit.export", filter: AuditFilter) {
  await db().$transaction((tx) =>
    recordAuditEvent(tx, viewer, {
      action,
      entityType: "Organization",
      entityId: viewer.organizationId,
      data: Object.fromEntries(Object.entries(filter).filter(([, value]) => value)),
    }),
  );
}

/** The newest AUDIT_PAGE_SIZE events matching the filter, and the choices for the filter form. */
export async function auditLog(viewer: Viewer, raw: unknown) {
  assertAdmin(viewer);
  const filter = parseFilter(raw);
  const [events, total, people, actions] = await Promise.all([
    db().auditEvent.findMany({
      where: whereOf(viewer, filter),
      orderBy: { createdAt: "desc" },
      take: AUDIT_PAGE_SIZE,
      select: eventSelect,
    }),
    db().auditEvent.count({ where: whereOf(viewer, filter) }),
    db().user.findMany({
      where: { organizationId: viewer.organizationId },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
    db().auditEvent.findMany({
      where: { organizationId: viewer.organizationId },
      distinct: ["action"],
      orderBy: { action: "asc" },
      select: { action: true },
      take: 300,
    }),
  ]);
  await noteLookedAt(viewer, "audit.view", filter);
  return { filter, events, total, people, actions: actions.map((row) => row.action) };
}

export async function auditLogCsv(viewer: Viewer, raw: unknown): Promise<string> {
  assertAdmin(viewer);
  const filter = parseFilter(raw);
  const events = await db().auditEvent.findMany({
    where: whereOf(viewer, filter),
    orderBy: { createdAt: "desc" },
    take: 50_000,
    select: eventSelect,
  });
  await noteLookedAt(viewer, "audit.export", filter);
  return toCsv(
    ["zeitpunkt", "person", "aktion", "art", "datensatz", "daten"],
    events.map((event) => [
      event.createdAt.toISOString(),
      event.actor?.displayName ?? "",
      event.action,
      event.entityType,
      event.entityId,
      event.data ? JSON.stringify(event.data) : "",
    ]),
  );
}
