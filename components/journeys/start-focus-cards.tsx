import Link from "next/link";
import { formatDate } from "@/lib/format-date";
import type { StartFocus } from "@/lib/journeys/start-focus";

const monthFormat = new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" });

function FocusCard({ focus, index }: { focus: StartFocus; index: number }) {
  const headingId = `focus-${index}`;
  switch (focus.kind) {
    case "onboarding":
      return (
        <section className="card card--notice" aria-labelledby={headingId}>
          <h2 id={headingId}>
            Ihre Einarbeitung: {focus.read} von {focus.total} Artikeln gelesen
          </h2>
          <progress max={focus.total} value={focus.read} aria-labelledby={headingId} className="focus-progress" />
          <p>Ihr Einarbeitungsweg für {focus.positions.join(", ")} – Schritt für Schritt, in Ihrem Tempo.</p>
          <p>
            <Link className="button" href="/einarbeitung">
              Weiter mit der Einarbeitung
            </Link>
          </p>
        </section>
      );
    case "deputyship":
      return (
        <section className="card card--notice" aria-labelledby={headingId}>
          <h2 id={headingId}>Sie vertreten gerade {focus.absentName}</h2>
          <p>Bis einschließlich {formatDate(focus.endsOn)}. Die Aufgaben, Fristen und Anleitungen stehen in der Vertretungsansicht.</p>
          <p>
            <Link className="button" href={`/vertretung?${focus.viewQuery}`}>
              Zur Vertretung
            </Link>
          </p>
        </section>
      );
    case "leaving":
      return (
        <section className="card card--notice" aria-labelledby={headingId}>
          <h2 id={headingId}>
            Mein Wissen sichern: {focus.documented} von {focus.total} Aufgaben dokumentiert
          </h2>
          <p>
            Vor Ihrem Ausscheiden ({monthFormat.format(focus.plannedExitMonth)}): Halten Sie fest, was Ihre Nachfolge wissen muss – Aufgabe
            für Aufgabe, in mehreren kurzen Sitzungen.
          </p>
          <p>
            <Link className="button" href="/mein-wissen">
              Weiter mit „Mein Wissen sichern“
            </Link>
          </p>
        </section>
      );
    case "lead":
      return (
        <section className="card card--notice" aria-labelledby={headingId}>
          <h2 id={headingId}>
            Ihre Einheiten: {focus.openGaps} von {focus.tasks} Aufgaben noch nicht abgedeckt
          </h2>
          <p>
            {focus.dueReviews === 0
              ? "Keine Artikel Ihrer Einheiten sind zur Prüfung fällig."
              : `${focus.dueReviews} ${focus.dueReviews === 1 ? "Artikel ist" : "Artikel sind"} zur Prüfung fällig oder bald fällig.`}
          </p>
          <p className="button-row">
            <Link className="button" href="/cockpit#risiko-heading">
              Offene Lücken im Cockpit
            </Link>
            <Link className="button button--secondary" href="/pruefung">
              Fällige Prüfungen
            </Link>
          </p>
        </section>
      );
  }
}

/** The cards the person should see first on the start page (see orderStartFocus). */
export function StartFocusCards({ focus }: { focus: StartFocus[] }) {
  if (focus.length === 0) return null;
  return (
    <div className="start-focus">
      {focus.map((item, index) => (
        <FocusCard key={`${item.kind}-${index}`} focus={item} index={index} />
      ))}
    </div>
  );
}
