"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";

export function LoginForm({ callbackUrl, provider = "credentials" }: { callbackUrl: string; provider?: "credentials" | "betrieb" }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Bitte geben Sie E-Mail-Adresse und Passwort ein.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn(provider, { email, password, redirect: false });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "E-Mail-Adresse oder Passwort ist nicht richtig.");
        return;
      }
      window.location.assign(callbackUrl);
    } catch {
      setError("Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es gleich noch einmal.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? "login-error" : undefined}>
      {error && (
        <p id="login-error" className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">E-Mail-Adresse</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">Passwort</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Anmelden …" : "Anmelden"}
      </button>
    </form>
  );
}
