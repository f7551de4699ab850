import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageAccounts } from "@/lib/auth/policy";
import { listAccounts } from "@/lib/org/user-accounts";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { formatDateTime } from "@/lib/format-date";
import { AccountCreateForm } from "@/components/admin/account-create-form";
import { PasswordResetButton } from "@/components/admin/password-reset-button";
import { createAccountAction, startPasswordResetAction, updateAccountAction } from "./actions";

export const metadata: Metadata = { title: "Konten und Rollen" };

const ROLES = ["READER", "EDITOR", "LEAD", "HR", "ADMIN"] as const;

/** User accounts and roles (admins). */
export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ gespeichert?: string; fehler?: string }> }) {
  const viewer = await requireViewer();
  if (!canManageAccounts(viewer)) notFound();
  const { gespeichert, fehler } = await searchParams;
  const { users, units, people } = await listAccounts(viewer);
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  return (
    <>
      <h1>Konten und Rollen</h1>
      <p>
        Lesen: nur veröffentlichte Artikel · Redaktion: schreiben und freigeben · Führungskraft: für ihre Einheiten schreiben, freigeben und
        das Cockpit · Personalamt: Cockpit der ganzen Verwaltung, Import · Administration: Einstellungen und Konten.
      </p>
      {gespeichert && (
        <p className="alert alert--success" role="status">
          Das Konto ist gespeichert.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 400)}
        </p>
      )}
      <AccountCreateForm units={units} people={people} action={createAccountAction} />
      <section className="card" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Konten ({users.length})</h2>
        <ul className="plain-list">
          {users.map((user) => (
            <li key={user.id} className="account-row">
              <p>
                <strong>{user.displayName}</strong> · {user.email} · {ROLE_LABELS[user.role]}
                {user.leadUnitIds.length > 0 && ` (${user.leadUnitIds.map((id) => unitName.get(id)).join(", ")})`}
                {!user.active && <strong> · gesperrt</strong>}
                <span className="meta"> · zuletzt angemeldet: {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "nie"}</span>
              </p>
              <details>
                <summary>Konto von {user.displayName} bearbeiten</summary>
                <form action={updateAccountAction} className="stacked-form">
                  <input type="hidden" name="id" value={user.id} />
                  <div className="field-row">
                    <div className="field">
                      <label htmlFor={`role-${user.id}`}>Rolle</label>
                      <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {ROLE_LABELS[role]}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`units-${user.id}`}>Geleitete Einheiten</label>
                      <select id={`units-${user.id}`} name="leadUnitIds" multiple defaultValue={user.leadUnitIds}>
                        {units.map((unit) => (
                          <option key={unit.id} value={unit.id}>
                            {unit.name}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`person-${user.id}`}>Person</label>
                      <select id={`person-${user.id}`} name="personId" defaultValue={user.personId ?? ""}>
                        <option value="">keine</option>
                        {people.map((person) => (
                          <option key={person.id} value={person.id}>
                            {person.label}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  <div className="field field--checkbox">
                    <input id={`active-${user.id}`} name="active" type="checkbox" defaultChecked={user.active} />
                    <label htmlFor={`active-${user.id}`}>Konto aktiv (nicht angehakt: gesperrt, die Anmeldung endet sofort)</label>
                  </div>
                  <button type="submit" className="button button--secondary">
                    Speichern
                  </button>
                </form>
                <PasswordResetButton userId={user.id} name={user.displayName} action={startPasswordResetAction} />
              </details>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
