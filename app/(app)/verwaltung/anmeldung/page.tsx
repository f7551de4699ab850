import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageAccounts } from "@/lib/auth/policy";
import { getSignInSettings } from "@/lib/org/sign-in-settings";
import { installationOrigin } from "@/lib/accounts/account-tokens";
import { SignInForm, TestDirectoryButton } from "@/components/admin/sign-in-form";
import { saveSignInAction, testDirectoryAction } from "./actions";

export const metadata: Metadata = { title: "Anmeldung, Verzeichnis und Anmeldedienst" };

/** Admins: how the municipality's staff sign in (local passwords, Active Directory / LDAP). */
export default async function SignInSettingsPage() {
  const viewer = await requireViewer();
  if (!canManageAccounts(viewer)) notFound();
  const settings = await getSignInSettings(viewer);
  return (
    <>
      <h1>Anmeldung, Verzeichnis und Anmeldedienst</h1>
      <p>
        Mit einem Verzeichnis (Active Directory oder LDAP) melden sich Beschäftigte mit ihrer dienstlichen E-Mail-Adresse und dem
        Windows-Passwort an; mit einem Anmeldedienst (Keycloak, Entra ID, Nubus) über „Anmeldung über Ihre Kommune“ auf der Anmeldeseite.
        Wer sich zum ersten Mal anmeldet, bekommt ein Konto mit der Rolle aus seiner Gruppe, sonst „Lesen“.
      </p>
      <SignInForm settings={settings} action={saveSignInAction} origin={installationOrigin()} />
      <TestDirectoryButton action={testDirectoryAction} />
    </>
  );
}
