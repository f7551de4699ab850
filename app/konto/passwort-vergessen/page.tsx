import type { Metadata } from "next";
import Link from "next/link";
import { mailConfigured } from "@/lib/mail/mailer";
import { ForgotPasswordForm } from "@/components/auth/password-forms";
import { forgotPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Passwort vergessen" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <div className="card">
      <h1>Passwort vergessen</h1>
      {mailConfigured() ? (
        <>
          <p>Geben Sie Ihre dienstliche E-Mail-Adresse ein. Sie bekommen einen Link, mit dem Sie ein neues Passwort festlegen.</p>
          <ForgotPasswordForm action={forgotPasswordAction} />
        </>
      ) : (
        <p>
          Diese Installation verschickt keine E-Mails. Bitte wenden Sie sich an die Administration Ihrer Verwaltung: Sie kann Ihnen einen
          Link zum Festlegen eines neuen Passworts geben.
        </p>
      )}
      <p>
        <Link href="/login">Zurück zur Anmeldung</Link>
      </p>
    </div>
  );
}
