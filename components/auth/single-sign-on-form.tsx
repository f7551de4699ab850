"use client";
import { useActionState, useEffect } from "react";
import { signIn } from "next-auth/react";
import { findSingleSignOnAction, type SingleSignOnState } from "@/app/login/actions";

/** Sign-in through the municipality's own service (Keycloak, Entra ID …): the address decides which one. */
export function SingleSignOnForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SingleSignOnState, FormData>(findSingleSignOnAction, {});
  useEffect(() => {
    if (state.providerId) void signIn(state.providerId, { callbackUrl });
  }, [state.providerId, callbackUrl]);
  const busy = pending || Boolean(state.providerId);
  return (
    <form action={action} noValidate aria-describedby={state.error ? "sso-error" : "sso-hint"}>
      {state.error && (
        <p id="sso-error" className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      <p id="sso-hint">Wenn Ihre Kommune es eingerichtet hat, melden Sie sich mit dem Konto Ihres Arbeitsplatzes an.</p>
      <div className="field">
        <label htmlFor="sso-email">Dienstliche E-Mail</label>
        <input id="sso-email" name="email" type="email" autoComplete="username" required />
      </div>
      <button className="button button--secondary" type="submit" disabled={busy}>
        {busy ? "Weiterleitung …" : "Weiter zur Anmeldung Ihrer Kommune"}
      </button>
    </form>
  );
}
