"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { Viewer } from "@/lib/auth/viewer";
import { redirectBackAction, stateAction } from "@/lib/server-action";
import { deleteTemplate, saveTemplate, setUnitTemplateDefaults } from "@/lib/knowledge/article-templates";
import type { TemplateFormState } from "@/components/admin/template-form";
import { jsonFromForm } from "@/lib/content/form-json";

/** Saves a template from the template editor; a refused save keeps the text. */
export async function saveTemplateAction(_previous: TemplateFormState, formData: FormData): Promise<TemplateFormState> {
  const state = await stateAction<TemplateFormState & { saved?: boolean }>(formData, {
    run: async (viewer, form) => {
      await saveTemplate(viewer, {
        id: form.get("id") || undefined,
        name: form.get("name"),
        kind: form.get("kind") ?? "PROCEDURE",
        content: jsonFromForm(form, "content"),
      });
      return { fieldErrors: {}, saved: true };
    },
    failed: (failure) => ({ error: failure.message, fieldErrors: failure.fieldErrors }),
  });
  if (!state.saved) return state;
  revalidatePath("/verwaltung/vorlagen");
  redirect("/verwaltung/vorlagen?gespeichert=1");
}

/** A change on the template overview, redirecting back to it with the outcome. */
function templatesChange(formData: unknown, success: string, run: (viewer: Viewer, form: FormData) => Promise<unknown>) {
  return redirectBackAction(formData, {
    back: (_form, query) => `/verwaltung/vorlagen?${query}`,
    success,
    run,
    finally: () => revalidatePath("/verwaltung/vorlagen"),
  });
}

/** Saves the default template of every unit listed in the form. */
export async function saveUnitDefaultsAction(formData: FormData): Promise<void> {
  await templatesChange(formData, "standard=1", async (viewer, form) => {
    const entries = [...form.entries()]
      .filter(([key]) => key.startsWith("unit:"))
      .map(([key, value]) => ({ unitId: key.slice("unit:".length), templateId: String(value) }));
    await setUnitTemplateDefaults(viewer, entries);
  });
}

/** Deletes one of the organization's own templates. */
export async function deleteTemplateAction(formData: FormData): Promise<void> {
  await templatesChange(formData, "geloescht=1", async (viewer, form) => {
    await deleteTemplate(viewer, form.get("id"));
  });
}
