"use client";
import { useActionState } from "react";
import type { GapReportState } from "./gap-report-state";

/** "Wissenslücke melden" after a search without results; the query is prefilled. */
export function GapReportForm(props: { query: string; action: (state: GapReportState, formData: FormData) => Promise<GapReportState> }) {
  const { query } = props;
  const [state, action, pending] = useActionState<GapReportState, FormData>(props.action, { fieldErrors: {} });
  if (state.done) {
    return (
      <p className="alert alert--success" role="status">
        Danke! Ihre Meldung ist angekommen. Das Wissensmanagement kümmert sich darum.
      </p>
    );
  }
  const errors = state.fieldErrors.description;
  return (
    <form action={action} className="card gap-report" aria-labelledby="gap-report-heading">
      <h3 id="gap-report-heading">Wissenslücke melden</h3>
      <p>
        Sie haben gesucht und nichts gefunden? Sagen Sie uns, welches Wissen fehlt – die Meldung geht an das Wissensmanagement und die
        Leitungen.
      </p>
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="query" value={query} />
      <div className="field">
        <label htmlFor="gap-description">Was haben Sie gesucht?</label>
        <textarea
          id="gap-description"
          name="description"
          rows={3}
          required
          defaultValue={state.description ?? `Ich habe nach „${query}“ gesucht und nichts gefunden.`}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "gap-description-error" : undefined}
        />
        {errors && (
          <p id="gap-description-error" className="field-error">
            {errors.join(" ")}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gesendet …" : "Wissenslücke melden"}
      </button>
    </form>
  );
}
