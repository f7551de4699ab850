import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { knowledgeCheck } from "@/lib/knowledge-check/checks";
import { isGap, isStrength, TARGET_FIELDS } from "@/lib/knowledge-check/target-fields";
import { planQuarters, quarterLabel } from "@/lib/knowledge-check/plan";
import { formatDate } from "@/lib/format-date";
import { PrintButton } from "@/components/layout/print-button";
import { changeMeasureAction } from "../../actions";

export const metadata: Metadata = { title: "Bericht zum Wissens-Check" };

const STATUS_LABELS = { OPEN: "offen", IN_PROGRESS: "in Arbeit", DONE: "erledigt" } as const;

function change(previous: number | null, now: number | null): string {
  if (previous === null || now === null) return "–";
  if (now === previous) return "gleich";
  return now > previous ? `+${now - previous}` : `${now - previous}`;
}

/** The report of a completed check: strengths, gaps, all fields with the change, and the editable three-year plan. Printable. */
export default async function KnowledgeCheckReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ abgeschlossen?: string; plan?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { abgeschlossen, plan, fehler } = await searchParams;
  const check = await loadOr404(() => knowledgeCheck(viewer, id));
  if (check.status !== "COMPLETED" || !check.completedAt) redirect(`/wissens-check/${check.id}`);
  const strengths = check.fields.filter((field) => field.rating.level !== null && isStrength(field.rating.level));
  const gaps = check.fields.filter((field) => field.rating.level !== null && isGap(field.rating.level));
  const quarters = planQuarters(check.completedAt);
  const years = [...new Set(quarters.map((quarter) => quarter.slice(0, 4)))];
  const titleOf = new Map(TARGET_FIELDS.map((field) => [field.key, field.title]));
  return (
    <>
      <p className="no-print">
        <Link href="/wissens-check">← Wissens-Check</Link>
      </p>
      <h1>Bericht zum Wissens-Check: {check.unitName}</h1>
      <p>
        Abgeschlossen am {formatDate(check.completedAt)}
        {check.previousCompletedAt && `; verglichen mit dem Check vom ${formatDate(check.previousCompletedAt)}`}. Bewertet sind Aufgaben und
        Abläufe der Einheit, keine Personen.
      </p>
      {abgeschlossen && (
        <p className="alert alert--success" role="status">
          Der Check ist abgeschlossen. Aus den Lücken ist ein Dreijahresplan entstanden – passen Sie ihn unten an.
        </p>
      )}
      {plan && (
        <p className="alert alert--success" role="status">
          Der Plan ist gespeichert.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 400)}
        </p>
      )}
      <p className="no-print">
        <PrintButton />
      </p>
      <section className="card" aria-labelledby="report-strengths">
        <h2 id="report-strengths">Stärken (Stufe 3–4)</h2>
        {strengths.length === 0 ? (
          <p>Noch keine.</p>
        ) : (
          <ul>
            {strengths.map((field) => (
              <li key={field.key}>
                {field.title} – Stufe {field.rating.level}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="report-gaps">
        <h2 id="report-gaps">Lücken (Stufe 0–1)</h2>
        {gaps.length === 0 ? (
          <p>Keine.</p>
        ) : (
          <ul>
            {gaps.map((field) => (
              <li key={field.key}>
                {field.title} – Stufe {field.rating.level}: {field.levels[field.rating.level!]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="report-fields">
        <h2 id="report-fields">Alle Zielfelder</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="report-fields">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Zielfeld</th>
                <th scope="col">Stufe</th>
                <th scope="col">Vorher</th>
                <th scope="col">Veränderung</th>
                <th scope="col">Vorschlag und Begründung</th>
              </tr>
            </thead>
            <tbody>
              {check.fields.map((field) => (
                <tr key={field.key}>
                  <th scope="row">{field.title}</th>
                  <td>{field.rating.level ?? "–"}</td>
                  <td>{field.previousLevel ?? "–"}</td>
                  <td>{change(field.previousLevel, field.rating.level)}</td>
                  <td>
                    {field.rating.proposed !== null ? `Vorschlag ${field.rating.proposed} (${field.rating.evidence})` : "ohne Vorschlag"}
                    {field.rating.reason && ` – ${field.rating.reason}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="plan">
        <h2 id="plan">Dreijahresplan</h2>
        {years.map((year) => {
          const measures = check.measures.filter((measure) => measure.targetQuarter.startsWith(year));
          return (
            <div key={year}>
              <h3>{year}</h3>
              {measures.length === 0 ? (
                <p>Keine Maßnahmen.</p>
              ) : (
                <ul className="plan-list">
                  {measures.map((measure) => (
                    <li key={measure.id}>
                      <p className="print-only">
                        {quarterLabel(measure.targetQuarter)}: {measure.title} – {measure.responsibleRole} ({STATUS_LABELS[measure.status]};{" "}
                        {titleOf.get(measure.fieldKey)})
                      </p>
                      <form action={changeMeasureAction} className="measure-form no-print" aria-label={`Maßnahme: ${measure.title}`}>
                        <input type="hidden" name="checkId" value={check.id} />
                        <input type="hidden" name="id" value={measure.id} />
                        <div className="field">
                          <label htmlFor={`title-${measure.id}`}>Maßnahme ({titleOf.get(measure.fieldKey)})</label>
                          <input id={`title-${measure.id}`} name="title" type="text" defaultValue={measure.title} />
                        </div>
                        <div className="field-row">
                          <div className="field">
                            <label htmlFor={`role-${measure.id}`}>Verantwortliche Rolle</label>
                            <input id={`role-${measure.id}`} name="responsibleRole" type="text" defaultValue={measure.responsibleRole} />
                          </div>
                          <div className="field">
                            <label htmlFor={`quarter-${measure.id}`}>Zielquartal</label>
                            <select id={`quarter-${measure.id}`} name="targetQuarter" defaultValue={measure.targetQuarter}>
                              {quarters.map((quarter) => (
                                <option key={quarter} value={quarter}>
                                  {quarterLabel(quarter)}
                                </option>
                              ))}
                            </select>
                          </div>
                          <div className="field">
                            <label htmlFor={`status-${measure.id}`}>Stand</label>
                            <select id={`status-${measure.id}`} name="status" defaultValue={measure.status}>
                              {Object.entries(STATUS_LABELS).map(([value, label]) => (
                                <option key={value} value={value}>
                                  {label}
                                </option>
                              ))}
                            </select>
                          </div>
                        </div>
                        <div className="button-row">
                          <button type="submit" className="button button--secondary button--small" name="operation" value="update">
                            Speichern
                          </button>
                          <button type="submit" className="button button--secondary button--small" name="operation" value="delete">
                            Entfernen
                          </button>
                        </div>
                      </form>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        <form action={changeMeasureAction} className="measure-form no-print" aria-labelledby="add-measure">
          <h3 id="add-measure">Maßnahme hinzufügen</h3>
          <input type="hidden" name="checkId" value={check.id} />
          <input type="hidden" name="operation" value="add" />
          <div className="field">
            <label htmlFor="new-field">Zielfeld</label>
            <select id="new-field" name="fieldKey">
              {TARGET_FIELDS.map((field) => (
                <option key={field.key} value={field.key}>
                  {field.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-title">Maßnahme</label>
            <input id="new-title" name="title" type="text" />
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="new-role">Verantwortliche Rolle</label>
              <input id="new-role" name="responsibleRole" type="text" />
            </div>
            <div className="field">
              <label htmlFor="new-quarter">Zielquartal</label>
              <select id="new-quarter" name="targetQuarter">
                {quarters.map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {quarterLabel(quarter)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="button button--secondary">
            Maßnahme hinzufügen
          </button>
        </form>
      </section>
    </>
  );
}
