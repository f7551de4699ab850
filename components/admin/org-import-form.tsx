"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { IMPORT_KINDS, KIND_LABELS } from "@/lib/org-import/formats";
import type { OrgImportState } from "./import-form-state";

const ROW_LIMIT = 300;
const ACTION_LABELS = { neu: "neu", geändert: "geändert", unverändert: "unverändert", fehlerhaft: "fehlerhaft" } as const;

/** Upload → preview with a report per row → apply (only when no row has an error). */
export function OrgImportForm(props: {
  previewAction: (state: OrgImportState, formData: FormData) => Promise<OrgImportState>;
  applyAction: (state: OrgImportState, formData: FormData) => Promise<OrgImportState>;
}) {
  const [previewState, preview, previewing] = useActionState(props.previewAction, {});
  const [applyState, apply, applying] = useActionState(props.applyAction, {});
  const plan = applyState.plan ?? previewState.plan;
  // Submitted by hand, not as a form action: React resets a form after its action, which threw away the
  // chosen kind (and the chosen file) after every check.
  function checkWithoutReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => preview(data));
  }
  const shown = plan
    ? [...plan.rows.filter((row) => row.action === "fehlerhaft"), ...plan.rows.filter((row) => row.action !== "fehlerhaft")].slice(
        0,
        ROW_LIMIT,
      )
    : [];
  const canApply = plan && !applyState.applied && plan.fileErrors.length === 0 && plan.counts.fehlerhaft === 0 && plan.rows.length > 0;
  return (
    <>
      <form action={preview} onSubmit={checkWithoutReset} className="card">
        <h2>1. Datei prüfen</h2>
        {previewState.error && (
          <p className="alert alert--error" role="alert">
            {previewState.error}
          </p>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor="import-art">Was wird importiert?</label>
            <select id="import-art" name="art" defaultValue="einheiten">
              {IMPORT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-datei">CSV-Datei (UTF-8, Semikolon oder Komma)</label>
            <input id="import-datei" name="datei" type="file" accept=".csv,text/csv" />
          </div>
        </div>
        <button type="submit" className="button" disabled={previewing}>
          {previewing ? "Wird geprüft …" : "Prüfen (noch nichts übernehmen)"}
        </button>
      </form>
      {plan && (
        <section className="card" aria-labelledby="import-result-heading">
          <h2 id="import-result-heading">2. Ergebnis der Prüfung{previewState.fileName ? ` – ${previewState.fileName}` : ""}</h2>
          {applyState.error && (
            <p className="alert alert--error" role="alert">
              {applyState.error}
            </p>
          )}
          {applyState.applied && (
            <p className="alert alert--success" role="status">
              Übernommen: {plan.counts.neu} neu, {plan.counts["geändert"]} geändert, {plan.counts["unverändert"]} unverändert.
            </p>
          )}
          {plan.fileErrors.length > 0 && (
            <div className="alert alert--error" role="alert">
              <ul>
                {plan.fileErrors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          )}
          {plan.rows.length > 0 && (
            <p>
              {plan.counts.neu} neu · {plan.counts["geändert"]} geändert · {plan.counts["unverändert"]} unverändert ·{" "}
              <strong>{plan.counts.fehlerhaft} fehlerhaft</strong>
              {plan.counts.fehlerhaft > 0 &&
                " – bitte die Datei korrigieren und erneut prüfen. Solange eine Zeile fehlerhaft ist, wird nichts übernommen."}
            </p>
          )}
          {shown.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Prüfbericht je Zeile">
              <table className="data-table">
                <caption className="visually-hidden">Prüfbericht je Zeile, fehlerhafte Zeilen zuerst</caption>
                <thead>
                  <tr>
                    <th scope="col">Zeile</th>
                    <th scope="col">Schlüssel</th>
                    <th scope="col">Ergebnis</th>
                    <th scope="col">Hinweise und Änderungen</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <th scope="row">{row.key || "–"}</th>
                      <td>{row.action === "fehlerhaft" ? <strong>{ACTION_LABELS[row.action]}</strong> : ACTION_LABELS[row.action]}</td>
                      <td>
                        {row.errors.length > 0 ? (
                          row.errors.join(" ")
                        ) : row.changes?.length ? (
                          <ul className="compact-list">
                            {row.changes.map((change) => (
                              <li key={change}>{change}</li>
                            ))}
                          </ul>
                        ) : (
                          "–"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {plan.rows.length > ROW_LIMIT && (
            <p className="field-hint">
              Gezeigt werden die ersten {ROW_LIMIT} von {plan.rows.length} Zeilen (fehlerhafte zuerst).
            </p>
          )}
          {canApply && (
            <form action={apply}>
              <input type="hidden" name="art" value={plan.kind} />
              <input type="hidden" name="text" value={previewState.text ?? ""} />
              <button type="submit" className="button" disabled={applying}>
                {applying ? "Wird übernommen …" : "Übernehmen"}
              </button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
