import type { ImportPlan } from "@/lib/org-import/org-import";

export interface OrgImportState {
  error?: string;
  plan?: ImportPlan;
  /** The checked file content, sent again on "Übernehmen" (and checked again there). */
  text?: string;
  fileName?: string;
  applied?: boolean;
}
