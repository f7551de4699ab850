"use server";
import { revalidatePath } from "next/cache";
import type { Viewer } from "@/lib/auth/viewer";
import { field, redirectBackAction } from "@/lib/server-action";
import { tickOnboarding } from "@/lib/journeys/onboarding";
import { markPracticed } from "@/lib/journeys/practice";
import { addGlossaryEntry, changeOnboardingPath, removeGlossaryEntry } from "@/lib/journeys/onboarding-path";

/** "Gelesen" / "Geübt" on the onboarding path (only the newcomer's own progress). */
export async function tickOnboardingAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (form, query) => `/einarbeitung?${query}#artikel-${encodeURIComponent(field(form, "articleId"))}`,
    success: "gelesen=1",
    run: (viewer, form) =>
      tickOnboarding(viewer, { articleId: form.get("articleId"), what: form.get("what"), done: form.get("done") === "1" }),
    finally: () => revalidatePath("/einarbeitung"),
  });
}

/** Back to the editing page of the position, with the outcome and the item to look at. */
const pathPage = (form: FormData, outcome: string, anchor: string) =>
  `/einarbeitung/wege/${encodeURIComponent(field(form, "positionId"))}?${outcome}#${anchor}`;

/** One change of a position's onboarding path page, redirecting back to it. */
function pathChange(formData: unknown, success: string, anchor: string, run: (viewer: Viewer, form: FormData) => Promise<unknown>) {
  return redirectBackAction(formData, {
    back: (form, query) => pathPage(form, query, anchor),
    success,
    run,
    finally: () => revalidatePath("/einarbeitung"),
  });
}

/** A lead changes the onboarding path of a position (move, add, remove, reset). */
export async function changeOnboardingPathAction(formData: FormData): Promise<void> {
  await pathChange(formData, "geaendert=1", "weg-heading", async (viewer, form) => {
    const change = Object.fromEntries([...form.entries()].filter(([key]) => key !== "positionId" && !key.startsWith("$")));
    await changeOnboardingPath(viewer, field(form, "positionId"), change);
  });
}

export async function addGlossaryEntryAction(formData: FormData): Promise<void> {
  await pathChange(formData, "glossar=1", "glossar-heading", async (viewer, form) => {
    await addGlossaryEntry(viewer, field(form, "positionId"), { term: form.get("term"), meaning: form.get("meaning") });
  });
}

export async function removeGlossaryEntryAction(formData: FormData): Promise<void> {
  await pathChange(formData, "glossar=1", "glossar-heading", async (viewer, form) => {
    await removeGlossaryEntry(viewer, field(form, "positionId"), form.get("entryId"));
  });
}

/** "Selbst durchgeführt" for a task of the path (newcomer in the position, or deputy). */
export async function markTaskPractisedAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (form, query) => `/einarbeitung?${query}#aufgabe-${encodeURIComponent(field(form, "taskId"))}`,
    success: (form) => (form.get("rueckgaengig") === "1" ? "durchgefuehrt=0" : "durchgefuehrt=1"),
    run: (viewer, form) => markPracticed(viewer, field(form, "taskId"), new Date(), form.get("rueckgaengig") === "1"),
    finally: () => revalidatePath("/einarbeitung"),
  });
}
