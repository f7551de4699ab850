"use server";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { applyImport, previewImport } from "@/lib/org-import/org-import";
import { IMPORT_KINDS, type ImportKind } from "@/lib/org-import/formats";
import { userMessageOf } from "@/lib/errors";
import type { OrgImportState } from "@/components/admin/import-form-state";

const MAX_BYTES = 5 * 1024 * 1024;
const kindOf = (value: FormDataEntryValue | null): ImportKind | null => IMPORT_KINDS.find((kind) => kind === value) ?? null;

/** Step 1: reads the uploaded CSV and reports per row; nothing is stored. */
export async function previewOrgImportAction(_previous: OrgImportState, formData: FormData): Promise<OrgImportState> {
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." };
  const kind = kindOf(formData.get("art"));
  const file = formData.get("datei");
  if (!kind) return { error: "Bitte wählen Sie, was importiert werden soll." };
  if (!(file instanceof File) || file.size === 0) return { error: "Bitte wählen Sie eine CSV-Datei aus." };
  if (file.size > MAX_BYTES) return { error: "Die Datei ist größer als 5 MB. Bitte teilen Sie sie auf." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { error: "Die Datei ist nicht in UTF-8 gespeichert. Bitte in der Tabellenkalkulation als „CSV UTF-8“ speichern." };
  }
  try {
    return { plan: await previewImport(viewer, kind, text), text, fileName: file.name.slice(0, 200) };
  } catch (error) {
    return { error: userMessageOf(error) };
  }
}

/** Step 2: applies the checked content (checked again, in one transaction). */
export async function applyOrgImportAction(_previous: OrgImportState, formData: FormData): Promise<OrgImportState> {
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." };
  const kind = kindOf(formData.get("art"));
  if (!kind) return { error: "Bitte wählen Sie, was importiert werden soll." };
  try {
    const plan = await applyImport(viewer, kind, String(formData.get("text") ?? ""));
    revalidatePath("/cockpit");
    return { plan, applied: true };
  } catch (error) {
    return { error: userMessageOf(error) };
  }
}
