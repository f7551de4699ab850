/**
 * The Verbund catalogue as CSV (operator console: import and export; the
 * starting catalogue ships in this format, lib/verbund/musteraufgaben.csv).
 * Rows are matched by their stable key; a key is never renamed.
 */
import { z } from "zod";
import { readCsv, CsvFormatError } from "../org-import/csv-read";
import { toCsv } from "../csv/write-csv";
import { PRODUCT_AREAS } from "./product-areas";

export const CATALOGUE_COLUMNS = [
  "schluessel",
  "produktbereich",
  "bezeichnung",
  "beschreibung",
  "rechtsgrundlage",
  "leistungsschluessel",
  "aktiv",
] as const;

const REQUIRED_COLUMNS = ["schluessel", "produktbereich", "bezeichnung"];

/** "01.004": product area, dot, three digits. */
export const catalogueKeySchema = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{3}$/, "Schlüssel: zwei Ziffern für den Produktbereich, Punkt, drei Ziffern, z. B. „02.008“.");

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: höchstens ${max} Zeichen.`)
    .optional()
    .transform((value) => value || null);

/** The fields of one catalogue entry, as the console's form and the CSV give them. */
export const catalogueEntrySchema = z.object({
  productArea: z
    .string()
    .trim()
    .refine((code) => code in PRODUCT_AREAS, "Produktbereich: bitte eine Nummer von 01 bis 17."),
  title: z.string().trim().min(3, "Die Bezeichnung muss mindestens 3 Zeichen lang sein.").max(200, "Bezeichnung: höchstens 200 Zeichen."),
  description: optionalText("Beschreibung", 1000),
  legalBasis: optionalText("Rechtsgrundlage", 300),
  serviceKey: z
    .string()
    .trim()
    .regex(/^(\d{8,14})?$/, "Leistungsschlüssel (LeiKa/FIM): nur Ziffern, 8 bis 14 Stellen, oder leer.")
    .optional()
    .transform((value) => value || null),
});

export type CatalogueEntryInput = z.output<typeof catalogueEntrySchema>;

export interface CatalogueRow extends CatalogueEntryInput {
  key: string;
  active: boolean;
}

const activeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ["", "ja", "nein"].includes(value), "Aktiv: „ja“ oder „nein“.")
  .transform((value) => value !== "nein");

/** Parsed rows, or the German messages per line; a file with any error changes nothing. */
export function parseCatalogueCsv(text: string): { rows: CatalogueRow[]; errors: string[] } {
  let table;
  try {
    table = readCsv(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return { rows: [], errors: [error.message] };
    throw error;
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !table.header.includes(column));
  if (missing.length > 0) return { rows: [], errors: [`Es fehlen Spalten: ${missing.join(", ")}.`] };
  const rows: CatalogueRow[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const key = catalogueKeySchema.safeParse(values.schluessel ?? "");
    const entry = catalogueEntrySchema.safeParse({
      productArea: values.produktbereich ?? "",
      title: values.bezeichnung ?? "",
      description: values.beschreibung ?? "",
      legalBasis: values.rechtsgrundlage ?? "",
      serviceKey: values.leistungsschluessel ?? "",
    });
    const active = activeSchema.safeParse(values.aktiv ?? "");
    const messages = [key, entry, active].flatMap((result) => (result.success ? [] : result.error.issues.map((issue) => issue.message)));
    if (key.success && entry.success && !key.data.startsWith(`${entry.data.productArea}.`))
      messages.push(`Der Schlüssel „${key.data}“ gehört nicht zum Produktbereich ${entry.data.productArea}.`);
    if (key.success && seen.has(key.data)) messages.push(`Schlüssel „${key.data}“ steht schon in Zeile ${seen.get(key.data)}.`);
    if (key.success) seen.set(key.data, line);
    if (messages.length > 0) errors.push(`Zeile ${line}: ${messages.join(" ")}`);
    else rows.push({ key: key.data!, ...entry.data!, active: active.data! });
  }
  return { rows, errors };
}

/** The catalogue in the import format (semicolons, UTF-8 with BOM). */
export function catalogueCsvText(entries: CatalogueRow[]): string {
  return toCsv(
    [...CATALOGUE_COLUMNS],
    entries.map((entry) => [
      entry.key,
      entry.productArea,
      entry.title,
      entry.description,
      entry.legalBasis,
      entry.serviceKey,
      entry.active ? "ja" : "nein",
    ]),
  );
}
