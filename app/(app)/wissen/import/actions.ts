"use server";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle } from "@/lib/auth/policy";
import { convertDocx } from "@/lib/content/import-docx";
import { importDocxAsDraft } from "@/lib/knowledge/import-article";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { userMessageOf } from "@/lib/errors";
import type { ImportFormState } from "@/components/knowledge/import-form-state";
import { jsonFromForm } from "@/lib/content/form-json";

const SESSION_EXPIRED = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich in einem neuen Tab an und versuchen Sie es erneut.";

/** Step 1: converts the uploaded .docx and returns the preview; nothing is stored. */
export async function previewImportAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const viewer = await currentViewer();
  if (!viewer) return { error: SESSION_EXPIRED };
  if (!canCreateArticle(viewer)) return { error: "Sie dürfen keine Artikel anlegen." };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Bitte wählen Sie ein Word-Dokument (.docx) aus." };
  const kind = String(formData.get("kind") ?? "PROCEDURE");
  try {
    const converted = await convertDocx(new Uint8Array(await file.arrayBuffer()), file.name);
    return {
      preview: {
        title: converted.title,
        kind,
        html: converted.content.html,
        content: JSON.stringify(converted.content.json),
        warnings: converted.warnings,
        fileName: file.name.slice(0, 200),
      },
    };
  } catch (error) {
    return { error: userMessageOf(error) };
  }
}

/** Step 2: saves the previewed content as a new draft (checked again like any save). */
export async function saveImportAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const viewer = await currentViewer();
  if (!viewer) return { error: SESSION_EXPIRED };
  const content = jsonFromForm(formData, "content");
  let id: string;
  try {
    ({ id } = await importDocxAsDraft(viewer, { title: formData.get("title"), kind: formData.get("kind"), content }));
  } catch (error) {
    return { error: userMessageOf(error) };
  }
  after(drainSearchOutboxQuietly);
  revalidatePath("/wissen");
  redirect(`/wissen/${id}?gespeichert=1`);
}
