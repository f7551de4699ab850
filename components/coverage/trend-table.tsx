import type { TrendRow } from "@/lib/coverage/snapshots";
import { TrendChart } from "./cockpit-charts";

const monthFormat = new Intl.DateTimeFormat("de-DE", { month: "short", year: "numeric", timeZone: "UTC" });

/** Share of documented tasks per unit and month (monthly snapshots): a line chart and its data table. */
export function TrendTable({ months, rows }: { months: Date[]; rows: TrendRow[] }) {
  if (rows.length === 0)
    return <p>Noch keine Monatswerte gespeichert – sie entstehen automatisch einmal pro Stunde für den laufenden Monat.</p>;
  return (
    <>
      <TrendChart
        tableId="trend-table"
        monthLabels={months.map((month) => monthFormat.format(month))}
        rows={rows.map((row) => ({ label: row.unitName, shares: row.documentedShare }))}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Entwicklung je Monat (Tabelle)">
        <table className="data-table" id="trend-table">
          <caption>Anteil dokumentierter Aufgaben (Reifegrad 2 oder höher) am Monatsende bzw. im laufenden Monat</caption>
          <thead>
            <tr>
              <th scope="col">Organisationseinheit</th>
              {months.map((month) => (
                <th key={month.toISOString()} scope="col" className="number">
                  {monthFormat.format(month)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unitId}>
                <th scope="row">{row.unitName}</th>
                {row.documentedShare.map((share, index) => (
                  <td key={index} className="number">
                    {share === null ? "–" : `${share} %`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
