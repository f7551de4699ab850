"use client";
import { useActionState } from "react";

export interface InviteAdminState {
  error?: string;
  fieldErrors: Record<string, string[]>;
  done?: { email: string; mailed: boolean; invitationLink: string | null };
}

/** Invites a municipality's administrator; the link is mailed, or shown here once. */
export function InviteAdminForm(props: {
  organizationId: string;
  organizationName: string;
  action: (state: InviteAdminState, formData: FormData) => Promise<InviteAdminState>;
}) {
  const [state, action, pending] = useActionState(props.action, { fieldErrors: {} });
  const prefix = `invite-${props.organizationId}`;
  const error = (name: string) => state.fieldErrors[name]?.join(" ");
  return (
    <form action={action} className="stacked-form" noValidate>
      <input type="hidden" name="organizationId" value={props.organizationId} />
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      {state.done && (
        <div className="alert alert--success" role="status">
          {state.done.mailed ? (
            <p>Die Einladung an {state.done.email} ist per E-Mail unterwegs (gültig 72 Stunden).</p>
          ) : (
            <>
              <p>
                Konto für {state.done.email} angelegt. Bitte geben Sie diesen Einladungslink sicher weiter (gültig 72 Stunden, nur einmal
                nutzbar, wird nur jetzt angezeigt):
              </p>
              <p>
                <code className="invitation-link">{state.done.invitationLink}</code>
              </p>
            </>
          )}
        </div>
      )}
      <div className="field-row">
        {(
          [
            ["email", "E-Mail-Adresse der Administration", "email"],
            ["displayName", "Name", "text"],
          ] as const
        ).map(([name, label, type]) => (
          <div className="field" key={name}>
            <label htmlFor={`${prefix}-${name}`}>{label}</label>
            <input
              id={`${prefix}-${name}`}
              name={name}
              type={type}
              aria-invalid={error(name) ? true : undefined}
              aria-describedby={error(name) ? `${prefix}-${name}-error` : undefined}
            />
            {error(name) && (
              <p className="field-error" id={`${prefix}-${name}-error`}>
                {error(name)}
              </p>
            )}
          </div>
        ))}
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Wird eingeladen …" : `Administration für ${props.organizationName} einladen`}
      </button>
    </form>
  );
}
