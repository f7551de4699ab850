import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle } from "@/lib/auth/policy";
import { ImportForm } from "@/components/knowledge/import-form";
import { previewImportAction, saveImportAction } from "./actions";

export const metadata: Metadata = { title: "Word-Dokument importieren" };

export default async function ImportPage() {
  const viewer = await requireViewer();
  if (!canCreateArticle(viewer)) notFound();
  return (
    <>
      <p>
        <Link href="/wissen/neu">Zurück zu „Neuer Artikel“</Link>
      </p>
      <h1>Word-Dokument importieren</h1>
      <p>
        Viel Wissen steckt in Word-Dateien. Laden Sie eine Datei hoch, prüfen Sie die Vorschau und speichern Sie sie als Entwurf – danach
        ergänzen Sie Aufgaben, Organisationseinheiten und Bausteine im Editor.
      </p>
      <ImportForm previewAction={previewImportAction} saveAction={saveImportAction} />
    </>
  );
}
