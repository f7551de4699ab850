"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { saveRecord } from "@/lib/org-import/org-import";
import { COLUMNS, IMPORT_KINDS } from "@/lib/org-import/formats";
import { stateAction } from "@/lib/server-action";
import type { MasterRecordState } from "@/components/admin/master-record-form";

/** Multiple choices (Stellen, Zuständige, ranked deputies) arrive as several values: one comma-separated cell, in order. */
const valuesOf = (form: FormData, kind: (typeof IMPORT_KINDS)[number]) =>
  Object.fromEntries(COLUMNS[kind].map((column) => [column.name, form.getAll(column.name).map(String).filter(Boolean).join(", ")]));

/** Saves one record of units, positions, people or tasks (same checks as a CSV row). */
export async function saveMasterRecordAction(_previous: MasterRecordState, formData: FormData): Promise<MasterRecordState> {
  const state = await stateAction<MasterRecordState & { savedKind?: string }>(formData, {
    run: async (viewer, form) => {
      const kind = IMPORT_KINDS.find((candidate) => candidate === form.get("art"));
      if (!kind) return { errors: ["Unbekannte Art."] };
      await saveRecord(viewer, kind, valuesOf(form, kind));
      return { errors: [], savedKind: kind };
    },
    failed: (failure, form) => {
      const kind = IMPORT_KINDS.find((candidate) => candidate === form?.get("art"));
      const details = Object.values(failure.fieldErrors).flat();
      return { errors: details.length > 0 ? details : [failure.message], values: form && kind ? valuesOf(form, kind) : undefined };
    },
  });
  if (!state.savedKind) return state;
  revalidatePath(`/verwaltung/stammdaten/${state.savedKind}`);
  redirect(`/verwaltung/stammdaten/${state.savedKind}?gespeichert=1`);
}
