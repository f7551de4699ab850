"use server";
import { revalidatePath } from "next/cache";
import { updateGovernanceSettings } from "@/lib/org/organization-settings";
import { field, stateAction } from "@/lib/server-action";
import type { SettingsFormState } from "@/components/admin/settings-form-state";

const valuesOf = (form: FormData) => ({
  requireFourEyes: form.get("requireFourEyes") === "on",
  defaultReviewIntervalMonths: field(form, "defaultReviewIntervalMonths"),
  readConfirmationsEnabled: form.get("readConfirmationsEnabled") === "on",
  leadsSeeOnboardingProgress: form.get("leadsSeeOnboardingProgress") === "on",
});

/** Saves the organization settings; a refused save keeps what the admin entered. */
export async function saveSettingsAction(_previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  return stateAction<SettingsFormState>(formData, {
    run: async (viewer, form) => {
      await updateGovernanceSettings(viewer, valuesOf(form));
      revalidatePath("/", "layout");
      return { saved: true, fieldErrors: {} };
    },
    failed: (failure, form) => ({ error: failure.message, fieldErrors: failure.fieldErrors, values: form ? valuesOf(form) : undefined }),
  });
}
