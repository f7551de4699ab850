"use client";
import { useActionState } from "react";

export interface CatalogueImportState {
  error?: string;
  lines?: string[];
  done?: string;
}

/** Uploads a catalogue CSV (operator console): all or nothing, with the faulty lines listed. */
export function CatalogueImportForm(props: { action: (state: CatalogueImportState, formData: FormData) => Promise<CatalogueImportState> }) {
  const [state, action, pending] = useActionState(props.action, {});
  return (
    <form action={action} className="stacked-form" noValidate>
      {state.error && (
        <div className="alert alert--error" role="alert">
          <p>{state.error}</p>
          {state.lines && state.lines.length > 0 && (
            <ul>
              {state.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.done && (
        <p className="alert alert--success" role="status">
          {state.done}
        </p>
      )}
      <div className="field">
        <label htmlFor="catalogue-file">CSV-Datei</label>
        <p className="field-hint" id="catalogue-file-hint">
          Spalten wie im Download: schluessel; produktbereich; bezeichnung; beschreibung; rechtsgrundlage; leistungsschluessel; aktiv. Neue
          Schlüssel werden angelegt, bekannte geändert; Einträge, die in der Datei fehlen, bleiben unverändert.
        </p>
        <input id="catalogue-file" name="datei" type="file" accept=".csv,text/csv" aria-describedby="catalogue-file-hint" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird geprüft …" : "Katalog importieren"}
      </button>
    </form>
  );
}
