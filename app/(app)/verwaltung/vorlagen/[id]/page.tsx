import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { JSONContent } from "@tiptap/core";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageTemplates } from "@/lib/auth/policy";
import { getTemplateForEditing } from "@/lib/knowledge/article-templates";
import { EMPTY_DOCUMENT } from "@/lib/content/document-schema";
import { loadOr404 } from "@/lib/load-or-404";
import { TemplateForm } from "@/components/admin/template-form";
import { saveTemplateAction } from "../actions";

export const metadata: Metadata = { title: "Vorlage bearbeiten" };

/** Template editor; `/verwaltung/vorlagen/neu` starts a new template. */
export default async function TemplateEditPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!canManageTemplates(viewer)) notFound();
  const { id } = await params;
  let values;
  if (id === "neu") {
    values = { name: "", kind: "PROCEDURE", builtIn: false, content: EMPTY_DOCUMENT as JSONContent };
  } else {
    const template = await loadOr404(() => getTemplateForEditing(viewer, id));
    values = {
      id: template.id,
      name: template.name,
      kind: template.kind,
      builtIn: template.builtIn,
      content: template.content as JSONContent,
    };
  }
  return (
    <>
      <p>
        <Link href="/verwaltung/vorlagen">Zurück zu den Vorlagen</Link>
      </p>
      <h1>{values.id ? `Vorlage „${values.name}“ bearbeiten` : "Neue Vorlage"}</h1>
      <TemplateForm values={values} action={saveTemplateAction} />
    </>
  );
}
