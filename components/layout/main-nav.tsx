"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Pages reached from the hub "Meine Arbeit" (the personal journeys and lists). */
const MY_WORK = ["/meine-arbeit", "/mein-wissen", "/uebergabe", "/vertretung", "/einarbeitung", "/pruefung", "/kenntnisnahmen"];
/** Overviews for leads and HR reached from the cockpit. */
const COCKPIT = [
  "/cockpit",
  "/vertretung/planen",
  "/einarbeitung/wege",
  "/wissensluecken",
  "/verwaltung/uebergabe",
  "/verbund",
  "/wissens-check",
];

const within = (pathname: string, prefixes: string[]) =>
  prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/**
 * At most six entries: the personal journeys are grouped on "Meine Arbeit", the
 * overviews of leads and HR on "Cockpit", so the bar stays short on a laptop.
 */
export function MainNav({ canCreate, canSeeCockpit, canAdmin }: { canCreate: boolean; canSeeCockpit: boolean; canAdmin: boolean }) {
  const pathname = usePathname();
  const inCockpit = canSeeCockpit && within(pathname, COCKPIT);
  const items = [
    { href: "/", label: "Startseite", active: pathname === "/" },
    {
      href: "/wissen",
      label: "Wissen",
      active: (pathname.startsWith("/wissen") && pathname !== "/wissen/neu") || pathname.startsWith("/suche"),
    },
    ...(canCreate ? [{ href: "/wissen/neu", label: "Neuer Artikel", active: pathname === "/wissen/neu" }] : []),
    { href: "/meine-arbeit", label: "Meine Arbeit", active: !inCockpit && within(pathname, MY_WORK) },
    ...(canSeeCockpit ? [{ href: "/cockpit", label: "Cockpit", active: inCockpit }] : []),
    ...(canAdmin ? [{ href: "/verwaltung", label: "Verwaltung", active: !inCockpit && pathname.startsWith("/verwaltung") }] : []),
  ];
  // Exactly one current entry, even where two rules would match.
  const current = items.findLast((item) => item.active)?.href;
  return (
    <nav className="main-nav" aria-label="Hauptnavigation">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
