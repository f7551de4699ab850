import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/auth/viewer";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader(props: { displayName: string; organizationName: string; role: Role; canCreate: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          DigiCheck Wissen
          <small>{props.organizationName}</small>
        </Link>
        <MainNav canCreate={props.canCreate} />
        <form className="header-search" role="search" action="/suche" method="get">
          <label htmlFor="header-search-input" className="visually-hidden">Wissen durchsuchen</label>
          <input id="header-search-input" type="search" name="q" placeholder="Wissen durchsuchen …" autoComplete="off" />
          <button type="submit" className="button button--secondary button--small">Suchen</button>
        </form>
        <div className="user-menu">
          <span>
            {props.displayName} <span className="visually-hidden">, Rolle:</span>({ROLE_LABELS[props.role]})
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
