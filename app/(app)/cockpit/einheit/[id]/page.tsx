import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { unitReport } from "@/lib/coverage/unit-report";
import { HORIZONS } from "@/lib/coverage/cockpit-summary";
import { MATURITY_LABELS, type Maturity } from "@/lib/coverage/coverage-rules";
import { formatDateTime } from "@/lib/format-date";
import { PrintButton } from "@/components/layout/print-button";
import { TrendTable } from "@/components/coverage/trend-table";
import { MaturityChart } from "@/components/coverage/cockpit-charts";

export const metadata: Metadata = { title: "Wissensbilanz" };

const LEVELS: Maturity[] = [0, 1, 2, 3, 4];

/** Printable report per unit ("Wissensbilanz"). */
export default async function UnitReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const report = await loadOr404(() => unitReport(viewer, id));
  const { overview } = report;
  return (
    <>
      <p className="no-print">
        <Link href="/cockpit">Zurück zum Cockpit</Link>
      </p>
      <h1>Wissensbilanz: {report.unit.name}</h1>
      <p>
        {viewer.organizationName} · Stand {formatDateTime(new Date())}
      </p>
      <PrintButton />
      <section className="card" aria-labelledby="bilanz-heading">
        <h2 id="bilanz-heading">Abdeckung</h2>
        {!overview ? (
          <p>Dieser Einheit sind keine Aufgaben zugeordnet.</p>
        ) : (
          <>
            <p>
              {overview.tasks} Aufgaben, davon <strong>{overview.covered} abgedeckt</strong> (
              {Math.round((overview.covered / overview.tasks) * 100)} %), {overview.singleKnower} mit Einzelwissen, {report.reportedGaps}{" "}
              offene gemeldete Wissenslücken.
            </p>
            <MaturityChart
              tableId="unit-maturity-table"
              levelLabels={LEVELS.map((level) => MATURITY_LABELS[level])}
              rows={[{ label: report.unit.name, counts: LEVELS.map((level) => overview.maturity[level]) }]}
            />
            <table className="data-table" id="unit-maturity-table">
              <caption>Verteilung der Reifegrade</caption>
              <thead>
                <tr>
                  {LEVELS.map((level) => (
                    <th key={level} scope="col" className="number">
                      {level} {MATURITY_LABELS[level]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {LEVELS.map((level) => (
                    <td key={level} className="number">
                      {overview.maturity[level]}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </>
        )}
        {report.timeline && (
          <p>
            Betroffen von geplanten Austritten:{" "}
            {HORIZONS.map(
              (horizon) =>
                `${horizon.label}: ${report.timeline!.buckets[horizon.key].tasks} (${report.timeline!.buckets[horizon.key].covered} abgedeckt)`,
            ).join(" · ")}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">Offene Lücken ({report.gaps.length})</h2>
        {report.gaps.length === 0 ? (
          <p>Keine – alle Aufgaben sind abgedeckt und nicht von einer einzelnen Person abhängig.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Aufgabe</th>
                <th scope="col" className="number">
                  Risiko
                </th>
                <th scope="col">Reifegrad</th>
                <th scope="col">Was fehlt</th>
              </tr>
            </thead>
            <tbody>
              {report.gaps.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link href={`/cockpit/aufgabe/${row.id}`}>{row.title}</Link>
                  </th>
                  <td className="number">{row.risk.toLocaleString("de-DE")}</td>
                  <td>
                    {row.maturity} {MATURITY_LABELS[row.maturity]}
                    {row.singleKnower ? ", Einzelwissen" : ""}
                  </td>
                  <td>{row.missing.join("; ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="trend-heading">
        <h2 id="trend-heading">Entwicklung</h2>
        <TrendTable months={report.trend.months} rows={report.trend.rows} />
      </section>
    </>
  );
}
