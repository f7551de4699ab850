"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function MainNav({ canCreate, canSeeGaps, canAdmin, canHandOver, canSeeCockpit, hasPerson }: { canCreate: boolean; canSeeGaps: boolean; canAdmin: boolean; canHandOver: boolean; canSeeCockpit: boolean; hasPerson: boolean }) {
  const pathname = usePathname();
  const items = [
    { href: "/", label: "Startseite", active: pathname === "/" },
    { href: "/wissen", label: "Wissen", active: pathname.startsWith("/wissen") && pathname !== "/wissen/neu" },
    ...(canCreate ? [{ href: "/wissen/neu", label: "Neuer Artikel", active: pathname === "/wissen/neu" }] : []),
    { href: "/pruefung", label: "Prüfung fällig", active: pathname === "/pruefung" },
    ...(hasPerson ? [
      { href: "/mein-wissen", label: "Mein Wissen", active: pathname.startsWith("/mein-wissen") },
      { href: "/vertretung", label: "Vertretung", active: pathname.startsWith("/vertretung") },
      { href: "/einarbeitung", label: "Einarbeitung", active: pathname.startsWith("/einarbeitung") },
    ] : []),
    ...(canSeeCockpit ? [{ href: "/cockpit", label: "Cockpit", active: pathname.startsWith("/cockpit") }] : []),
    ...(canSeeGaps ? [{ href: "/wissensluecken", label: "Wissenslücken", active: pathname === "/wissensluecken" }] : []),
    ...(canAdmin
      ? [{ href: "/verwaltung", label: "Verwaltung", active: pathname.startsWith("/verwaltung") }]
      : canHandOver
        ? [{ href: "/verwaltung/uebergabe", label: "Artikel übertragen", active: pathname === "/verwaltung/uebergabe" }]
        : []),
  ];
  return (
    <nav className="main-nav" aria-label="Hauptnavigation">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.active ? "page" : undefined}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
