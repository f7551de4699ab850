"use server";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { previewDocxImport, importDocxAsDraft } from "@/lib/knowledge/import-article";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { field, stateAction } from "@/lib/server-action";
import type { ImportFormState } from "@/components/knowledge/import-form-state";
import { jsonFromForm } from "@/lib/content/form-json";

/** Step 1: converts the uploaded .docx and returns the preview; nothing is stored. */
export async function previewImportAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  return stateAction<ImportFormState>(formData, {
    run: async (viewer, form) => {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return { error: "Bitte wählen Sie ein Word-Dokument (.docx) aus." };
      const converted = await previewDocxImport(viewer, new Uint8Array(await file.arrayBuffer()), file.name);
      return {
        preview: {
          title: converted.title,
          kind: field(form, "kind") || "PROCEDURE",
          html: converted.content.html,
          content: JSON.stringify(converted.content.json),
          warnings: converted.warnings,
          fileName: file.name.slice(0, 200),
        },
      };
    },
    failed: (failure) => ({ error: failure.message }),
  });
}

/** Step 2: saves the previewed content as a new draft (checked again like any save). */
export async function saveImportAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const state = await stateAction<ImportFormState & { savedId?: string }>(formData, {
    run: async (viewer, form) => {
      const { id } = await importDocxAsDraft(viewer, {
        title: form.get("title"),
        kind: form.get("kind"),
        content: jsonFromForm(form, "content"),
      });
      return { savedId: id };
    },
    failed: (failure) => ({ error: failure.message }),
  });
  if (!state.savedId) return state;
  after(drainSearchOutboxQuietly);
  revalidatePath("/wissen");
  redirect(`/wissen/${state.savedId}?gespeichert=1`);
}
