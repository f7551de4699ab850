import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canImportOrganizationData } from "@/lib/auth/policy";
import { COLUMNS, IMPORT_KINDS, KIND_LABELS } from "@/lib/org-import/formats";
import { OrgImportForm } from "@/components/admin/org-import-form";
import { applyOrgImportAction, previewOrgImportAction } from "./actions";

export const metadata: Metadata = { title: "Import und Export" };

/** CSV import and export of units, positions, people and tasks (admins and HR). */
export default async function OrgImportPage() {
  const viewer = await requireViewer();
  if (!canImportOrganizationData(viewer)) notFound();
  return (
    <>
      <h1>Import und Export</h1>
      <p>
        Übernehmen Sie Organisationseinheiten, Stellen, Beschäftigte und Aufgaben aus Ihren Systemen als CSV-Datei. Reihenfolge: Einheiten →
        Stellen → Beschäftigte → Aufgaben. Zeilen werden über ihren Schlüssel erkannt; dieselbe Datei zweimal zu übernehmen ändert nichts.
        Enthält eine Datei einen Fehler, wird nichts übernommen. Einträge, die nicht in der Datei stehen, bleiben unverändert.
      </p>
      <OrgImportForm previewAction={previewOrgImportAction} applyAction={applyOrgImportAction} />
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Exportieren und Beispieldateien</h2>
        <p>Der Export hat dasselbe Format wie der Import – zum Bearbeiten in einer Tabellenkalkulation und erneuten Import.</p>
        <table className="data-table">
          <caption className="visually-hidden">Export und Beispieldatei je Art</caption>
          <thead>
            <tr>
              <th scope="col">Art</th>
              <th scope="col">Aktueller Stand</th>
              <th scope="col">Beispiel</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{KIND_LABELS[kind]}</th>
                <td>
                  <a href={`/verwaltung/import/export?art=${kind}`} download>
                    {KIND_LABELS[kind]} exportieren (CSV)
                  </a>
                </td>
                <td>
                  <a href={`/verwaltung/import/beispiel?art=${kind}`} download>
                    Beispieldatei {KIND_LABELS[kind]} (CSV)
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="formats-heading">
        <h2 id="formats-heading">Spalten je Art</h2>
        {IMPORT_KINDS.map((kind) => (
          <details key={kind}>
            <summary>{KIND_LABELS[kind]}</summary>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Spalte</th>
                  <th scope="col">Pflicht</th>
                  <th scope="col">Inhalt</th>
                </tr>
              </thead>
              <tbody>
                {COLUMNS[kind].map((column) => (
                  <tr key={column.name}>
                    <th scope="row">
                      <code>{column.name}</code>
                    </th>
                    <td>{column.required ? "ja" : "nein"}</td>
                    <td>{column.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
      </section>
    </>
  );
}
