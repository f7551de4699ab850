"use client";
import { useActionState } from "react";
import type { SignInSettingsView } from "@/lib/org/sign-in-settings";

export interface SignInFormState {
  error?: string;
  message?: string;
  fieldErrors: Record<string, string[]>;
  /** The values typed into a refused save. */
  values?: Record<string, string | boolean>;
}

type Action = (state: SignInFormState, formData: FormData) => Promise<SignInFormState>;

function Alerts({ state }: { state: SignInFormState }) {
  return (
    <>
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
          {state.fieldErrors.form?.length ? ` ${state.fieldErrors.form.join(" ")}` : ""}
        </p>
      )}
      {state.message && (
        <p className="alert alert--success" role="status">
          {state.message}
        </p>
      )}
    </>
  );
}

function TextField(props: {
  name: keyof SignInSettingsView | "ldapBindPassword" | "oidcClientSecret";
  label: string;
  defaultValue: string;
  hint?: string;
  type?: string;
  errors?: string[];
  multiline?: boolean;
}) {
  const id = `signin-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : "", props.errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    defaultValue: props.defaultValue,
    "aria-describedby": describedBy,
    "aria-invalid": props.errors?.length ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.multiline ? <textarea {...common} rows={4} /> : <input {...common} type={props.type ?? "text"} autoComplete="off" />}
      {props.errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {props.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function Checkbox(props: { name: string; label: string; defaultChecked: boolean; errors?: string[] }) {
  const id = `signin-${props.name}`;
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        name={props.name}
        type="checkbox"
        defaultChecked={props.defaultChecked}
        aria-describedby={props.errors?.length ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {props.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The municipality's sign-in settings; the bind password is never shown again. */
export function SignInForm({
  settings: saved,
  action,
  origin,
  operatorView = false,
}: {
  settings: SignInSettingsView;
  action: Action;
  /** This installation's address, for the redirect URI to register at the provider. */
  origin: string;
  /** In the operator console: no local-password switch and no break-glass choice (they need names). */
  operatorView?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {} });
  const errors = state.fieldErrors;
  // After a refused save the form shows what was typed, not the stored settings.
  const typed = state.values;
  const settings: SignInSettingsView = typed
    ? {
        ...saved,
        emailDomains: String(typed.emailDomains ?? "")
          .split(",")
          .map((domain) => domain.trim())
          .filter(Boolean),
        localPasswordsEnabled: typed.localPasswordsEnabled === true,
        breakGlassUserId: typeof typed.breakGlassUserId === "string" && typed.breakGlassUserId ? typed.breakGlassUserId : null,
        ldapEnabled: typed.ldapEnabled === true,
        ldapUrl: String(typed.ldapUrl ?? ""),
        ldapStartTls: typed.ldapStartTls === true,
        ldapBindDn: String(typed.ldapBindDn ?? ""),
        ldapUserBase: String(typed.ldapUserBase ?? ""),
        ldapUserFilter: String(typed.ldapUserFilter ?? ""),
        ldapGroupBase: String(typed.ldapGroupBase ?? ""),
        ldapGroupRolesText: String(typed.ldapGroupRolesText ?? ""),
        ldapCaCert: String(typed.ldapCaCert ?? ""),
        oidcEnabled: typed.oidcEnabled === true,
        oidcIssuer: String(typed.oidcIssuer ?? ""),
        oidcClientId: String(typed.oidcClientId ?? ""),
        oidcScopes: String(typed.oidcScopes ?? ""),
        oidcGroupsClaim: String(typed.oidcGroupsClaim ?? ""),
        oidcGroupRolesText: String(typed.oidcGroupRolesText ?? ""),
      }
    : saved;
  return (
    <form action={formAction} className="card" noValidate>
      <h2>Einstellungen</h2>
      <Alerts state={state} />
      <TextField
        name="emailDomains"
        label="E-Mail-Domains der Verwaltung"
        hint="Durch Komma getrennt, z. B. musterhausen.de. Neue Konten aus dem Verzeichnis gibt es nur für diese Domains."
        defaultValue={settings.emailDomains.join(", ")}
        errors={errors.emailDomains}
      />
      <fieldset className="field">
        <legend>Verzeichnis (Active Directory / LDAP)</legend>
        <Checkbox name="ldapEnabled" label="Anmeldung über das Verzeichnis einschalten" defaultChecked={settings.ldapEnabled} />
        <div className="field-row">
          <TextField
            name="ldapUrl"
            label="Adresse"
            hint="ldap://dc1.kommune.local:389 oder ldaps://…:636"
            defaultValue={settings.ldapUrl}
            errors={errors.ldapUrl}
          />
          <TextField
            name="ldapBindDn"
            label="Dienstkonto (Bind-DN)"
            hint="z. B. cn=digicheck,ou=dienste,dc=kommune,dc=de"
            defaultValue={settings.ldapBindDn}
            errors={errors.ldapBindDn}
          />
          <TextField
            name="ldapBindPassword"
            label="Passwort des Dienstkontos"
            type="password"
            hint={settings.hasBindPassword ? "Gespeichert. Leer lassen, um es zu behalten." : "Wird verschlüsselt gespeichert."}
            defaultValue=""
            errors={errors.ldapBindPassword}
          />
        </div>
        <Checkbox name="ldapStartTls" label="Verbindung mit STARTTLS verschlüsseln (bei ldap://)" defaultChecked={settings.ldapStartTls} />
        <div className="field-row">
          <TextField name="ldapUserBase" label="Suchbasis für Personen" defaultValue={settings.ldapUserBase} errors={errors.ldapUserBase} />
          <TextField
            name="ldapUserFilter"
            label="Suchfilter"
            hint="{{email}} steht für die eingegebene Adresse; AD z. B. (&(objectClass=user)(mail={{email}}))"
            defaultValue={settings.ldapUserFilter}
            errors={errors.ldapUserFilter}
          />
          <TextField
            name="ldapGroupBase"
            label="Suchbasis für Gruppen (optional)"
            hint="Zusätzlich zu memberOf"
            defaultValue={settings.ldapGroupBase}
          />
        </div>
        <TextField
          name="ldapCaCert"
          label="CA-Zertifikat (optional, PEM)"
          hint="Nur bei einem Zertifikat der eigenen Zertifizierungsstelle für ldaps:// oder STARTTLS. Zertifikate werden immer geprüft."
          defaultValue={settings.ldapCaCert}
          errors={errors.ldapCaCert}
          multiline
        />
        <TextField
          name="ldapGroupRolesText"
          label="Gruppen und Rollen"
          hint="Eine Zeile je Gruppe: „cn=wissen-redaktion,ou=gruppen,dc=kommune,dc=de = EDITOR“. Rollen: READER, EDITOR, LEAD (mit „: Einheit, Einheit“), HR, ADMIN."
          defaultValue={settings.ldapGroupRolesText}
          errors={errors.ldapGroupRolesText}
          multiline
        />
      </fieldset>
      <fieldset className="field">
        <legend>Anmeldedienst (OpenID Connect: Keycloak, Entra ID, Nubus)</legend>
        <Checkbox name="oidcEnabled" label="Anmeldung über den Anmeldedienst einschalten" defaultChecked={settings.oidcEnabled} />
        <p className="field-hint">
          Beim Anmeldedienst als Weiterleitungsadresse (Redirect URI) eintragen: <code>{`${origin}${settings.oidcRedirectPath}`}</code>
        </p>
        <div className="field-row">
          <TextField
            name="oidcIssuer"
            label="Adresse des Anmeldedienstes (Issuer)"
            hint="Keycloak: https://login.kommune.de/realms/kommune · Entra ID: https://login.microsoftonline.com/<Mandant>/v2.0"
            defaultValue={settings.oidcIssuer}
            errors={errors.oidcIssuer}
          />
          <TextField name="oidcClientId" label="Client-ID" defaultValue={settings.oidcClientId} errors={errors.oidcClientId} />
          <TextField
            name="oidcClientSecret"
            label="Client-Secret"
            type="password"
            hint={settings.hasClientSecret ? "Gespeichert. Leer lassen, um es zu behalten." : "Wird verschlüsselt gespeichert."}
            defaultValue=""
            errors={errors.oidcClientSecret}
          />
        </div>
        <div className="field-row">
          <TextField
            name="oidcScopes"
            label="Scopes"
            hint="Mindestens openid; üblich: openid email profile"
            defaultValue={settings.oidcScopes}
            errors={errors.oidcScopes}
          />
          <TextField
            name="oidcGroupsClaim"
            label="Claim mit den Gruppen"
            hint="Keycloak und Entra ID: groups"
            defaultValue={settings.oidcGroupsClaim}
          />
        </div>
        <TextField
          name="oidcGroupRolesText"
          label="Gruppen und Rollen (Anmeldedienst)"
          hint="Eine Zeile je Gruppe: „/wissen-redaktion = EDITOR“ (bei Entra ID die Objekt-ID der Gruppe). Ohne passende Gruppe: READER."
          defaultValue={settings.oidcGroupRolesText}
          errors={errors.oidcGroupRolesText}
          multiline
        />
      </fieldset>
      {operatorView ? (
        <p className="field-hint">
          Lokale Passwörter und den Notfallzugang legt die Administration der Kommune fest (unter Verwaltung → Anmeldung, Verzeichnis und
          Anmeldedienst).
        </p>
      ) : (
        <fieldset className="field">
          <legend>Lokale Passwörter</legend>
          <Checkbox
            name="localPasswordsEnabled"
            label="Lokale Passwörter erlauben (ausgeschaltet: nur noch über das Verzeichnis, bis auf den Notfallzugang)"
            defaultChecked={settings.localPasswordsEnabled}
            errors={errors.localPasswordsEnabled}
          />
          <div className="field">
            <label htmlFor="signin-breakGlassUserId">Notfallzugang (Administration mit lokalem Passwort)</label>
            <select
              id="signin-breakGlassUserId"
              name="breakGlassUserId"
              defaultValue={settings.breakGlassUserId ?? ""}
              aria-describedby={errors.breakGlassUserId ? "signin-breakGlassUserId-error" : undefined}
            >
              <option value="">ich selbst</option>
              {settings.admins.map((admin) => (
                <option key={admin.id} value={admin.id}>
                  {admin.displayName}
                </option>
              ))}
            </select>
            {errors.breakGlassUserId && (
              <p className="field-error" id="signin-breakGlassUserId-error">
                {errors.breakGlassUserId.join(" ")}
              </p>
            )}
          </div>
        </fieldset>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Anmeldung speichern"}
      </button>
    </form>
  );
}

/** Binds with the stored service account and says whether it worked. */
export function TestDirectoryButton({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {} });
  return (
    <form action={formAction} className="card">
      <h2>Verbindung prüfen</h2>
      <Alerts state={state} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Wird geprüft …" : "Verbindung zum Verzeichnis testen"}
      </button>
    </form>
  );
}
