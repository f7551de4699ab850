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
}) {
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
            {props.displayName} <span className="visually-hidden">, Rolle:</span>({props.roleLabel})
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
