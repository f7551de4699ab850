"use client";
/**
 * Cockpit charts (recharts, SVG): maturity per unit, tasks affected by planned
 * exits per horizon and unit, and the documented share over months. Each chart
 * is one image for assistive technology, with a short summary as its name; the
 * exact numbers are in the data table next to it (`tableId`). SVG fills print,
 * unlike CSS backgrounds, so the charts also appear in the printed Wissensbilanz.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

/** Maturity colours 0–4, each at least 3:1 against white (WCAG 1.4.11), light to dark so grey print still orders them. */
export const MATURITY_COLORS = ["#b42318", "#c26a00", "#8a7300", "#3f8f3f", "#1d5b2f"] as const;
const SERIES_COLORS = ["#0b4f8a", "#b42318", "#5a3d8a", "#1d6b35", "#8a5a00", "#00707a", "#6b6b6b", "#a1306b"];

function ChartFrame(props: { summary: string; tableId: string; height: number; children: React.ReactElement }) {
  return (
    <div className="chart" role="img" aria-label={props.summary} aria-describedby={props.tableId}>
      <ResponsiveContainer width="100%" height={props.height} initialDimension={{ width: 280, height: props.height }}>
        {props.children}
      </ResponsiveContainer>
    </div>
  );
}

const axisTick = { fill: "#1f2933", fontSize: 12 };

/** One horizontal bar per unit, the series side by side or stacked. */
function UnitBars(props: {
  summary: string;
  tableId: string;
  rows: { label: string; values: number[] }[];
  series: { name: string; color: string }[];
  stacked: boolean;
}) {
  const data = props.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(row.values.map((value, index) => [`s${index}`, value])),
  }));
  return (
    <ChartFrame summary={props.summary} tableId={props.tableId} height={Math.max(170, 44 * data.length + 70)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} />
        <YAxis type="category" dataKey="label" width={150} tick={axisTick} interval={0} />
        <Legend />
        {props.series.map((series, index) => (
          <Bar
            key={series.name}
            dataKey={`s${index}`}
            name={series.name}
            stackId={props.stacked ? "stack" : undefined}
            fill={series.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function MaturityChart(props: { rows: { label: string; counts: number[] }[]; levelLabels: string[]; tableId: string }) {
  const total = sumOf(props.rows.map((row) => sumOf(row.counts)));
  const documented = sumOf(props.rows.map((row) => sumOf(row.counts.slice(2))));
  return (
    <UnitBars
      summary={`Balkendiagramm Reifegrad je Organisationseinheit: ${documented} von ${total} Aufgaben mindestens dokumentiert. Die Zahlen stehen in der Tabelle.`}
      tableId={props.tableId}
      rows={props.rows.map((row) => ({ label: row.label, values: row.counts }))}
      series={props.levelLabels.map((label, level) => ({ name: `${level} ${label}`, color: MATURITY_COLORS[level]! }))}
      stacked
    />
  );
}

export function ExitChart(props: { rows: { label: string; values: number[] }[]; horizonLabels: string[]; tableId: string }) {
  const perHorizon = props.horizonLabels.map((label, index) => `${label}: ${sumOf(props.rows.map((row) => row.values[index] ?? 0))}`);
  return (
    <UnitBars
      summary={`Balkendiagramm der Aufgaben, deren zuständige Person ausscheidet, je Zeitraum und Einheit (${perHorizon.join(", ")}). Die Zahlen stehen in der Tabelle.`}
      tableId={props.tableId}
      rows={props.rows}
      series={props.horizonLabels.map((label, index) => ({ name: label, color: SERIES_COLORS[index]! }))}
      stacked={false}
    />
  );
}

export function TrendChart(props: { monthLabels: string[]; rows: { label: string; shares: (number | null)[] }[]; tableId: string }) {
  const data = props.monthLabels.map((month, index) => ({
    month,
    ...Object.fromEntries(props.rows.map((row, rowIndex) => [`u${rowIndex}`, row.shares[index]])),
  }));
  const summary = `Liniendiagramm: Anteil dokumentierter Aufgaben je Einheit von ${props.monthLabels[0]} bis ${props.monthLabels.at(-1)}. Die Werte stehen in der Tabelle.`;
  return (
    <ChartFrame summary={summary} tableId={props.tableId} height={280}>
      <LineChart data={data} margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={axisTick} />
        <YAxis domain={[0, 100]} unit=" %" tick={axisTick} width={56} />
        <Legend />
        {props.rows.map((row, index) => (
          <Line
            key={row.label}
            dataKey={`u${index}`}
            name={row.label}
            stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
            strokeWidth={2}
            strokeDasharray={index >= SERIES_COLORS.length ? "6 3" : undefined}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
