/**
 * The three-year plan of a Wissens-Check, derived from its ratings: one
 * measure per field below level 3, the lower the level the sooner. Pure, so
 * the rule is tested without a database; the team edits the result.
 */
import { TARGET_FIELDS, type Level } from "./target-fields";

/** "2027-Q2" for a date (calendar quarters, Berlin time is close enough for quarters of a plan). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter `n` quarters after `quarter`. */
export function shiftQuarter(quarter: string, n: number): string {
  const [year, q] = quarter.split("-Q").map(Number);
  const index = year * 4 + (q - 1) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The 12 quarters of the plan, starting with the quarter after the check. */
export function planQuarters(checkDate: Date): string[] {
  const start = quarterOf(checkDate);
  return Array.from({ length: 12 }, (_, index) => shiftQuarter(start, index + 1));
}

/** "2. Quartal 2027" */
export function quarterLabel(quarter: string): string {
  const [year, q] = quarter.split("-Q");
  return `${q}. Quartal ${year}`;
}

/** Quarters after the check by level: gaps first, then the rest within the three years. */
const QUARTERS_BY_LEVEL: Record<number, number> = { 0: 2, 1: 4, 2: 8 };

export interface PlannedMeasure {
  fieldKey: string;
  title: string;
  responsibleRole: string;
  targetQuarter: string;
}

export function deriveMeasures(levels: Record<string, Level | null>, checkDate: Date): PlannedMeasure[] {
  const start = quarterOf(checkDate);
  return TARGET_FIELDS.flatMap((field) => {
    const level = levels[field.key];
    if (level === null || level === undefined || level >= 3) return [];
    return [
      {
        fieldKey: field.key,
        title: field.measure,
        responsibleRole: field.responsibleRole,
        targetQuarter: shiftQuarter(start, QUARTERS_BY_LEVEL[level]),
      },
    ];
  }).sort((a, b) => a.targetQuarter.localeCompare(b.targetQuarter));
}
