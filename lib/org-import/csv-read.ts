/**
 * Reads CSV as exported by spreadsheet and HR programs: UTF-8 (with or without
 * byte order mark), semicolon or comma separated (detected from the header),
 * quoted fields. Header names are compared without case and surrounding spaces.
 */
import { parse } from "csv-parse/sync";

export interface CsvTable {
  header: string[];
  /** Data rows with their line number in the file (header = line 1). */
  rows: { line: number; values: Record<string, string> }[];
}

export class CsvFormatError extends Error {}

/**
 * Undoes the formula guard of our own export (lib/csv/write-csv.ts puts an
 * apostrophe before =, +, -, @, tab or CR), so that importing an exported
 * file gives back the same values.
 */
const withoutFormulaGuard = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export function readCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  } catch (error) {
    throw new CsvFormatError(
      `Die Datei ist keine lesbare CSV-Datei (${error instanceof Error ? error.message.split("\n")[0] : "Formatfehler"}).`,
    );
  }
  if (records.length === 0) throw new CsvFormatError("Die Datei ist leer.");
  const header = records[0].map((name) => name.trim().toLowerCase());
  const rows = records.slice(1).map((record, index) => ({
    line: index + 2,
    values: Object.fromEntries(header.map((name, column) => [name, withoutFormulaGuard((record[column] ?? "").trim())])),
  }));
  return { header, rows };
}

/** "a, b" → ["a", "b"] (lists inside a cell are separated by commas). */
export function listCell(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
