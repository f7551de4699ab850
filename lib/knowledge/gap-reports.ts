import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { answerableGapReportsWhere, canReportKnowledgeGap, canSeeKnowledgeSignals } from "../auth/policy";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { fieldErrorsOf } from "./article-input";

export const gapReportSchema = z.object({
  description: z
    .string({ error: "Bitte beschreiben Sie, welches Wissen fehlt." })
    .trim()
    .min(5, "Bitte beschreiben Sie in ein paar Worten, welches Wissen fehlt (mindestens 5 Zeichen).")
    .max(2000, "Die Beschreibung darf höchstens 2.000 Zeichen lang sein."),
  query: z.string().trim().max(200).optional().catch(undefined),
  orgUnitId: z.uuid().optional().catch(undefined),
});

/**
 * "Wissenslücke melden": stores what a colleague looked for and did not find.
 * The reporter is kept so the gap can be answered; a unit outside the viewer's
 * organization is refused.
 */
export async function reportKnowledgeGap(viewer: Viewer, input: unknown): Promise<{ id: string }> {
  if (!canReportKnowledgeGap(viewer)) throw forbidden();
  const parsed = gapReportSchema.safeParse(input);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const { description, query, orgUnitId } = parsed.data;
  if (orgUnitId) {
    const unit = await db().orgUnit.findFirst({ where: { id: orgUnitId, organizationId: viewer.organizationId }, select: { id: true } });
    if (!unit) throw invalid("Bitte prüfen Sie die markierten Angaben.", { orgUnitId: ["Diese Organisationseinheit gibt es nicht."] });
  }
  return db().$transaction(async (tx) => {
    const report = await tx.knowledgeGapReport.create({
      data: {
        organizationId: viewer.organizationId,
        description,
        query: query || null,
        orgUnitId: orgUnitId ?? null,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, { action: "knowledgeGap.report", entityType: "KnowledgeGapReport", entityId: report.id });
    return report;
  });
}

export interface GapReportEntry {
  id: string;
  description: string;
  query: string | null;
  unitName: string | null;
  /** "Aufgabe: …" or "Artikel: …" when reported on one. */
  subject: string | null;
  createdAt: Date;
  status: string;
  /** Whether the viewer answers and closes it (answerableGapReportsWhere). */
  answerable: boolean;
}

/** Open gap reports of the organization (HR, admins, leads). */
export async function listGapReports(viewer: Viewer, limit = 100): Promise<GapReportEntry[]> {
  if (!canSeeKnowledgeSignals(viewer)) throw forbidden();
  const rows = await db().knowledgeGapReport.findMany({
    where: { organizationId: viewer.organizationId, status: "OPEN" },
    select: {
      id: true,
      description: true,
      query: true,
      createdAt: true,
      status: true,
      orgUnit: { select: { name: true } },
      task: { select: { title: true } },
      article: { select: { title: true } },
    },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  const answerable = new Set(
    (
      await db().knowledgeGapReport.findMany({
        where: { AND: [answerableGapReportsWhere(viewer), { id: { in: rows.map((row) => row.id) } }] },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  return rows.map((row) => ({
    answerable: answerable.has(row.id),
    id: row.id,
    description: row.description,
    query: row.query,
    unitName: row.orgUnit?.name ?? null,
    subject: row.article ? `Artikel: ${row.article.title}` : row.task ? `Aufgabe: ${row.task.title}` : null,
    createdAt: row.createdAt,
    status: row.status,
  }));
}
