import Link from "next/link";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";
import { HeaderSearch } from "@/components/search/header-search";

export function SiteHeader(props: {
  displayName: string;
  organizationName: string;
  roleLabel: string;
  canCreate: boolean;
  canAdmin: boolean;
  canSeeCockpit: boolean;
  /** A demo installation says so on every page: its accounts and passwords are public. */
  demo: boolean;
}) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          DigiCheck Wissen
          <small>{props.organizationName}</small>
        </Link>
        {props.demo && (
          <strong className="demo-label" title="Demodaten mit öffentlich bekannten Passwörtern – nicht für echte Daten">
            Demo-Installation
          </strong>
        )}
        <MainNav canCreate={props.canCreate} canAdmin={props.canAdmin} canSeeCockpit={props.canSeeCockpit} />
        <HeaderSearch />
        <div className="user-menu">
          <span>
            {props.displayName} <span className="visually-hidden">, Rolle:</span>({props.roleLabel})
          </span>
          <Link href="/konto/passwort">Passwort ändern</Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
