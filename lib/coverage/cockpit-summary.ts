/**
 * The cockpit's figures from per-task coverage (pure): planned exits by horizon
 * and unit, maturity per unit, and the filtered list of tasks at risk.
 */
import { z } from "zod";
import type { Maturity, TaskCoverage } from "./coverage-rules";

export interface CoverageRowLike extends TaskCoverage {
  id: string;
  unitId: string;
  unitName: string;
  criticality: number;
}

export const HORIZONS = [
  { key: "12", label: "0–12 Monate", from: -1200, to: 12 },
  { key: "24", label: "13–24 Monate", from: 13, to: 24 },
  { key: "36", label: "25–36 Monate", from: 25, to: 36 },
] as const;
export type HorizonKey = (typeof HORIZONS)[number]["key"];

/** "Abgedeckt": documented (published, valid) and a deputy who does not leave before the owner. */
export const isCovered = (row: TaskCoverage) => row.maturity >= 2 && row.hasSuitableDeputy;

export interface TimelineRow {
  unitId: string;
  unitName: string;
  buckets: Record<HorizonKey, { tasks: number; covered: number }>;
}

export function exitTimeline(rows: CoverageRowLike[]): TimelineRow[] {
  const byUnit = new Map<string, TimelineRow>();
  for (const row of rows) {
    if (row.monthsToExit === null) continue;
    const horizon = HORIZONS.find((candidate) => row.monthsToExit! >= candidate.from && row.monthsToExit! <= candidate.to);
    if (!horizon) continue;
    const entry = byUnit.get(row.unitId) ?? {
      unitId: row.unitId,
      unitName: row.unitName,
      buckets: { "12": { tasks: 0, covered: 0 }, "24": { tasks: 0, covered: 0 }, "36": { tasks: 0, covered: 0 } },
    };
    entry.buckets[horizon.key].tasks += 1;
    if (isCovered(row)) entry.buckets[horizon.key].covered += 1;
    byUnit.set(row.unitId, entry);
  }
  return [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, "de"));
}

export interface UnitOverviewRow {
  unitId: string;
  unitName: string;
  tasks: number;
  maturity: Record<Maturity, number>;
  singleKnower: number;
  covered: number;
}

export function unitOverview(rows: CoverageRowLike[]): UnitOverviewRow[] {
  const byUnit = new Map<string, UnitOverviewRow>();
  for (const row of rows) {
    const entry = byUnit.get(row.unitId) ?? {
      unitId: row.unitId,
      unitName: row.unitName,
      tasks: 0,
      maturity: { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 },
      singleKnower: 0,
      covered: 0,
    };
    entry.tasks += 1;
    entry.maturity[row.maturity] += 1;
    if (row.singleKnower) entry.singleKnower += 1;
    if (isCovered(row)) entry.covered += 1;
    byUnit.set(row.unitId, entry);
  }
  return [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, "de"));
}

const optionalInt = (min: number, max: number) =>
  z
    .preprocess((value) => (value === "" || value === undefined ? undefined : value), z.coerce.number().int().min(min).max(max).optional())
    .catch(undefined);

/** Filters from the URL; invalid values are ignored (the list then shows everything). */
export const riskFilterSchema = z.object({
  einheit: z.uuid().optional().catch(undefined),
  horizont: z.enum(["12", "24", "36"]).optional().catch(undefined),
  kritikalitaet: optionalInt(1, 5),
  reifegrad: optionalInt(0, 4),
});
export type RiskFilter = z.infer<typeof riskFilterSchema>;

/** Tasks matching the filter, highest risk first (then criticality, then title order as loaded). */
export function tasksAtRisk<T extends CoverageRowLike>(rows: T[], filter: RiskFilter): T[] {
  const horizon = HORIZONS.find((candidate) => candidate.key === filter.horizont);
  return rows
    .filter((row) => !filter.einheit || row.unitId === filter.einheit)
    .filter((row) => !horizon || (row.monthsToExit !== null && row.monthsToExit <= horizon.to))
    .filter((row) => filter.kritikalitaet === undefined || row.criticality >= filter.kritikalitaet)
    .filter((row) => filter.reifegrad === undefined || row.maturity <= filter.reifegrad)
    .sort((a, b) => b.risk - a.risk || b.criticality - a.criticality);
}
