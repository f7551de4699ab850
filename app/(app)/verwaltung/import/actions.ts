"use server";
import { revalidatePath } from "next/cache";
import { applyImport, previewImport } from "@/lib/org-import/org-import";
import { IMPORT_KINDS, type ImportKind } from "@/lib/org-import/formats";
import { field, stateAction } from "@/lib/server-action";
import type { OrgImportState } from "@/components/admin/import-form-state";

const MAX_BYTES = 5 * 1024 * 1024;
const kindOf = (value: FormDataEntryValue | null): ImportKind | null => IMPORT_KINDS.find((kind) => kind === value) ?? null;
const failed = (failure: { message: string }): OrgImportState => ({ error: failure.message });

/** Step 1: reads the uploaded CSV and reports per row; nothing is stored. */
export async function previewOrgImportAction(_previous: OrgImportState, formData: FormData): Promise<OrgImportState> {
  return stateAction<OrgImportState>(formData, {
    run: async (viewer, form) => {
      const kind = kindOf(form.get("art"));
      const file = form.get("datei");
      if (!kind) return { error: "Bitte wählen Sie, was importiert werden soll." };
      if (!(file instanceof File) || file.size === 0) return { error: "Bitte wählen Sie eine CSV-Datei aus." };
      if (file.size > MAX_BYTES) return { error: "Die Datei ist größer als 5 MB. Bitte teilen Sie sie auf." };
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        return { error: "Die Datei ist nicht in UTF-8 gespeichert. Bitte in der Tabellenkalkulation als „CSV UTF-8“ speichern." };
      }
      return { plan: await previewImport(viewer, kind, text), text, fileName: file.name.slice(0, 200) };
    },
    failed,
  });
}

/** Step 2: applies the checked content (checked again, in one transaction). */
export async function applyOrgImportAction(_previous: OrgImportState, formData: FormData): Promise<OrgImportState> {
  return stateAction<OrgImportState>(formData, {
    run: async (viewer, form) => {
      const kind = kindOf(form.get("art"));
      if (!kind) return { error: "Bitte wählen Sie, was importiert werden soll." };
      const plan = await applyImport(viewer, kind, field(form, "text"));
      revalidatePath("/cockpit");
      return { plan, applied: true };
    },
    failed,
  });
}
