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
  unreadNotifications: number;
}) {
  const unread = props.unreadNotifications;
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
          <Link
            href="/benachrichtigungen"
            className="notification-link"
            aria-label={unread === 0 ? "Benachrichtigungen" : `Benachrichtigungen: ${unread} ungelesen`}
            title="Benachrichtigungen"
          >
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
              <path
                fill="currentColor"
                d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
              />
            </svg>
            {unread > 0 && <span className="notification-count">{unread > 99 ? "99+" : unread}</span>}
          </Link>
          <Link href="/konto/passwort">Passwort ändern</Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
