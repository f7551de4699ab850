/** Percentiles and the result table of `npm run bench`. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** One line of the result table: our figure, the baseline measured in the same run, their ratio. */
export interface ResultRow {
  workload: string;
  figure: string;
  unit: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  /** "ja", "nein", "–" (no target at this size) or a short split such as "p50 nein · p95 ja". */
  met: string;
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

export function latencyText(summary: LatencySummary): string {
  return `${fmt(summary.p50, 2)} / ${fmt(summary.p95, 2)} / ${fmt(summary.p99, 2)}`;
}

export function toMarkdown(rows: ResultRow[]): string {
  const header = ["Workload", "Kennzahl", "Einheit", "DigiCheck", "Baseline", "Verhältnis", "Ziel", "erfüllt"];
  const lines = [
    header,
    header.map(() => "---"),
    ...rows.map((row) => [row.workload, row.figure, row.unit, row.ours, row.baseline, row.ratio, row.target, row.met]),
  ];
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export function toConsoleTable(rows: ResultRow[]): string {
  const header = ["Workload", "Kennzahl", "Einheit", "DigiCheck", "Baseline", "Verh.", "Ziel", "ok"];
  const cells = [
    header,
    ...rows.map((row) => [row.workload, row.figure, row.unit, row.ours, row.baseline, row.ratio, row.target, row.met]),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((line) => line[column].length)));
  return cells
    .map((line, index) => {
      const text = line.map((cell, column) => cell.padEnd(widths[column])).join("  ");
      return index === 0 ? `${text}\n${widths.map((width) => "-".repeat(width)).join("  ")}` : text;
    })
    .join("\n");
}

export { fmt };
