import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { governanceSettings } from "@/lib/org/organization-settings";
import { myBookmarks, myRecentArticles, type PersonalListEntry } from "@/lib/knowledge/personal-lists";
import { ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";
import { formatDateTime } from "@/lib/format-date";
import { clearVisitsAction } from "./actions";

function ArticleList({ entries, empty }: { entries: PersonalListEntry[]; empty: string }) {
  if (entries.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link href={`/wissen/${entry.id}`}>{entry.title}</Link>{" "}
          <span className="meta">
            ({ARTICLE_KIND_LABELS[entry.kind]}, {formatDateTime(entry.at)})
          </span>
        </li>
      ))}
    </ul>
  );
}

export const metadata: Metadata = { title: "Meine Arbeit" };

/** The personal journeys and lists in one place, each with a sentence on when to use it. */
export default async function MyWorkPage({ searchParams }: { searchParams: Promise<{ verlauf?: string; fehler?: string }> }) {
  const viewer = await requireViewer();
  const { verlauf, fehler } = await searchParams;
  const [settings, bookmarks, recent] = await Promise.all([
    governanceSettings(viewer.organizationId),
    myBookmarks(viewer),
    myRecentArticles(viewer),
  ]);
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
      href: "/benachrichtigungen",
      title: "Benachrichtigungen",
      text: "Was sich bei beobachteten Artikeln und Aufgaben getan hat, Antworten auf Ihre Fragen und Meldungen, Übergaben und Vertretungen für Sie.",
      show: true,
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
      <section className="card" aria-labelledby="bookmarks-heading">
        <h2 id="bookmarks-heading">Gemerkt ({bookmarks.length})</h2>
        <ArticleList entries={bookmarks} empty="Noch nichts gemerkt – mit „Merken“ auf einer Artikelseite kommt ein Artikel hierher." />
      </section>
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Zuletzt angesehen</h2>
        {verlauf === "geloescht" && (
          <p className="alert alert--success" role="status">
            Ihr Verlauf ist gelöscht.
          </p>
        )}
        {fehler && (
          <p className="alert alert--error" role="alert">
            {fehler.slice(0, 300)}
          </p>
        )}
        <ArticleList entries={recent} empty="Noch keine Artikel angesehen." />
        <p className="field-hint">Nur Sie sehen diese Listen; niemand sonst, auch nicht Leitung oder Personalamt.</p>
        {recent.length > 0 && (
          <form action={clearVisitsAction}>
            <button type="submit" className="button button--secondary">
              Verlauf löschen
            </button>
          </form>
        )}
      </section>
    </>
  );
}
