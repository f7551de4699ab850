import type { Metadata } from "next";
import Link from "next/link";
import { OperatorHeader } from "@/components/operator/operator-header";
import { requireOperator } from "@/lib/operator/current-operator";
import { getSignInSettingsForOperator } from "@/lib/org/sign-in-settings";
import { loadOr404 } from "@/lib/load-or-404";
import { installationOrigin } from "@/lib/accounts/account-tokens";
import { SignInForm, TestDirectoryButton } from "@/components/admin/sign-in-form";
import { saveMunicipalitySignInAction, testMunicipalityDirectoryAction } from "../../../actions";

export const metadata: Metadata = { title: "Anmeldung einer Kommune – Betrieb" };
export const dynamic = "force-dynamic";

/** The operator connects a municipality's Active Directory / LDAP and its OpenID Connect provider. */
export default async function MunicipalitySignInPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const { id } = await params;
  const settings = await loadOr404(() => getSignInSettingsForOperator(operator, id));
  return (
    <>
      <OperatorHeader operator={operator} />
      <main id="inhalt" tabIndex={-1}>
        <p>
          <Link href="/betrieb">Zurück zur Betriebskonsole</Link>
        </p>
        <h1>Anmeldung von {settings.organizationName}</h1>
        <p>
          Verzeichnis (Active Directory / LDAP) und Anmeldedienst (OpenID Connect) der Kommune. Geheimnisse werden verschlüsselt gespeichert
          und nicht wieder angezeigt. Jede Änderung steht im Betriebsprotokoll.
        </p>
        <SignInForm settings={settings} action={saveMunicipalitySignInAction.bind(null, id)} origin={installationOrigin()} operatorView />
        <TestDirectoryButton action={testMunicipalityDirectoryAction.bind(null, id)} />
      </main>
    </>
  );
}
