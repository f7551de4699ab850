"use client";
import { useActionState } from "react";
import { ROLE_LABELS } from "@/lib/auth/role-labels";

export interface AccountCreateState {
  error?: string;
  fieldErrors: Record<string, string[]>;
  created?: { email: string; mailed: boolean; invitationLink: string | null };
  values?: Record<string, string | string[]>;
}

const ROLES = ["READER", "EDITOR", "LEAD", "HR", "ADMIN"] as const;

/** New account: the person gets an invitation link (by e-mail, or shown here once to pass on). */
export function AccountCreateForm(props: {
  units: { id: string; name: string }[];
  people: { id: string; label: string }[];
  action: (state: AccountCreateState, formData: FormData) => Promise<AccountCreateState>;
}) {
  const [state, action, pending] = useActionState(props.action, { fieldErrors: {} });
  const values = state.values ?? {};
  const error = (name: string) => state.fieldErrors[name]?.join(" ");
  return (
    <form action={action} className="card" key={state.created?.email ?? "neu"} noValidate>
      <h2>Neues Konto</h2>
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      {state.created && (
        <div className="alert alert--success" role="status">
          {state.created.mailed ? (
            <p>
              Das Konto für <strong>{state.created.email}</strong> ist angelegt. Die Einladung mit dem Link zum Festlegen des Passworts ist
              per E-Mail unterwegs (gültig 72 Stunden).
            </p>
          ) : (
            <>
              <p>
                Das Konto für <strong>{state.created.email}</strong> ist angelegt. Bitte geben Sie diesen Einladungslink sicher weiter
                (gültig 72 Stunden, nur einmal nutzbar, wird nur jetzt angezeigt). Damit legt die Person ihr Passwort selbst fest:
              </p>
              <p>
                <code className="invitation-link">{state.created.invitationLink}</code>
              </p>
            </>
          )}
        </div>
      )}
      <div className="field-row">
        {(
          [
            ["email", "E-Mail-Adresse", "email"],
            ["displayName", "Name", "text"],
          ] as const
        ).map(([name, label, type]) => (
          <div className="field" key={name}>
            <label htmlFor={`account-${name}`}>{label}</label>
            <input
              id={`account-${name}`}
              name={name}
              type={type}
              defaultValue={String(values[name] ?? "")}
              aria-invalid={error(name) ? true : undefined}
              aria-describedby={error(name) ? `account-${name}-error` : undefined}
            />
            {error(name) && (
              <p className="field-error" id={`account-${name}-error`}>
                {error(name)}
              </p>
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor="account-role">Rolle</label>
          <select id="account-role" name="role" defaultValue={String(values.role ?? "READER")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="account-leadUnitIds">Geleitete Organisationseinheiten (nur Führungskraft)</label>
          <select
            id="account-leadUnitIds"
            name="leadUnitIds"
            multiple
            defaultValue={(values.leadUnitIds as string[] | undefined) ?? []}
            aria-describedby={error("leadUnitIds") ? "account-leadUnitIds-error" : undefined}
          >
            {props.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          {error("leadUnitIds") && (
            <p className="field-error" id="account-leadUnitIds-error">
              {error("leadUnitIds")}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="account-personId">Person (für Aufgaben und Austritt, optional)</label>
          <select id="account-personId" name="personId" defaultValue={String(values.personId ?? "")}>
            <option value="">keine</option>
            {props.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.label}
              </option>
            ))}
          </select>
          {error("personId") && <p className="field-error">{error("personId")}</p>}
        </div>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird angelegt …" : "Konto anlegen und einladen"}
      </button>
    </form>
  );
}
