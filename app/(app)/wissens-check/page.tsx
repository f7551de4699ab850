import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canSeeKnowledgeChecks } from "@/lib/auth/policy";
import { knowledgeCheckOverview } from "@/lib/knowledge-check/overview";
import { formatDate } from "@/lib/format-date";
import { startKnowledgeCheckAction } from "./actions";

export const metadata: Metadata = { title: "Wissens-Check" };

/** Units with their latest check, and the roll-up of the latest completed checks. */
export default async function KnowledgeChecksPage({ searchParams }: { searchParams: Promise<{ fehler?: string }> }) {
  const viewer = await requireViewer();
  if (!canSeeKnowledgeChecks(viewer)) notFound();
  const { fehler } = await searchParams;
  const overview = await knowledgeCheckOverview(viewer);
  return (
    <>
      <h1>Wissens-Check</h1>
      <p>
        Der Wissens-Check schätzt für eine Organisationseinheit 15 Zielfelder des Wissensmanagements auf Stufen von 0 bis 4 ein. Wo die
        Anwendung es misst, schlägt sie die Stufe mit Beleg vor; das Team bestätigt oder korrigiert mit Begründung. Am Ende stehen ein
        Bericht und ein Dreijahresplan. Bewertet werden Aufgaben und Abläufe, nie Personen.
      </p>
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 400)}
        </p>
      )}
      <section className="card" aria-labelledby="check-units">
        <h2 id="check-units">Einheiten</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="check-units">
          <table className="data-table stacked-table">
            <thead>
              <tr>
                <th scope="col">Einheit</th>
                <th scope="col">Letzter abgeschlossener Check</th>
                <th scope="col">Aktion</th>
              </tr>
            </thead>
            <tbody>
              {overview.units.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row">{unit.name}</th>
                  <td data-label="Letzter Check">
                    {unit.latestCheck ? (
                      <Link href={`/wissens-check/${unit.latestCheck.id}/bericht`}>
                        Bericht vom {formatDate(unit.latestCheck.completedAt)}
                      </Link>
                    ) : (
                      <span className="muted">noch keiner</span>
                    )}
                  </td>
                  <td>
                    {unit.openCheckId ? (
                      <Link href={`/wissens-check/${unit.openCheckId}`}>Offenen Check fortsetzen</Link>
                    ) : (
                      <form action={startKnowledgeCheckAction}>
                        <input type="hidden" name="unitId" value={unit.id} />
                        <button
                          type="submit"
                          className="button button--secondary button--small"
                          aria-label={`Check beginnen: ${unit.name}`}
                        >
                          Check beginnen
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="check-rollup">
        <h2 id="check-rollup">{overview.scope === "organization" ? "Gesamtbild der Kommune" : "Gesamtbild Ihrer Einheiten"}</h2>
        {overview.completedUnits === 0 ? (
          <p>Noch kein abgeschlossener Check.</p>
        ) : (
          <>
            <p>Aus dem jeweils letzten abgeschlossenen Check von {overview.completedUnits} Einheiten.</p>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="check-rollup">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Zielfeld</th>
                    <th scope="col" className="number">
                      Durchschnitt (0–4)
                    </th>
                    <th scope="col" className="number">
                      Einheiten mit Lücke (0–1)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overview.rollup.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.title}</th>
                      <td className="number">{row.average === null ? "–" : row.average.toLocaleString("de-DE")}</td>
                      <td className="number">{row.gaps}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {overview.measuresByYear.length > 0 && (
              <>
                <h3>Maßnahmen der Pläne nach Zieljahr</h3>
                <ul>
                  {overview.measuresByYear.map((year) => (
                    <li key={year.year}>
                      {year.year}: {year.open} offen, {year.inProgress} in Arbeit, {year.done} erledigt
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
