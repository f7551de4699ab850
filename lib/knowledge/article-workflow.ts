import "server-only";
/**
 * Workflow steps on an article (einreichen, freigeben, zurückgeben, archivieren,
 * wieder öffnen). Each step checks the rules, the version the viewer saw, and
 * writes a status-only revision, a search update and an audit event in one transaction.
 */
import { z } from "zod";
import { db } from "../db/client";
import { notifyWatchersOfPublication } from "../notifications/notify";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import type { ArticleFacts } from "../auth/policy";
import { conflict, forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { enqueueArticleIndexing } from "../search/outbox";
import { approvalFactsOf } from "./approval-facts";
import { fieldErrorsOf, returnNeedsNote, stepNoteSchema } from "./article-input";
import { loadReadableArticleFacts } from "./get-article";
import { publicationDates } from "./verification";
import {
  STEP_NOTES,
  STEP_TRANSITIONS,
  WORKFLOW_STEPS,
  blockedByFourEyes,
  canTakeStep,
  type ApprovalFacts,
  type WorkflowStep,
} from "./workflow-rules";
import { revisionRecord } from "./revision-record";
import { assertNoWorkingCopy } from "./working-copy";

const stepInputSchema = z
  .object({
    id: z.uuid({ error: "Ungültiger Artikel." }),
    version: z.coerce.number({ error: "Ungültige Version." }).int().min(1, "Ungültige Version."),
    step: z.enum(WORKFLOW_STEPS, { error: "Unbekannter Arbeitsschritt." }),
    note: stepNoteSchema,
  })
  .refine(...returnNeedsNote);

function refusal(viewer: Viewer, facts: ArticleFacts, step: WorkflowStep, approval: ApprovalFacts): string {
  if (!STEP_TRANSITIONS[step].from.includes(facts.status)) {
    return "Dieser Schritt passt nicht zum aktuellen Status des Artikels. Bitte laden Sie die Seite neu.";
  }
  if (step === "approve" && blockedByFourEyes(viewer, facts, approval)) {
    return "In Ihrer Organisation gilt das Vier-Augen-Prinzip: Eine Person, die an dieser Fassung nicht mitgeschrieben hat, muss sie freigeben.";
  }
  if (step === "approve" && approval.requireFourEyes && facts.status === "DRAFT") {
    return "In Ihrer Organisation gilt das Vier-Augen-Prinzip: Reichen Sie den Artikel zuerst zur Prüfung ein.";
  }
  return "Für diesen Schritt fehlt Ihnen die Berechtigung.";
}

/** Takes one workflow step; the viewer must have seen the current version. */
export async function takeWorkflowStep(viewer: Viewer, raw: unknown): Promise<{ id: string; version: number; status: string }> {
  const parsed = stepInputSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie Ihre Angaben.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const facts = await loadReadableArticleFacts(viewer, input.id);
  const approval = await approvalFactsOf(viewer, facts.id);
  if (!canTakeStep(viewer, facts, input.step, approval)) throw forbidden(refusal(viewer, facts, input.step, approval));
  const to = STEP_TRANSITIONS[input.step].to;
  return db().$transaction(async (tx) => {
    if (input.step === "archive") await assertNoWorkingCopy(tx, facts);
    const current = await tx.article.findUniqueOrThrow({
      where: { id: facts.id, organizationId: facts.organizationId },
      select: { title: true, kind: true, content: true, contentText: true, publishedAt: true, reviewIntervalMonths: true },
    });
    const nextVersion = input.version + 1;
    const updated = await tx.article.updateMany({
      where: { id: facts.id, organizationId: viewer.organizationId, version: input.version, status: facts.status },
      data: { status: to, version: nextVersion, ...publicationDates(to, current.publishedAt, current.reviewIntervalMonths) },
    });
    if (updated.count === 0) {
      throw conflict("Der Artikel wurde inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie die aktuelle Fassung.");
    }
    const snapshot = {
      version: nextVersion,
      title: current.title,
      kind: current.kind,
      status: to,
      content: current.content as Prisma.InputJsonValue,
      contentText: current.contentText,
    };
    const changeNote = input.note ? `${STEP_NOTES[input.step]}: ${input.note}` : STEP_NOTES[input.step];
    await tx.articleRevision.create({ data: { articleId: facts.id, ...revisionRecord(viewer, snapshot, changeNote, false) } });
    await enqueueArticleIndexing(tx, facts);
    if (to === "PUBLISHED") await notifyWatchersOfPublication(tx, viewer, { id: facts.id, title: current.title, change: "published" });
    await recordAuditEvent(tx, viewer, {
      action: `article.${input.step}`,
      entityType: "Article",
      entityId: facts.id,
      data: { from: facts.status, to, version: nextVersion, ...(input.note ? { note: input.note } : {}) },
    });
    return { id: facts.id, version: nextVersion, status: to };
  });
}
