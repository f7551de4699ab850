"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { outcomeOf } from "@/lib/action-outcome";
import { tickOnboarding } from "@/lib/journeys/onboarding";
import { markPracticed } from "@/lib/journeys/practice";
import { addGlossaryEntry, changeOnboardingPath, removeGlossaryEntry } from "@/lib/journeys/onboarding-path";

/** "Gelesen" / "Geübt" on the onboarding path (only the newcomer's own progress). */
export async function tickOnboardingAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  await tickOnboarding(viewer, { articleId: formData.get("articleId"), what: formData.get("what"), done: formData.get("done") === "1" });
  revalidatePath("/einarbeitung");
  redirect(`/einarbeitung#artikel-${String(formData.get("articleId") ?? "")}`);
}

/** Back to the editing page of the position, with the outcome and the item to look at. */
function backToPath(positionId: string, outcome: string, anchor = "weg-heading"): never {
  redirect(`/einarbeitung/wege/${encodeURIComponent(positionId)}?${outcome}#${anchor}`);
}

/** A lead changes the onboarding path of a position (move, add, remove, reset). */
export async function changeOnboardingPathAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const positionId = String(formData.get("positionId") ?? "");
  const change = Object.fromEntries([...formData.entries()].filter(([key]) => key !== "positionId" && !key.startsWith("$")));
  const outcome = await outcomeOf(() => changeOnboardingPath(viewer, positionId, change), "geaendert=1");
  revalidatePath("/einarbeitung");
  backToPath(positionId, outcome);
}

export async function addGlossaryEntryAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const positionId = String(formData.get("positionId") ?? "");
  const outcome = await outcomeOf(() => addGlossaryEntry(viewer, positionId, { term: formData.get("term"), meaning: formData.get("meaning") }), "glossar=1");
  backToPath(positionId, outcome, "glossar-heading");
}

export async function removeGlossaryEntryAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const positionId = String(formData.get("positionId") ?? "");
  const outcome = await outcomeOf(() => removeGlossaryEntry(viewer, positionId, formData.get("entryId")), "glossar=1");
  backToPath(positionId, outcome, "glossar-heading");
}

/** "Selbst durchgeführt" for a task of the path (newcomer in the position, or deputy). */
export async function markTaskPractisedAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const taskId = String(formData.get("taskId") ?? "");
  const outcome = await outcomeOf(() => markPracticed(viewer, taskId), "durchgefuehrt=1");
  revalidatePath("/einarbeitung");
  redirect(`/einarbeitung?${outcome}#aufgabe-${encodeURIComponent(taskId)}`);
}
