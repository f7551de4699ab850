import type { Metadata } from "next";
import Link from "next/link";
import { findLiveAccountToken, LINK_INVALID_MESSAGE } from "@/lib/accounts/account-tokens";
import { SetPasswordForm } from "@/components/auth/password-forms";
import { setPasswordAction } from "../../actions";

export const metadata: Metadata = { title: "Passwort festlegen", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Invitation or reset link: the person sets their own password. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findLiveAccountToken(token);
  if (!link) {
    return (
      <div className="card">
        <h1>Link nicht mehr gültig</h1>
        <p>{LINK_INVALID_MESSAGE}</p>
        <p>
          <Link href="/konto/passwort-vergessen">Neuen Link anfordern</Link> · <Link href="/login">Zur Anmeldung</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card">
      <h1>{link.purpose === "INVITATION" ? `Willkommen, ${link.displayName}` : "Neues Passwort festlegen"}</h1>
      <p>
        {link.purpose === "INVITATION" ? "Legen Sie Ihr Passwort für " : "Neues Passwort für "}
        <strong>{link.email}</strong> fest. Danach melden Sie sich damit an.
      </p>
      <SetPasswordForm action={setPasswordAction.bind(null, token)} email={link.email} />
    </div>
  );
}
