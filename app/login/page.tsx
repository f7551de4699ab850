import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/current-viewer";
import { LoginForm } from "@/components/auth/login-form";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { SingleSignOnForm } from "@/components/auth/single-sign-on-form";
import { singleSignOnRefusalText } from "@/lib/auth/auth-options";
import { singleSignOnOffered } from "@/lib/auth/oidc";

/** next-auth's own error codes (?error=…) in German. */
function nextAuthErrorText(code: string | undefined): string | null {
  if (!code) return null;
  if (code === "SessionRequired") return "Bitte melden Sie sich an.";
  if (code === "AccessDenied") return "Die Anmeldung wurde abgelehnt.";
  return "Die Anmeldung über Ihre Kommune ist nicht gelungen. Bitte versuchen Sie es noch einmal oder melden Sie sich mit Passwort an.";
}

export const metadata: Metadata = { title: "Anmelden" };
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; passwort?: string; fehler?: string; error?: string }>;
}) {
  if (await currentViewer()) redirect("/");
  const { callbackUrl, passwort, fehler, error } = await searchParams;
  const refusal = singleSignOnRefusalText(fehler) ?? nextAuthErrorText(error);
  // Only paths of this installation are followed after sign-in.
  const target = safeRedirectPath(callbackUrl);
  return (
    <main id="inhalt" className="login-page">
      <h1>DigiCheck Wissen</h1>
      <p>Das Wissen Ihrer Verwaltung – für Einarbeitung, Vertretung und Übergabe.</p>
      <div className="card">
        <h2>Anmelden</h2>
        {passwort === "gesetzt" && (
          <p className="alert alert--success" role="status">
            Ihr Passwort ist gespeichert. Bitte melden Sie sich jetzt damit an.
          </p>
        )}
        {refusal && (
          <p className="alert alert--error" role="alert">
            {refusal}
          </p>
        )}
        <LoginForm callbackUrl={target} />
        <p>
          <Link href="/konto/passwort-vergessen">Passwort vergessen?</Link>
        </p>
      </div>
      {(await singleSignOnOffered()) && (
        <div className="card">
          <h2>Anmeldung über Ihre Kommune</h2>
          <SingleSignOnForm callbackUrl={target} />
        </div>
      )}
      <p>
        <Link href="/barrierefreiheit">Erklärung zur Barrierefreiheit</Link>
      </p>
    </main>
  );
}
