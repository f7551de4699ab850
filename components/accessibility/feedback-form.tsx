"use client";
import { useActionState } from "react";
import type { AccessibilityFeedbackState } from "@/app/barrierefreiheit/actions";

type Action = (state: AccessibilityFeedbackState, formData: FormData) => Promise<AccessibilityFeedbackState>;

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p className="field-error" id={id}>
      {messages.join(" ")}
    </p>
  ) : null;
}

/** "Barriere melden": the electronic contact form BITV 2.0 asks for, usable without an account. */
export function AccessibilityFeedbackForm(props: {
  action: Action;
  municipalities: { id: string; name: string }[];
  preselected: string | null;
}) {
  const [state, formAction, pending] = useActionState(props.action, { fieldErrors: {} });
  const errors = state.fieldErrors;
  const typed = state.values;
  if (state.done) {
    return (
      <p className="alert alert--success" role="status">
        {state.done}
      </p>
    );
  }
  const described = (name: string, hint?: string) =>
    [hint, errors[name]?.length ? `feedback-${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    // Remounted with what was typed after a refusal: React resets a form after its action, and a select keeps its first default.
    <form key={JSON.stringify(typed ?? {})} action={formAction} className="card stacked-form" noValidate aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">Barriere melden</h3>
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      <div className="field">
        <label htmlFor="feedback-organizationId">Ihre Kommune</label>
        <select
          id="feedback-organizationId"
          name="organizationId"
          defaultValue={typed?.organizationId ?? props.preselected ?? ""}
          aria-describedby={described("organizationId")}
          required
        >
          <option value="">Bitte wählen …</option>
          {props.municipalities.map((municipality) => (
            <option key={municipality.id} value={municipality.id}>
              {municipality.name}
            </option>
          ))}
        </select>
        <Errors id="feedback-organizationId-error" messages={errors.organizationId} />
      </div>
      <div className="field">
        <label htmlFor="feedback-message">Was ist Ihnen aufgefallen?</label>
        <p className="field-hint" id="feedback-message-hint">
          Zum Beispiel: Eine Schaltfläche ist mit der Tastatur nicht erreichbar, ein Bild hat keinen Alternativtext, ein Kontrast ist zu
          schwach.
        </p>
        <textarea
          id="feedback-message"
          name="message"
          rows={5}
          maxLength={4000}
          defaultValue={typed?.message}
          aria-describedby={described("message", "feedback-message-hint")}
          required
        />
        <Errors id="feedback-message-error" messages={errors.message} />
      </div>
      <div className="field">
        <label htmlFor="feedback-pageUrl">Welche Seite? (freiwillig)</label>
        <input
          id="feedback-pageUrl"
          name="pageUrl"
          type="text"
          maxLength={500}
          defaultValue={typed?.pageUrl}
          aria-describedby={described("pageUrl")}
        />
        <Errors id="feedback-pageUrl-error" messages={errors.pageUrl} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="feedback-name">Ihr Name (freiwillig)</label>
          <input id="feedback-name" name="name" type="text" autoComplete="name" maxLength={100} defaultValue={typed?.name} />
          <Errors id="feedback-name-error" messages={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="feedback-email">E-Mail für eine Antwort (freiwillig)</label>
          <input
            id="feedback-email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={typed?.email}
            aria-describedby={described("email")}
          />
          <Errors id="feedback-email-error" messages={errors.email} />
        </div>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gesendet …" : "Meldung senden"}
      </button>
    </form>
  );
}
