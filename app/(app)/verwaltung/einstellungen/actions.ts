"use server";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { updateGovernanceSettings } from "@/lib/org/organization-settings";
import { DomainError, userMessageOf } from "@/lib/errors";
import type { SettingsFormState } from "@/components/admin/settings-form-state";

/** Saves the organization settings; a refused save keeps what the admin entered. */
export async function saveSettingsAction(_previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const values = {
    requireFourEyes: formData.get("requireFourEyes") === "on",
    defaultReviewIntervalMonths: String(formData.get("defaultReviewIntervalMonths") ?? ""),
    readConfirmationsEnabled: formData.get("readConfirmationsEnabled") === "on",
    leadsSeeOnboardingProgress: formData.get("leadsSeeOnboardingProgress") === "on",
  };
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.", fieldErrors: {}, values };
  try {
    await updateGovernanceSettings(viewer, values);
  } catch (error) {
    return { error: userMessageOf(error), fieldErrors: error instanceof DomainError ? error.fieldErrors : {}, values };
  }
  revalidatePath("/", "layout");
  return { saved: true, fieldErrors: {} };
}
