"use client";
import { useActionState } from "react";

export interface PasswordResetState {
  error?: string;
  mailed?: boolean;
  link?: string | null;
}

/** Admin: starts a password reset for one account; the link is mailed, or shown here once. */
export function PasswordResetButton(props: {
  userId: string;
  name: string;
  action: (state: PasswordResetState, formData: FormData) => Promise<PasswordResetState>;
}) {
  const [state, action, pending] = useActionState(props.action, {});
  return (
    <form action={action} className="stacked-form">
      <input type="hidden" name="id" value={props.userId} />
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      {state.mailed && (
        <p className="alert alert--success" role="status">
          {props.name} hat eine E-Mail mit einem Link zum Festlegen eines neuen Passworts bekommen (gültig 1 Stunde).
        </p>
      )}
      {state.link && (
        <div className="alert alert--success" role="status">
          <p>Bitte geben Sie diesen Link sicher an {props.name} weiter (gültig 1 Stunde, nur einmal nutzbar, wird nur jetzt angezeigt):</p>
          <p>
            <code className="invitation-link">{state.link}</code>
          </p>
        </div>
      )}
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Wird erstellt …" : `Passwort von ${props.name} zurücksetzen`}
      </button>
    </form>
  );
}
