import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canHandOverOwnership, cockpitScope } from "@/lib/auth/policy";
import { cockpitFigures } from "@/lib/coverage/coverage-sql";
import { HORIZONS, riskFilterSchema } from "@/lib/coverage/cockpit-summary";
import { CRITICALITY_LABELS, MATURITY_LABELS, type Maturity } from "@/lib/coverage/coverage-rules";
import { knowledgeSignals } from "@/lib/coverage/signals";
import { MaturityBadge, MaturityBar } from "@/components/coverage/maturity-bar";
import { coverageTrend } from "@/lib/coverage/snapshots";
import { TrendTable } from "@/components/coverage/trend-table";
import { ExitChart, MaturityChart } from "@/components/coverage/cockpit-charts";

export const metadata: Metadata = { title: "Wissens-Cockpit" };

const LEVELS: Maturity[] = [0, 1, 2, 3, 4];
const LIST_LIMIT = 200;

function exitText(months: number | null): string {
  if (months === null) return "kein Austritt geplant";
  if (months <= 0) return "diesen Monat";
  return `in ${months} ${months === 1 ? "Monat" : "Monaten"}`;
}

/** Coverage cockpit: HR for the whole organization, leads for their units. Tasks, not people. */
export default async function CockpitPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const scope = cockpitScope(viewer);
  if (!scope) notFound();
  const filter = riskFilterSchema.parse(await searchParams);
  const [{ units, timeline, atRisk, atRiskCount }, signals, trend] = await Promise.all([
    cockpitFigures(viewer, filter, LIST_LIMIT),
    knowledgeSignals(viewer),
    coverageTrend(viewer),
  ]);
  const exportQuery = new URLSearchParams(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  return (
    <>
      <h1 className="page-wide">Wissens-Cockpit</h1>
      <p>
        {scope.kind === "organization" ? "Alle Organisationseinheiten Ihrer Verwaltung." : "Die Organisationseinheiten, die Sie leiten."}{" "}
        Welche Aufgaben sind dokumentiert und vertreten, wo geht Wissen mit geplanten Austritten verloren? Alles wird aus den Daten
        berechnet – Aufgaben, Artikel, Vertretungen und geplante Austritte –, nichts wird von Hand eingetragen.
      </p>
      <nav aria-label="Weitere Übersichten" className="no-print">
        <ul className="inline-list">
          <li>
            <Link href="/cockpit/uebergaben">Stand der Übergaben</Link>
          </li>
          <li>
            <Link href="/vertretung/planen">Vertretungen planen</Link>
          </li>
          <li>
            <Link href="/wissensluecken">Gemeldete Wissenslücken</Link>
          </li>
          <li>
            <Link href="/verbund">Vergleich im Wissensverbund</Link>
          </li>
          <li>
            <Link href="/wissens-check">Wissens-Check mit Dreijahresplan</Link>
          </li>
          {scope.kind === "units" && (
            <li>
              <Link href="/einarbeitung/wege">Einarbeitungswege der Stellen</Link>
            </li>
          )}
          {canHandOverOwnership(viewer) && (
            <li>
              <Link href="/verwaltung/uebergabe">Artikel übertragen</Link>
            </li>
          )}
        </ul>
      </nav>
      <details className="card">
        <summary>So wird gerechnet</summary>
        <p>
          <strong>Reifegrad</strong> je Aufgabe: 0 Lücke (kein Artikel) · 1 Notizen (nur Entwurf, in Prüfung oder abgelaufen) · 2
          dokumentiert (veröffentlicht, Prüfung nicht abgelaufen) · 3 geprüft (innerhalb des Prüfintervalls als aktuell bestätigt) · 4
          bewährt (zusätzlich hat eine Vertretung oder ein Neuzugang der Stelle die Aufgabe mit der Anleitung selbst durchgeführt).
        </p>
        <p>
          <strong>Abgedeckt</strong> ist eine Aufgabe ab Reifegrad 2 mit einer Vertretung, die nicht vor der zuständigen Person ausscheidet.{" "}
          <strong>Einzelwissen</strong>: nur eine Person kennt die Aufgabe, oder die einzige Vertretung scheidet ebenfalls aus.
        </p>
        <p>
          <strong>Risiko</strong> = Austrittsfaktor × Kritikalität × (1 − 0,2 × Reifegrad) × 0,75 falls eine geeignete Vertretung da ist.
          Austrittsfaktor der zuständigen Person (früheste zählt): innerhalb von 12 Monaten 5, 13–24 Monate 4, 25–36 Monate 3, später 2,
          kein Austritt geplant 1. Höchstwert 25.
        </p>
        <p>
          <strong>Kritikalität</strong>:{" "}
          {Object.entries(CRITICALITY_LABELS)
            .map(([level, label]) => `${level} ${label}`)
            .join(" · ")}
          .
        </p>
      </details>

      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Geplante Austritte: betroffene Aufgaben</h2>
        {timeline.length === 0 ? (
          <p>In den nächsten 36 Monaten sind keine Austritte von zuständigen Personen geplant.</p>
        ) : (
          <>
            <ExitChart
              tableId="exit-table"
              horizonLabels={HORIZONS.map((horizon) => horizon.label)}
              rows={timeline.map((row) => ({ label: row.unitName, values: HORIZONS.map((horizon) => row.buckets[horizon.key].tasks) }))}
            />
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Geplante Austritte (Tabelle)">
              <table className="data-table" id="exit-table">
                <caption>Aufgaben, deren zuständige Person im Zeitraum ausscheidet – davon abgedeckt</caption>
                <thead>
                  <tr>
                    <th scope="col">Organisationseinheit</th>
                    {HORIZONS.map((horizon) => (
                      <th key={horizon.key} scope="col" className="number">
                        {horizon.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {timeline.map((row) => (
                    <tr key={row.unitId}>
                      <th scope="row">{row.unitName}</th>
                      {HORIZONS.map((horizon) => {
                        const bucket = row.buckets[horizon.key];
                        return (
                          <td key={horizon.key} className="number">
                            {bucket.tasks === 0 ? "–" : `${bucket.tasks} (${bucket.covered} abgedeckt)`}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="units-heading">
        <h2 id="units-heading">Reifegrad je Organisationseinheit</h2>
        <p className="legend" aria-hidden="true">
          {LEVELS.map((level) => (
            <span key={level}>
              <span className={`swatch maturity-${level}`} />
              {level} {MATURITY_LABELS[level]}
            </span>
          ))}
        </p>
        <MaturityChart
          tableId="maturity-table"
          levelLabels={LEVELS.map((level) => MATURITY_LABELS[level])}
          rows={units.map((unit) => ({ label: unit.unitName, counts: LEVELS.map((level) => unit.maturity[level]) }))}
        />
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Reifegrad je Organisationseinheit (Tabelle, waagerecht scrollbar)"
        >
          <table className="data-table" id="maturity-table">
            <caption className="visually-hidden">
              Anzahl der Aufgaben je Reifegrad, abgedeckte Aufgaben und Einzelwissen je Organisationseinheit
            </caption>
            <thead>
              <tr>
                <th scope="col">Organisationseinheit</th>
                <th scope="col" className="number">
                  Aufgaben
                </th>
                {LEVELS.map((level) => (
                  <th key={level} scope="col" className="number">
                    {level} {MATURITY_LABELS[level]}
                  </th>
                ))}
                <th scope="col" className="number">
                  abgedeckt
                </th>
                <th scope="col" className="number">
                  Einzelwissen
                </th>
                <th scope="col" className="number">
                  gemeldete Lücken
                </th>
                <th scope="col">Verteilung</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.unitId}>
                  <th scope="row">
                    <Link href={`/cockpit?einheit=${unit.unitId}#risiko-heading`}>{unit.unitName}</Link>{" "}
                    <Link className="no-print" href={`/cockpit/einheit/${unit.unitId}`} aria-label={`Wissensbilanz ${unit.unitName}`}>
                      (Wissensbilanz)
                    </Link>
                  </th>
                  <td className="number">{unit.tasks}</td>
                  {LEVELS.map((level) => (
                    <td key={level} className="number">
                      {unit.maturity[level]}
                    </td>
                  ))}
                  <td className="number">
                    {unit.covered} ({Math.round((unit.covered / unit.tasks) * 100)} %)
                  </td>
                  <td className="number">{unit.singleKnower}</td>
                  <td className="number">{signals.gapsByUnit.get(unit.unitId) ?? 0}</td>
                  <td>
                    <MaturityBar counts={unit.maturity} total={unit.tasks} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          Signale: <Link href="/wissensluecken">gemeldete Wissenslücken</Link>
          {signals.unassignedGaps > 0 && ` (${signals.unassignedGaps} ohne Organisationseinheit)`}
          {signals.zeroResultQueries !== null &&
            `, ${signals.zeroResultQueries} verschiedene Suchanfragen ohne Treffer in den letzten 90 Tagen`}
          .
        </p>
      </section>

      <section className="card" aria-labelledby="trend-heading">
        <h2 id="trend-heading">Entwicklung</h2>
        <TrendTable months={trend.months} rows={trend.rows} />
      </section>

      <section className="card" aria-labelledby="risiko-heading">
        <h2 id="risiko-heading">Aufgaben nach Risiko</h2>
        <form method="get" className="filters" aria-label="Aufgaben filtern">
          <div className="field">
            <label htmlFor="filter-einheit">Organisationseinheit</label>
            <select id="filter-einheit" name="einheit" defaultValue={filter.einheit ?? ""}>
              <option value="">alle</option>
              {units.map((unit) => (
                <option key={unit.unitId} value={unit.unitId}>
                  {unit.unitName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-horizont">Austritt innerhalb von</label>
            <select id="filter-horizont" name="horizont" defaultValue={filter.horizont ?? ""}>
              <option value="">beliebig</option>
              <option value="12">12 Monaten</option>
              <option value="24">24 Monaten</option>
              <option value="36">36 Monaten</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-kritikalitaet">Kritikalität mindestens</label>
            <select id="filter-kritikalitaet" name="kritikalitaet" defaultValue={filter.kritikalitaet ?? ""}>
              <option value="">beliebig</option>
              {[1, 2, 3, 4, 5].map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-reifegrad">Reifegrad höchstens</label>
            <select id="filter-reifegrad" name="reifegrad" defaultValue={filter.reifegrad ?? ""}>
              <option value="">beliebig</option>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level} {MATURITY_LABELS[level]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Filtern
          </button>
        </form>
        <p>
          {atRiskCount} {atRiskCount === 1 ? "Aufgabe" : "Aufgaben"}
          {atRiskCount > LIST_LIMIT && `, die ${LIST_LIMIT} mit dem höchsten Risiko werden gezeigt`}.{" "}
          <a href={`/cockpit/export?${exportQuery.toString()}`} download>
            Als CSV herunterladen
          </a>
        </p>
        {atRisk.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Aufgaben nach Risiko (Tabelle, waagerecht scrollbar)">
            <table className="data-table risk-table">
              {/* Shares of the width for the fixed desktop layout (see .risk-table in globals.css). */}
              <colgroup>
                <col style={{ width: "22%" }} />
                <col style={{ width: "13%" }} />
                <col style={{ width: "8%" }} />
                <col style={{ width: "10%" }} />
                <col style={{ width: "12%" }} />
                <col style={{ width: "8%" }} />
                <col style={{ width: "6%" }} />
                <col style={{ width: "21%" }} />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Aufgabe</th>
                  <th scope="col">Organisationseinheit</th>
                  <th scope="col" className="number">
                    Kritikalität
                  </th>
                  <th scope="col">Austritt</th>
                  <th scope="col">Reifegrad</th>
                  <th scope="col">Einzelwissen</th>
                  <th scope="col" className="number">
                    Risiko
                  </th>
                  <th scope="col">Was fehlt</th>
                </tr>
              </thead>
              <tbody>
                {atRisk.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className="risk-table__task">
                      <Link href={`/cockpit/aufgabe/${row.id}`}>{row.title}</Link>
                    </th>
                    <td data-label="Einheit">{row.unitName}</td>
                    <td className="number" data-label="Kritikalität">
                      {row.criticality}
                    </td>
                    <td data-label="Austritt">{exitText(row.monthsToExit)}</td>
                    <td data-label="Reifegrad">
                      <MaturityBadge maturity={row.maturity} label={MATURITY_LABELS[row.maturity]} />
                    </td>
                    <td data-label="Einzelwissen">{row.singleKnower ? "ja" : "nein"}</td>
                    <td className="number" data-label="Risiko">
                      <strong>{row.risk.toLocaleString("de-DE")}</strong>
                    </td>
                    <td className="risk-table__missing" data-label="Was fehlt">
                      {row.missing.join("; ") || "–"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
