"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { outcomeOf } from "@/lib/action-outcome";
import { answerTaskGap, reportTaskGap } from "@/lib/journeys/task-gaps";
import { cancelDeputyship, planDeputyship } from "@/lib/journeys/planned-deputyships";

/** Back to the deputy view the report came from (only that page). */
const backTo = (value: FormDataEntryValue | null) => {
  const path = String(value ?? "");
  return path.startsWith("/vertretung?") ? path : "/vertretung";
};

/** "Wissenslücke melden" on a task of the deputy view. */
export async function reportTaskGapAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const back = backTo(formData.get("zurueck"));
  const outcome = await outcomeOf(() => reportTaskGap(viewer, formData.get("taskId"), formData.get("beschreibung")), "gemeldet=1");
  revalidatePath("/cockpit");
  redirect(`${back}${back.includes("?") ? "&" : "?"}${outcome}`);
}

/** Answer and close a reported gap (task owners, unit leads) from the start page. */
export async function answerTaskGapAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const outcome = await outcomeOf(() => answerTaskGap(viewer, formData.get("reportId"), formData.get("antwort")), "beantwortet=1");
  revalidatePath("/");
  redirect(`/?${outcome}`);
}

/** A lead (or HR/admin) plans a deputyship for a period. */
export async function planDeputyshipAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const outcome = await outcomeOf(() => planDeputyship(viewer, { pair: formData.get("pair"), von: formData.get("von"), bis: formData.get("bis"), note: formData.get("note") ?? "" }), "geplant=1");
  revalidatePath("/vertretung");
  redirect(`/vertretung/planen?${outcome}`);
}

export async function cancelDeputyshipAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const outcome = await outcomeOf(() => cancelDeputyship(viewer, formData.get("id")), "entfernt=1");
  revalidatePath("/vertretung");
  redirect(`/vertretung/planen?${outcome}`);
}
