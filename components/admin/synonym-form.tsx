"use client";
import { useActionState } from "react";
import type { SynonymFormState } from "./synonym-form-state";

/** Edits the organization's own synonym groups as text: one group per line, terms separated by commas. */
export function SynonymForm(props: {
  initialText: string;
  action: (state: SynonymFormState, formData: FormData) => Promise<SynonymFormState>;
}) {
  const [state, action, pending] = useActionState<SynonymFormState, FormData>(props.action, {});
  return (
    <form action={action} aria-labelledby="synonyms-heading">
      {state.error && (
        <p className="alert alert--error" role="alert" id="synonyms-error">
          {state.error}
        </p>
      )}
      {state.saved !== undefined && !state.error && (
        <p className="alert alert--success" role="status">
          Gespeichert: {state.saved} {state.saved === 1 ? "Gruppe" : "Gruppen"}. Die Suche nutzt sie ab sofort.
        </p>
      )}
      <div className="field">
        <label htmlFor="synonyms">Eigene Suchbegriffe</label>
        <p className="field-hint" id="synonyms-hint">
          Eine Gruppe pro Zeile, Begriffe durch Komma getrennt, z. B. <code>SGA, Straßen- und Grünflächenamt</code>. Jeder Begriff einer
          Zeile findet Artikel, die einen anderen Begriff der Zeile verwenden.
        </p>
        <textarea
          id="synonyms"
          name="synonyms"
          rows={10}
          defaultValue={state.text ?? props.initialText}
          aria-describedby={state.error ? "synonyms-hint synonyms-error" : "synonyms-hint"}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Suchbegriffe speichern"}
      </button>
    </form>
  );
}
