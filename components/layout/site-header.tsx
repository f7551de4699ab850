import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/auth/viewer";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";
import { HeaderSearch } from "@/components/search/header-search";

export function SiteHeader(props: { displayName: string; organizationName: string; role: Role; canCreate: boolean; canAdmin: boolean; canSeeCockpit: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          DigiCheck Wissen
          <small>{props.organizationName}</small>
        </Link>
        <MainNav canCreate={props.canCreate} canAdmin={props.canAdmin} canSeeCockpit={props.canSeeCockpit} />
        <HeaderSearch />
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
