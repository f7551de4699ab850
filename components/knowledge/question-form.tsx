"use client";
import { useActionState } from "react";
import type { FeedbackFormState } from "./feedback-form-state";

/** "Frage stellen": a question every reader sees once it is answered. The text stays on errors. */
export function QuestionForm(props: {
  articleId: string;
  action: (state: FeedbackFormState, formData: FormData) => Promise<FeedbackFormState>;
}) {
  const [state, action, pending] = useActionState<FeedbackFormState, FormData>(props.action, { fieldErrors: {} });
  const errors = state.fieldErrors.question;
  return (
    <form action={action} className="stacked-form">
      {state.done && (
        <p className="alert alert--success" role="status">
          Danke! Ihre Frage ist gestellt. Sobald sie beantwortet ist, steht die Antwort hier für alle Leserinnen und Leser.
        </p>
      )}
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="articleId" value={props.articleId} />
      <div className="field">
        <label htmlFor="question-text">Ihre Frage</label>
        <textarea
          id="question-text"
          name="question"
          rows={2}
          maxLength={1000}
          key={state.done ? "leer" : "frage"}
          defaultValue={state.done ? "" : (state.message ?? "")}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "question-hint question-error" : "question-hint"}
        />
        <p className="field-hint" id="question-hint">
          Frage und Antwort sehen alle, die diesen Artikel lesen (ohne Ihren Namen). Für eine Nachricht nur an die verantwortliche Person
          nutzen Sie „Rückmeldung geben“.
        </p>
        {errors && (
          <p id="question-error" className="field-error">
            {errors.join(" ")}
          </p>
        )}
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Wird gesendet …" : "Frage stellen"}
      </button>
    </form>
  );
}
