"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { outcomeOf } from "@/lib/action-outcome";
import { deleteTemplate, saveTemplate, setUnitTemplateDefaults } from "@/lib/knowledge/article-templates";
import { DomainError, userMessageOf } from "@/lib/errors";
import type { TemplateFormState } from "@/components/admin/template-form";
import { jsonFromForm } from "@/lib/content/form-json";

/** Saves a template from the template editor. */
export async function saveTemplateAction(_previous: TemplateFormState, formData: FormData): Promise<TemplateFormState> {
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich in einem neuen Tab an – Ihr Text bleibt hier erhalten.", fieldErrors: {} };
  const content = jsonFromForm(formData, "content");
  try {
    await saveTemplate(viewer, { id: formData.get("id") || undefined, name: formData.get("name"), kind: formData.get("kind") ?? "PROCEDURE", content });
  } catch (error) {
    return { error: userMessageOf(error), fieldErrors: error instanceof DomainError ? error.fieldErrors : {} };
  }
  revalidatePath("/verwaltung/vorlagen");
  redirect("/verwaltung/vorlagen?gespeichert=1");
}

/** Saves the default template of every unit listed in the form. */
export async function saveUnitDefaultsAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const entries = [...formData.entries()]
    .filter(([key]) => key.startsWith("unit:"))
    .map(([key, value]) => ({ unitId: key.slice("unit:".length), templateId: String(value) }));
  const outcome = await outcomeOf(() => setUnitTemplateDefaults(viewer, entries), "standard=1");
  revalidatePath("/verwaltung/vorlagen");
  redirect(`/verwaltung/vorlagen?${outcome}`);
}

/** Deletes one of the organization's own templates. */
export async function deleteTemplateAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const outcome = await outcomeOf(() => deleteTemplate(viewer, formData.get("id")), "geloescht=1");
  revalidatePath("/verwaltung/vorlagen");
  redirect(`/verwaltung/vorlagen?${outcome}`);
}
