import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canMapCatalogueTasks } from "@/lib/auth/policy";
import { MAPPING_PAGE_SIZE, mappingFilterSchema, tasksForMapping } from "@/lib/verbund/task-mapping";
import { productAreaLabel } from "@/lib/verbund/product-areas";
import { saveTaskMappingsAction } from "../actions";

export const metadata: Metadata = { title: "Aufgaben zuordnen – Wissensverbund" };

const percent = (score: number) => `${Math.round(score * 100)} %`;

/**
 * Bulk page "Aufgaben zuordnen": a page of the municipality's tasks, each with
 * a choice of catalogue entries – the suggestions first – saved together.
 */
export default async function TaskMappingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canMapCatalogueTasks(viewer)) notFound();
  const params = await searchParams;
  const filter = mappingFilterSchema.parse(params);
  const page = await tasksForMapping(viewer, params);
  const query = (changes: Record<string, string | number | undefined>) => {
    const merged = { zeige: filter.zeige, einheit: filter.einheit, seite: page.page, ...changes };
    const search = new URLSearchParams(
      Object.entries(merged)
        .filter(([, value]) => value !== undefined && value !== "")
        .map(([key, value]) => [key, String(value)]),
    );
    return `/verwaltung/verbund/zuordnen?${search.toString()}`;
  };
  const saved = typeof params.gespeichert === "string" ? Number(params.gespeichert) : null;
  const error = typeof params.fehler === "string" ? params.fehler.slice(0, 400) : null;
  const areas = [...new Set(page.catalogue.map((entry) => entry.productArea))];
  return (
    <>
      <p>
        <Link href="/verwaltung/verbund">← Wissensverbund</Link>
      </p>
      <h1>Aufgaben zuordnen</h1>
      <p>
        Ordnen Sie jede Ihrer Aufgaben der passenden Musteraufgabe des Verbundkatalogs zu. Vorschläge stehen oben in der Auswahl, nach
        Übereinstimmung von Bezeichnung und Rechtsgrundlage. Gespeichert wird erst mit „Zuordnungen speichern“.
      </p>
      <p>
        {page.mapped} Aufgaben zugeordnet, {page.unmapped} noch offen.
      </p>
      {saved !== null && Number.isFinite(saved) && (
        <p className="alert alert--success" role="status">
          {saved === 0 ? "Es hat sich nichts geändert." : `${saved} ${saved === 1 ? "Zuordnung" : "Zuordnungen"} gespeichert.`}
        </p>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <form method="get" className="card filters" aria-label="Aufgaben filtern">
        <div className="field">
          <label htmlFor="mapping-show">Anzeigen</label>
          <select id="mapping-show" name="zeige" defaultValue={filter.zeige}>
            <option value="offen">Nur noch nicht zugeordnete</option>
            <option value="alle">Alle Aufgaben</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="mapping-unit">Organisationseinheit</label>
          <select id="mapping-unit" name="einheit" defaultValue={filter.einheit ?? ""}>
            <option value="">Alle Einheiten</option>
            {page.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Anzeigen
        </button>
      </form>
      {page.tasks.length === 0 ? (
        <p>{filter.zeige === "offen" ? "Alle Aufgaben dieser Auswahl sind zugeordnet." : "Keine Aufgaben in dieser Auswahl."}</p>
      ) : (
        <form action={saveTaskMappingsAction} className="card">
          <input type="hidden" name="zurueck" value={query({})} />
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Aufgaben und Musteraufgaben">
            <table className="data-table stacked-table">
              <caption>
                Aufgaben {(page.page - 1) * MAPPING_PAGE_SIZE + 1}–{(page.page - 1) * MAPPING_PAGE_SIZE + page.tasks.length} von{" "}
                {page.total}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Aufgabe</th>
                  <th scope="col">Musteraufgabe</th>
                </tr>
              </thead>
              <tbody>
                {page.tasks.map((task) => {
                  const selectId = `zuordnung-${task.id}`;
                  const suggested = new Set(task.suggestions.map((suggestion) => suggestion.id));
                  return (
                    <tr key={task.id}>
                      <th scope="row">
                        <label htmlFor={selectId}>
                          {task.taskNumber && <span className="muted">{task.taskNumber} </span>}
                          {task.title}
                        </label>
                        <div className="muted">
                          {task.unitName}
                          {task.legalBasis && ` · ${task.legalBasis}`}
                        </div>
                      </th>
                      <td>
                        <select
                          id={selectId}
                          name={selectId}
                          defaultValue={task.catalogTaskId ?? ""}
                          aria-describedby={`${selectId}-vorschlag`}
                        >
                          <option value="">– keine Zuordnung –</option>
                          {task.suggestions.length > 0 && (
                            <optgroup label="Vorschläge">
                              {task.suggestions.map((suggestion) => (
                                <option key={suggestion.id} value={suggestion.id}>
                                  {suggestion.key} {suggestion.title} (Übereinstimmung {percent(suggestion.score)})
                                </option>
                              ))}
                            </optgroup>
                          )}
                          {areas.map((area) => (
                            <optgroup key={area} label={productAreaLabel(area)}>
                              {page.catalogue
                                .filter((entry) => entry.productArea === area && !suggested.has(entry.id))
                                .map((entry) => (
                                  <option key={entry.id} value={entry.id}>
                                    {entry.key} {entry.title}
                                    {entry.active ? "" : " (stillgelegt)"}
                                  </option>
                                ))}
                            </optgroup>
                          ))}
                        </select>
                        <p className="field-hint" id={`${selectId}-vorschlag`}>
                          {task.suggestions.length > 0
                            ? `Vorschlag: ${task.suggestions[0].key} ${task.suggestions[0].title} (${percent(task.suggestions[0].score)})`
                            : "Kein Vorschlag – bitte in der Liste suchen."}
                        </p>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button type="submit" className="button">
            Zuordnungen speichern
          </button>
        </form>
      )}
      {page.pageCount > 1 && (
        <nav aria-label="Seiten" className="pagination">
          {page.page > 1 && <Link href={query({ seite: page.page - 1 })}>← Vorherige Seite</Link>}{" "}
          <span>
            Seite {page.page} von {page.pageCount}
          </span>{" "}
          {page.page < page.pageCount && <Link href={query({ seite: page.page + 1 })}>Nächste Seite →</Link>}
        </nav>
      )}
    </>
  );
}
