"use server";
import { revalidatePath } from "next/cache";
import { redirectBackAction } from "@/lib/server-action";
import { requestTaskDocumentation } from "@/lib/journeys/task-gaps";

/** HR (who writes no articles) asks the task's owners and the unit's lead to document it. */
export async function requestDocumentationAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (form, query) => `/cockpit/aufgabe/${encodeURIComponent(String(form.get("taskId") ?? ""))}?${query}`,
    success: "angefragt=1",
    run: (viewer, form) => requestTaskDocumentation(viewer, form.get("taskId"), form.get("nachricht")),
    finally: () => revalidatePath("/"),
  });
}
