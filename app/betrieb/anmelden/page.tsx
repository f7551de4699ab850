import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentOperator } from "@/lib/operator/current-operator";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Anmelden – Betrieb" };
export const dynamic = "force-dynamic";

/** Sign-in of the provider's operators (not of municipal staff). */
export default async function OperatorLoginPage() {
  if (await currentOperator()) redirect("/betrieb");
  return (
    <main id="inhalt" className="login-page">
      <h1>DigiCheck Wissen – Betrieb</h1>
      <p>
        Anmeldung für den Betrieb der Installation. Beschäftigte einer Kommune melden sich hier an: <Link href="/login">Anmelden</Link>.
      </p>
      <div className="card">
        <h2>Anmelden als Betreiber</h2>
        <LoginForm callbackUrl="/betrieb" provider="betrieb" />
        <p>
          <Link href="/konto/passwort-vergessen">Passwort vergessen?</Link>
        </p>
      </div>
    </main>
  );
}
