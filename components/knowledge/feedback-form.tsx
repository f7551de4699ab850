"use client";
import { useActionState } from "react";
import type { FeedbackFormState } from "./feedback-form-state";

/** "Rückmeldung geben": flag the article as outdated or ask a question. The text stays on errors. */
export function FeedbackForm(props: {
  articleId: string;
  action: (state: FeedbackFormState, formData: FormData) => Promise<FeedbackFormState>;
}) {
  const [state, action, pending] = useActionState<FeedbackFormState, FormData>(props.action, { fieldErrors: {} });
  if (state.done)
    return (
      <p className="alert alert--success" role="status">
        Danke! Die verantwortliche Person sieht Ihre Rückmeldung.
      </p>
    );
  const errors = state.fieldErrors.message;
  return (
    <form action={action}>
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="articleId" value={props.articleId} />
      <fieldset className="field">
        <legend>Art der Rückmeldung</legend>
        <label className="inline-choice">
          <input type="radio" name="kind" value="OUTDATED" defaultChecked={state.kind !== "QUESTION"} /> Inhalt ist veraltet
        </label>
        <label className="inline-choice">
          <input type="radio" name="kind" value="QUESTION" defaultChecked={state.kind === "QUESTION"} /> Ich habe eine Frage
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="feedback-message">Ihre Rückmeldung</label>
        <textarea
          id="feedback-message"
          name="message"
          rows={3}
          defaultValue={state.message ?? ""}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "feedback-message-error" : undefined}
        />
        {errors && (
          <p id="feedback-message-error" className="field-error">
            {errors.join(" ")}
          </p>
        )}
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Wird gesendet …" : "Rückmeldung senden"}
      </button>
    </form>
  );
}
