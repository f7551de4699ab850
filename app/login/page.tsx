import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/current-viewer";
import { LoginForm } from "@/components/auth/login-form";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Anmelden" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; passwort?: string }> }) {
  if (await currentViewer()) redirect("/");
  const { callbackUrl, passwort } = await searchParams;
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
        <LoginForm callbackUrl={target} />
        <p>
          <Link href="/konto/passwort-vergessen">Passwort vergessen?</Link>
        </p>
      </div>
      <p>
        <Link href="/barrierefreiheit">Erklärung zur Barrierefreiheit</Link>
      </p>
    </main>
  );
}
