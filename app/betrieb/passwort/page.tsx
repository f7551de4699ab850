import type { Metadata } from "next";
import Link from "next/link";
import { requireOperator } from "@/lib/operator/current-operator";
import { ChangePasswordForm } from "@/components/auth/password-forms";
import { changeOperatorPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Passwort ändern – Betrieb" };
export const dynamic = "force-dynamic";

export default async function OperatorPasswordPage() {
  const operator = await requireOperator();
  return (
    <main id="inhalt" className="login-page">
      <div className="card">
        <h1>Passwort ändern</h1>
        <p>
          Betreiberkonto {operator.displayName} ({operator.email}). <Link href="/betrieb">Abbrechen</Link>
        </p>
        <ChangePasswordForm action={changeOperatorPasswordAction} home="/betrieb" />
      </div>
    </main>
  );
}
