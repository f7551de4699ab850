/**
 * What an import row changes, field by field, for the preview ("geändert"
 * alone does not tell HR that a deputy disappears). The stored record and the
 * row are compared in the import format itself (the export writes exactly
 * that format), so one comparison serves every kind.
 */
import { FIELD_LABELS } from "./record-fields";

/** Columns holding several values, compared as lists; "vertretung" is ordered. */
const LIST_COLUMNS = new Set(["stellen", "fachverfahren", "zustaendig", "vertretung"]);
const ORDERED_LISTS = new Set(["vertretung"]);

const listOf = (cell: string) =>
  cell
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** ISO dates as the export writes them (TT.MM.JJJJ, MM.JJJJ); case does not matter. */
function normalized(cell: string): string {
  const value = cell.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}.${day[2]}.${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${month[2]}.${month[1]}`;
  return value.toLowerCase();
}

const shown = (value: string) => (value.trim() ? `„${value.trim()}“` : "(leer)");

export function rowChanges(columns: readonly string[], before: Record<string, string>, after: Record<string, string>): string[] {
  const changes: string[] = [];
  for (const column of columns) {
    const label = FIELD_LABELS[column] ?? column;
    const old = before[column] ?? "";
    const now = after[column] ?? "";
    if (LIST_COLUMNS.has(column)) {
      const oldItems = listOf(old);
      const newItems = listOf(now);
      const removed = oldItems.filter((item) => !newItems.includes(item));
      const added = newItems.filter((item) => !oldItems.includes(item));
      if (removed.length > 0) changes.push(`${label}: entfernt ${removed.join(", ")}`);
      if (added.length > 0) changes.push(`${label}: neu ${added.join(", ")}`);
      if (removed.length === 0 && added.length === 0 && ORDERED_LISTS.has(column) && oldItems.join() !== newItems.join())
        changes.push(`${label}: Reihenfolge ${oldItems.join(", ")} → ${newItems.join(", ")}`);
    } else if (normalized(old) !== normalized(now)) {
      changes.push(`${label}: ${shown(old)} → ${shown(now)}`);
    }
  }
  return changes;
}
