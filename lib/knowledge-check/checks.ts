import "server-only";
/**
 * The Wissens-Check of an organisational unit: start (levels proposed from
 * data with their evidence), confirm or correct each of the 15 fields (a
 * correction needs a reason), complete (the plan's measures are derived from
 * the gaps), and the report with the change against the unit's previous
 * check. HR checks every unit, leads their own; a unit outside the scope,
 * or of another municipality, is not found.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canRunKnowledgeCheck } from "../auth/policy";
import { invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { TARGET_FIELDS, type Level } from "./target-fields";
import { proposalsForUnit } from "./proposals";
import { deriveMeasures } from "./plan";

export interface Rating {
  proposed: Level | null;
  evidence: string;
  level: Level | null;
  reason: string;
}

const levelSchema = z.number().int().min(0).max(4);
const storedRatingsSchema = z.record(
  z.string(),
  z.object({ proposed: levelSchema.nullable(), evidence: z.string(), level: levelSchema.nullable(), reason: z.string() }),
);

const ratingsOf = (json: unknown) => storedRatingsSchema.parse(json) as Record<string, Rating>;

const idSchema = z.string().uuid();

/** HR or lead: starts a check of the unit (or returns the unit's open one). */
export async function startKnowledgeCheck(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<{ id: string }> {
  const parsed = z.object({ unitId: idSchema }).safeParse(raw);
  if (!parsed.success) throw notFound("Die Organisationseinheit");
  const unit = await db().orgUnit.findFirst({
    where: { id: parsed.data.unitId, organizationId: viewer.organizationId },
    select: { id: true },
  });
  if (!unit || !canRunKnowledgeCheck(viewer, { organizationId: viewer.organizationId, orgUnitId: unit.id }))
    throw notFound("Die Organisationseinheit");
  const open = await db().knowledgeCheck.findFirst({
    where: { organizationId: viewer.organizationId, orgUnitId: unit.id, status: "DRAFT" },
    select: { id: true },
  });
  if (open) return open;
  const proposals = await proposalsForUnit(viewer.organizationId, unit.id, now);
  const ratings: Record<string, Rating> = Object.fromEntries(
    TARGET_FIELDS.map((field) => {
      const proposal = proposals[field.key];
      return [
        field.key,
        proposal
          ? { proposed: proposal.proposed, evidence: proposal.evidence, level: proposal.proposed, reason: "" }
          : { proposed: null, evidence: "", level: null, reason: "" },
      ];
    }),
  );
  return db().$transaction(async (tx) => {
    const check = await tx.knowledgeCheck.create({
      data: {
        organizationId: viewer.organizationId,
        orgUnitId: unit.id,
        ratings: ratings as object,
        startedById: viewer.userId,
        startedAt: now,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, { action: "knowledge_check.start", entityType: "OrgUnit", entityId: unit.id });
    return check;
  });
}

/** A check the viewer may work on, or not found. */
async function checkOfViewer(viewer: Viewer, id: unknown) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw notFound("Der Wissens-Check");
  const check = await db().knowledgeCheck.findFirst({
    where: { id: parsed.data, organizationId: viewer.organizationId },
    select: {
      id: true,
      orgUnitId: true,
      status: true,
      ratings: true,
      startedAt: true,
      completedAt: true,
      orgUnit: { select: { name: true } },
      measures: {
        orderBy: [{ targetQuarter: "asc" }, { createdAt: "asc" }],
        select: { id: true, fieldKey: true, title: true, responsibleRole: true, targetQuarter: true, status: true },
      },
    },
  });
  if (!check || !canRunKnowledgeCheck(viewer, { organizationId: viewer.organizationId, orgUnitId: check.orgUnitId }))
    throw notFound("Der Wissens-Check");
  return check;
}

/** HR or lead: one check with its ratings, the previous completed check's levels and the plan. */
export async function knowledgeCheck(viewer: Viewer, id: unknown) {
  const check = await checkOfViewer(viewer, id);
  const previous = await db().knowledgeCheck.findFirst({
    where: {
      organizationId: viewer.organizationId,
      orgUnitId: check.orgUnitId,
      status: "COMPLETED",
      id: { not: check.id },
      completedAt: { lt: check.completedAt ?? new Date(8.64e15) },
    },
    orderBy: { completedAt: "desc" },
    select: { completedAt: true, ratings: true },
  });
  const ratings = ratingsOf(check.ratings);
  const previousRatings = previous ? ratingsOf(previous.ratings) : null;
  return {
    id: check.id,
    unitName: check.orgUnit.name,
    status: check.status,
    startedAt: check.startedAt,
    completedAt: check.completedAt,
    fields: TARGET_FIELDS.map((field) => ({
      ...field,
      rating: ratings[field.key] ?? { proposed: null, evidence: "", level: null, reason: "" },
      previousLevel: previousRatings?.[field.key]?.level ?? null,
    })),
    previousCompletedAt: previous?.completedAt ?? null,
    measures: check.measures,
  };
}

const saveSchema = z.object({
  id: z.string(),
  ratings: z.record(
    z.string(),
    z.object({
      level: z.union([levelSchema, z.null()]),
      reason: z.string().trim().max(1000, "Die Begründung darf höchstens 1000 Zeichen lang sein."),
    }),
  ),
  complete: z.boolean(),
});

/**
 * HR or lead: saves the team's levels. Differing from a proposal needs a
 * reason; completing needs a level for every field and derives the plan's
 * measures. A refused save still keeps the entries as the draft. A completed check keeps its ratings (its plan stays editable).
 */
export async function saveKnowledgeCheck(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<{ completed: boolean }> {
  const parsed = saveSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die Angaben.");
  const check = await checkOfViewer(viewer, parsed.data.id);
  if (check.status === "COMPLETED")
    throw invalid("Dieser Wissens-Check ist abgeschlossen; beginnen Sie für neue Einschätzungen einen neuen.");
  const stored = ratingsOf(check.ratings);
  const fieldErrors: Record<string, string[]> = {};
  const next: Record<string, Rating> = {};
  for (const field of TARGET_FIELDS) {
    const before = stored[field.key] ?? { proposed: null, evidence: "", level: null, reason: "" };
    const input = parsed.data.ratings[field.key] ?? { level: before.level, reason: before.reason };
    const level = input.level as Level | null;
    if (before.proposed !== null && level !== null && level !== before.proposed && input.reason.length < 5)
      fieldErrors[field.key] = [`${field.title}: Bitte begründen Sie, warum Sie vom Vorschlag (Stufe ${before.proposed}) abweichen.`];
    if (parsed.data.complete && level === null) fieldErrors[field.key] = [`${field.title}: Bitte eine Stufe wählen.`];
    next[field.key] = { ...before, level, reason: input.reason };
  }
  if (Object.keys(fieldErrors).length > 0) {
    // Nothing the team entered is lost: the draft keeps it, and the check is not completed.
    await db().knowledgeCheck.update({ where: { id: check.id, organizationId: viewer.organizationId }, data: { ratings: next as object } });
    throw invalid("Bitte prüfen Sie die markierten Zielfelder. Ihre Eingaben sind als Entwurf gespeichert.", fieldErrors);
  }
  await db().$transaction(async (tx) => {
    await tx.knowledgeCheck.update({
      where: { id: check.id, organizationId: viewer.organizationId },
      data: { ratings: next as object, ...(parsed.data.complete ? { status: "COMPLETED", completedAt: now } : {}) },
    });
    if (parsed.data.complete) {
      const levels = Object.fromEntries(Object.entries(next).map(([key, rating]) => [key, rating.level]));
      await tx.knowledgeCheckMeasure.createMany({
        data: deriveMeasures(levels, now).map((measure) => ({ ...measure, organizationId: viewer.organizationId, checkId: check.id })),
      });
      await recordAuditEvent(tx, viewer, { action: "knowledge_check.complete", entityType: "OrgUnit", entityId: check.orgUnitId });
    }
  });
  return { completed: parsed.data.complete };
}
