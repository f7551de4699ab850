"use server";
import { currentViewer } from "@/lib/auth/current-viewer";
import { reportKnowledgeGap } from "@/lib/knowledge/gap-reports";
import { DomainError, userMessageOf } from "@/lib/errors";
import type { GapReportState } from "@/components/search/gap-report-state";


/** Stores a knowledge gap report; on error the text stays in the form. */
export async function reportGapAction(_previous: GapReportState, formData: FormData): Promise<GapReportState> {
  const description = String(formData.get("description") ?? "");
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.", fieldErrors: {}, description };
  try {
    await reportKnowledgeGap(viewer, { description, query: formData.get("query") ?? undefined });
    return { done: true, fieldErrors: {} };
  } catch (error) {
    return { error: userMessageOf(error), fieldErrors: error instanceof DomainError ? error.fieldErrors : {}, description };
  }
}
