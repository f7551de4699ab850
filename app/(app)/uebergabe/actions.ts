"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { confirmHandover, HANDOVER_FIELDS, saveHandover, startHandover } from "@/lib/journeys/handover";
import { DomainError, userMessageOf } from "@/lib/errors";
import type { HandoverFormState, HandoverFormValues } from "@/components/journeys/handover-form-state";

/** Starts an Übergabeprotokoll for the chosen tasks and opens it for editing. */
export async function startHandoverAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  let target: string;
  try {
    const { id } = await startHandover(viewer, { toPersonId: formData.get("toPersonId"), taskIds: formData.getAll("taskIds") });
    target = `/uebergabe/${id}/bearbeiten?neu=1`;
  } catch (error) {
    target = `/uebergabe?fehler=${encodeURIComponent(userMessageOf(error))}`;
  }
  revalidatePath("/uebergabe");
  redirect(target);
}

const valuesOf = (formData: FormData): HandoverFormValues => ({
  updatedAt: String(formData.get("updatedAt") ?? ""),
  notes: String(formData.get("notes") ?? ""),
  items: formData.getAll("taskId").map((taskId) => {
    const key = String(taskId);
    return {
      taskId: key,
      status: String(formData.get(`status-${key}`) ?? ""),
      ...Object.fromEntries(HANDOVER_FIELDS.map((field) => [field.key, String(formData.get(`${field.key}-${key}`) ?? "")])),
    } as HandoverFormValues["items"][number];
  }),
});

/** Saves the record; a refused save keeps everything that was typed. */
export async function saveHandoverAction(handoverId: string, _previous: HandoverFormState, formData: FormData): Promise<HandoverFormState> {
  const values = valuesOf(formData);
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich in einem neuen Tab an; Ihre Eingaben bleiben hier stehen.", values, attempt: Date.now() };
  let cleared: boolean;
  try {
    ({ confirmationsCleared: cleared } = await saveHandover(viewer, handoverId, values));
  } catch (error) {
    return { error: userMessageOf(error), fieldErrors: error instanceof DomainError ? error.fieldErrors : {}, values, attempt: Date.now() };
  }
  revalidatePath(`/uebergabe/${handoverId}`);
  redirect(`/uebergabe/${handoverId}?gespeichert=${cleared ? "bestaetigung-aufgehoben" : "1"}`);
}

/** "Protokoll bestätigen" for the version shown. */
export async function confirmHandoverAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const id = String(formData.get("handoverId") ?? "");
  let outcome: string;
  try {
    const { closed } = await confirmHandover(viewer, id, formData.get("updatedAt"));
    outcome = closed ? "abgeschlossen=1" : "bestaetigt=1";
  } catch (error) {
    outcome = `fehler=${encodeURIComponent(userMessageOf(error))}`;
  }
  revalidatePath(`/uebergabe/${id}`);
  redirect(`/uebergabe/${encodeURIComponent(id)}?${outcome}`);
}
