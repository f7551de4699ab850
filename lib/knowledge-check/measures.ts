import "server-only";
/** Editing the three-year plan of a completed Wissens-Check: change, add, remove measures. */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canRunKnowledgeCheck } from "../auth/policy";
import { invalid, notFound } from "../errors";
import { fieldErrorsOf } from "../knowledge/article-input";
import { FIELD_BY_KEY } from "./target-fields";
import { planQuarters } from "./plan";

const measureFields = {
  title: z.string().trim().min(5, "Bitte beschreiben Sie die Maßnahme (mindestens 5 Zeichen).").max(300, "Höchstens 300 Zeichen."),
  responsibleRole: z
    .string()
    .trim()
    .min(3, "Bitte nennen Sie eine verantwortliche Rolle, z. B. „Leitung der Einheit“.")
    .max(120, "Höchstens 120 Zeichen."),
  targetQuarter: z.string().regex(/^\d{4}-Q[1-4]$/, "Bitte ein Zielquartal wählen."),
};

async function completedCheck(viewer: Viewer, checkId: unknown) {
  const id = z.string().uuid().safeParse(checkId);
  if (!id.success) throw notFound("Der Wissens-Check");
  const check = await db().knowledgeCheck.findFirst({
    where: { id: id.data, organizationId: viewer.organizationId },
    select: { id: true, orgUnitId: true, status: true, completedAt: true },
  });
  if (!check || !canRunKnowledgeCheck(viewer, { organizationId: viewer.organizationId, orgUnitId: check.orgUnitId }))
    throw notFound("Der Wissens-Check");
  if (check.status !== "COMPLETED" || !check.completedAt) throw invalid("Den Plan gibt es erst, wenn der Wissens-Check abgeschlossen ist.");
  return { ...check, completedAt: check.completedAt };
}

function parseMeasure<T extends z.ZodRawShape>(shape: T, raw: unknown) {
  const parsed = z.object(shape).safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die Maßnahme.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

function assertQuarterInPlan(quarter: string, completedAt: Date) {
  if (!planQuarters(completedAt).includes(quarter)) throw invalid("Das Zielquartal liegt nicht in den drei Jahren des Plans.");
}

/** HR or lead: changes one measure (text, role, quarter, status). */
export async function updateMeasure(viewer: Viewer, raw: unknown): Promise<void> {
  const input = parseMeasure({ id: z.string().uuid(), ...measureFields, status: z.enum(["OPEN", "IN_PROGRESS", "DONE"]) }, raw);
  const measure = await db().knowledgeCheckMeasure.findFirst({
    where: { id: input.id, organizationId: viewer.organizationId },
    select: { checkId: true },
  });
  if (!measure) throw notFound("Die Maßnahme");
  const check = await completedCheck(viewer, measure.checkId);
  assertQuarterInPlan(input.targetQuarter, check.completedAt);
  const { id, ...data } = input;
  await db().knowledgeCheckMeasure.update({ where: { id, organizationId: viewer.organizationId }, data });
}

/** HR or lead: adds a measure to a field of the plan. */
export async function addMeasure(viewer: Viewer, raw: unknown): Promise<void> {
  const input = parseMeasure({ checkId: z.string(), fieldKey: z.string(), ...measureFields }, raw);
  const check = await completedCheck(viewer, input.checkId);
  if (!FIELD_BY_KEY.has(input.fieldKey)) throw invalid("Bitte ein Zielfeld wählen.");
  assertQuarterInPlan(input.targetQuarter, check.completedAt);
  await db().knowledgeCheckMeasure.create({ data: { ...input, checkId: check.id, organizationId: viewer.organizationId } });
}

/** HR or lead: removes a measure. */
export async function deleteMeasure(viewer: Viewer, raw: unknown): Promise<void> {
  const input = parseMeasure({ id: z.string().uuid() }, raw);
  const measure = await db().knowledgeCheckMeasure.findFirst({
    where: { id: input.id, organizationId: viewer.organizationId },
    select: { checkId: true },
  });
  if (!measure) throw notFound("Die Maßnahme");
  await completedCheck(viewer, measure.checkId);
  await db().knowledgeCheckMeasure.delete({ where: { id: input.id, organizationId: viewer.organizationId } });
}
