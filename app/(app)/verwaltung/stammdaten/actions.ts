"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { saveRecord } from "@/lib/org-import/org-import";
import { COLUMNS, IMPORT_KINDS } from "@/lib/org-import/formats";
import { DomainError, userMessageOf } from "@/lib/errors";
import type { MasterRecordState } from "@/components/admin/master-record-form";

/** Saves one record of units, positions, people or tasks (same checks as a CSV row). */
export async function saveMasterRecordAction(_previous: MasterRecordState, formData: FormData): Promise<MasterRecordState> {
  const kind = IMPORT_KINDS.find((candidate) => candidate === formData.get("art"));
  if (!kind) return { errors: ["Unbekannte Art."] };
  // Multiple choices (Stellen, Zuständige, ranked deputies) arrive as several values: one comma-separated cell, in order.
  const values = Object.fromEntries(COLUMNS[kind].map((column) => [column.name, formData.getAll(column.name).map(String).filter(Boolean).join(", ")]));
  const viewer = await currentViewer();
  if (!viewer) return { errors: ["Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an."], values };
  try {
    await saveRecord(viewer, kind, values);
  } catch (error) {
    const details = error instanceof DomainError ? Object.values(error.fieldErrors).flat() : [];
    return { errors: details.length > 0 ? details : [userMessageOf(error)], values };
  }
  revalidatePath(`/verwaltung/stammdaten/${kind}`);
  redirect(`/verwaltung/stammdaten/${kind}?gespeichert=1`);
}
