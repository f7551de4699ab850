/**
 * CSV as German spreadsheet programs open it: semicolon-separated, UTF-8 with
 * byte order mark, CRLF line ends, quotes doubled. Cells that a spreadsheet
 * would run as a formula (=, +, -, @ at the start) get a leading apostrophe.
 */
export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "boolean" ? (value ? "ja" : "nein") : typeof value === "number" ? String(value).replace(".", ",") : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
