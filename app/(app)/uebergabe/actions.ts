"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { confirmHandover, HANDOVER_FIELDS, saveHandover, startHandover } from "@/lib/journeys/handover";
import { errorQuery, field, redirectAction, stateAction } from "@/lib/server-action";
import type { HandoverFormState, HandoverFormValues } from "@/components/journeys/handover-form-state";

/** Starts an Übergabeprotokoll for the chosen tasks and opens it for editing. */
export async function startHandoverAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const { id } = await startHandover(viewer, { toPersonId: form.get("toPersonId"), taskIds: form.getAll("taskIds") });
      return `/uebergabe/${id}/bearbeiten?neu=1`;
    },
    failed: (failure) => `/uebergabe?${errorQuery(failure)}`,
    finally: () => revalidatePath("/uebergabe"),
  });
}

const valuesOf = (form: FormData): HandoverFormValues => ({
  updatedAt: field(form, "updatedAt"),
  notes: field(form, "notes"),
  items: form.getAll("taskId").map((taskId) => {
    const key = String(taskId);
    return {
      taskId: key,
      status: field(form, `status-${key}`),
      ...Object.fromEntries(HANDOVER_FIELDS.map((handoverField) => [handoverField.key, field(form, `${handoverField.key}-${key}`)])),
    } as HandoverFormValues["items"][number];
  }),
});

/** Saves the record; a refused save keeps everything that was typed. */
export async function saveHandoverAction(_previous: HandoverFormState, formData: FormData): Promise<HandoverFormState> {
  const state = await stateAction<HandoverFormState & { target?: string }>(formData, {
    run: async (viewer, form) => {
      const handoverId = field(form, "handoverId");
      const { confirmationsCleared } = await saveHandover(viewer, handoverId, valuesOf(form));
      revalidatePath(`/uebergabe/${handoverId}`);
      return { target: `/uebergabe/${handoverId}?gespeichert=${confirmationsCleared ? "bestaetigung-aufgehoben" : "1"}` };
    },
    failed: (failure, form) => ({
      error: failure.message,
      fieldErrors: failure.fieldErrors,
      values: form ? valuesOf(form) : undefined,
      attempt: Date.now(),
    }),
    notFoundPage: true,
  });
  if (state.target) redirect(state.target);
  return state;
}

/** "Protokoll bestätigen" for the version shown. */
export async function confirmHandoverAction(formData: FormData): Promise<void> {
  const recordPage = (form: FormData, query: string) => `/uebergabe/${encodeURIComponent(field(form, "handoverId"))}?${query}`;
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const { closed } = await confirmHandover(viewer, field(form, "handoverId"), form.get("updatedAt"));
      return recordPage(form, closed ? "abgeschlossen=1" : "bestaetigt=1");
    },
    failed: (failure, form) => recordPage(form, errorQuery(failure)),
    finally: (form) => revalidatePath(`/uebergabe/${field(form, "handoverId")}`),
  });
}
