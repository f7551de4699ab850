"use server";
import { reportKnowledgeGap } from "@/lib/knowledge/gap-reports";
import { field, stateAction } from "@/lib/server-action";
import type { GapReportState } from "@/components/search/gap-report-state";

/** Stores a knowledge gap report; on error the text stays in the form. */
export async function reportGapAction(_previous: GapReportState, formData: FormData): Promise<GapReportState> {
  return stateAction<GapReportState>(formData, {
    run: async (viewer, form) => {
      await reportKnowledgeGap(viewer, { description: field(form, "description"), query: form.get("query") ?? undefined });
      return { done: true, fieldErrors: {} };
    },
    failed: (failure, form) => ({
      error: failure.message,
      fieldErrors: failure.fieldErrors,
      description: form ? field(form, "description") : "",
    }),
  });
}
