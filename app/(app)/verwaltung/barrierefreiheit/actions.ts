"use server";
import { revalidatePath } from "next/cache";
import { redirectBackAction } from "@/lib/server-action";
import { markAccessibilityFeedbackDone } from "@/lib/org/accessibility-feedback";

export async function markFeedbackDoneAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (_form, query) => `/verwaltung/barrierefreiheit?${query}`,
    success: "erledigt=1",
    run: (viewer, form) => markAccessibilityFeedbackDone(viewer, form.get("id")),
    finally: () => revalidatePath("/verwaltung/barrierefreiheit"),
  });
}
