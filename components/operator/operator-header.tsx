import Link from "next/link";
import type { OperatorPrincipal } from "@/lib/operator/current-operator";
import { SignOutButton } from "@/components/layout/sign-out-button";

/** Skip link and header of the operator console's pages. */
export function OperatorHeader({ operator }: { operator: OperatorPrincipal }) {
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <span className="brand">
            DigiCheck Wissen
            <small>Betrieb</small>
          </span>
          <div className="user-menu">
            <span>{operator.displayName}</span>
            <Link href="/betrieb/passwort">Passwort ändern</Link>
            <SignOutButton after="/betrieb/anmelden" />
          </div>
        </div>
      </header>
    </>
  );
}
