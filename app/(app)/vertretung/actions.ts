"use server";
import { revalidatePath } from "next/cache";
import { redirectBackAction, safeReturnPath } from "@/lib/server-action";
import { answerTaskGap, reportTaskGap } from "@/lib/journeys/task-gaps";
import { cancelDeputyship, planDeputyship } from "@/lib/journeys/planned-deputyships";

/** Back to the deputy view the report came from (only that page). */
const deputyView = (form: FormData, query: string) => {
  const back = safeReturnPath(form.get("zurueck"), "/vertretung?", "/vertretung");
  return `${back}${back.includes("?") ? "&" : "?"}${query}`;
};
const planningPage = (_form: FormData, query: string) => `/vertretung/planen?${query}`;

/** "Wissenslücke melden" on a task of the deputy view. */
export async function reportTaskGapAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: deputyView,
    success: "gemeldet=1",
    run: (viewer, form) => reportTaskGap(viewer, form.get("taskId"), form.get("beschreibung")),
    finally: () => revalidatePath("/cockpit"),
  });
}

/** Answer and close a reported gap (task owners, unit leads) from the start page. */
export async function answerTaskGapAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (_form, query) => `/?${query}`,
    success: "beantwortet=1",
    run: (viewer, form) => answerTaskGap(viewer, form.get("reportId"), form.get("antwort")),
    finally: () => revalidatePath("/"),
  });
}

/** A lead (or HR/admin) plans a deputyship for a period. */
export async function planDeputyshipAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: planningPage,
    success: "geplant=1",
    run: (viewer, form) =>
      planDeputyship(viewer, { pair: form.get("pair"), von: form.get("von"), bis: form.get("bis"), note: form.get("note") ?? "" }),
    finally: () => revalidatePath("/vertretung"),
  });
}

export async function cancelDeputyshipAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: planningPage,
    success: "entfernt=1",
    run: (viewer, form) => cancelDeputyship(viewer, form.get("id")),
    finally: () => revalidatePath("/vertretung"),
  });
}
