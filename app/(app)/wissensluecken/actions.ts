"use server";
import { revalidatePath } from "next/cache";
import { redirectBackAction } from "@/lib/server-action";
import { answerTaskGap } from "@/lib/journeys/task-gaps";

/** Answer and close a reported gap from the Wissenslücken page (also those from searches without results). */
export async function answerGapAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (_form, query) => `/wissensluecken?${query}`,
    success: "beantwortet=1",
    run: (viewer, form) => answerTaskGap(viewer, form.get("reportId"), form.get("antwort")),
    finally: () => revalidatePath("/wissensluecken"),
  });
}
