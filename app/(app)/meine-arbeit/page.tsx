import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { governanceSettings } from "@/lib/org/organization-settings";

export const metadata: Metadata = { title: "Meine Arbeit" };

/** The personal journeys and lists in one place, each with a sentence on when to use it. */
export default async function MyWorkPage() {
  const viewer = await requireViewer();
  const settings = await governanceSettings(viewer.organizationId);
  const hasPerson = Boolean(viewer.personId);
  const entries = [
    {
      href: "/mein-wissen",
      title: "Mein Wissen sichern",
      text: "Sie scheiden aus oder wechseln die Stelle? Halten Sie Aufgabe für Aufgabe fest, was Ihre Nachfolge wissen muss.",
      show: hasPerson,
    },
    {
      href: "/uebergabe",
      title: "Übergabeprotokolle",
      text: "Die Übergabe mit Nachfolge oder Vertretung festhalten und von beiden Seiten bestätigen.",
      show: hasPerson,
    },
    {
      href: "/vertretung",
      title: "Ich vertrete …",
      text: "Aufgaben, Anleitungen und Fristen der Person, die Sie vertreten – für den gewählten Zeitraum.",
      show: hasPerson,
    },
    {
      href: "/einarbeitung",
      title: "Einarbeitung",
      text: "Ihr Weg in die Stelle: was Sie lesen und üben sollten, Ansprechpersonen und Glossar.",
      show: hasPerson,
    },
    {
      href: "/pruefung",
      title: "Prüfung fällig",
      text: "Artikel einer Organisationseinheit, deren Prüfung auf Aktualität fällig ist.",
      show: true,
    },
    {
      href: "/kenntnisnahmen",
      title: "Meine Kenntnisnahmen",
      text: "Welche Artikel Sie zur Kenntnis genommen haben.",
      show: settings.readConfirmationsEnabled,
    },
  ].filter((entry) => entry.show);
  return (
    <>
      <h1>Meine Arbeit</h1>
      {!hasPerson && (
        <p>
          Ihr Konto ist keiner Person im Aufgabenkatalog zugeordnet; Mein Wissen, Übergabe, Vertretung und Einarbeitung erscheinen, sobald
          die Administration das verknüpft.
        </p>
      )}
      <ul className="hub-list">
        {entries.map((entry) => (
          <li key={entry.href} className="card">
            <h2>
              <Link href={entry.href}>{entry.title}</Link>
            </h2>
            <p>{entry.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
