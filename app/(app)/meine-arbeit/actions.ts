"use server";
import { revalidatePath } from "next/cache";
import { redirectBackAction } from "@/lib/server-action";
import { clearMyVisits } from "@/lib/knowledge/personal-lists";

/** "Verlauf löschen": the viewer's own "Zuletzt angesehen". */
export async function clearVisitsAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (_form, query) => `/meine-arbeit?${query}`,
    success: "verlauf=geloescht",
    run: (viewer) => clearMyVisits(viewer),
    finally: () => revalidatePath("/meine-arbeit"),
  });
}
