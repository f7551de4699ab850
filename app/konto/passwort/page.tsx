import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { ChangePasswordForm } from "@/components/auth/password-forms";
import { changePasswordAction } from "../actions";

export const metadata: Metadata = { title: "Passwort ändern" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  const viewer = await requireViewer();
  return (
    <div className="card">
      <h1>Passwort ändern</h1>
      {viewer.mustChangePassword ? (
        <p className="alert alert--info">
          Ihr Passwort wurde von jemand anderem festgelegt. Bitte ändern Sie es, bevor Sie weiterarbeiten.
        </p>
      ) : (
        <p>
          Angemeldet als {viewer.displayName} ({viewer.organizationName}). <Link href="/">Abbrechen</Link>
        </p>
      )}
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
