"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { PasswordFormState } from "./password-form-state";

type Action = (state: PasswordFormState, formData: FormData) => Promise<PasswordFormState>;

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p className="field-error" id={id}>
      {messages.join(" ")}
    </p>
  ) : null;
}

function Field(props: { name: string; label: string; type: string; autoComplete: string; hint?: string; errors?: string[] }) {
  const id = `pw-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : null, props.errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        required
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <FieldError id={`${id}-error`} messages={props.errors} />
    </div>
  );
}

const NEW_PASSWORD_HINT =
  "Mindestens 12 Zeichen. Gut zu merken und schwer zu erraten sind mehrere zufällige Wörter, z. B. „Tafel Wolke Gießkanne sieben“. Häufige Passwörter werden abgelehnt.";

function FormAlerts({ state }: { state: PasswordFormState }) {
  return state.error ? (
    <p className="alert alert--error" role="alert">
      {state.error}
    </p>
  ) : null;
}

/** A new password twice (set through a link, or change). */
function NewPasswordFields({ state }: { state: PasswordFormState }) {
  return (
    <>
      <Field
        name="password"
        label="Neues Passwort"
        type="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        errors={state.fieldErrors.password}
      />
      <Field
        name="confirm"
        label="Neues Passwort wiederholen"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors.confirm}
      />
    </>
  );
}

/** Sets the password through an invitation or reset link. */
export function SetPasswordForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {} });
  return (
    <form action={formAction} noValidate>
      <FormAlerts state={state} />
      {/* Lets password managers store the new password under the right name. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <NewPasswordFields state={state} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Passwort festlegen"}
      </button>
    </form>
  );
}

/** Changes the own password (current password required). */
export function ChangePasswordForm({ action, home = "/" }: { action: Action; home?: string }) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {} });
  if (state.done) {
    return (
      <div className="alert alert--success" role="status">
        <p>{state.done}</p>
        <p>
          <Link href={home}>Zurück</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate>
      <FormAlerts state={state} />
      <Field
        name="current"
        label="Bisheriges Passwort"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors.current}
      />
      <NewPasswordFields state={state} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Passwort ändern"}
      </button>
    </form>
  );
}

/** "Passwort vergessen": asks for the e-mail address; the answer never says whether the account exists. */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, { fieldErrors: {} });
  if (state.done) {
    return (
      <p className="alert alert--success" role="status">
        {state.done}
      </p>
    );
  }
  return (
    <form action={formAction} noValidate>
      <FormAlerts state={state} />
      <Field name="email" label="E-Mail-Adresse" type="email" autoComplete="username" errors={state.fieldErrors.email} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Wird gesendet …" : "Link zum Zurücksetzen anfordern"}
      </button>
    </form>
  );
}
