import "server-only";
/**
 * The Verbund's task catalogue (Musteraufgabenkatalog): maintained by the
 * operator (create, edit, retire, CSV import and export), read by every
 * municipality for mapping its tasks. The catalogue belongs to the
 * installation and holds no municipality's data; changes are written to the
 * operator audit log. Keys are stable: an entry's key never changes, retired
 * entries stay for the tasks mapped to them.
 */
import { z } from "zod";
import { systemDb } from "../db/client";
import { invalid, notFound } from "../errors";
import { fieldErrorsOf } from "../knowledge/article-input";
import type { OperatorPrincipal } from "../operator/current-operator";
import { catalogueCsvText, catalogueEntrySchema, parseCatalogueCsv, type CatalogueRow } from "./catalogue-csv";

export interface CatalogueEntry extends CatalogueRow {
  id: string;
}

const ENTRY_SELECT = {
  id: true,
  key: true,
  productArea: true,
  title: true,
  description: true,
  legalBasis: true,
  serviceKey: true,
  active: true,
} as const;

/** The whole catalogue in key order (retired entries only when asked for). */
export async function listCatalogue(options: { includeRetired?: boolean } = {}): Promise<CatalogueEntry[]> {
  return systemDb().catalogTask.findMany({
    where: options.includeRetired ? {} : { active: true },
    orderBy: { key: "asc" },
    select: ENTRY_SELECT,
  });
}

async function auditCatalogue(operator: OperatorPrincipal, action: string, data: Record<string, string | number>) {
  await systemDb().operatorAuditEvent.create({ data: { operatorId: operator.operatorId, action, data } });
}

/** The next free key of a product area ("02.033" after "02.032"). */
async function nextKeyOf(productArea: string): Promise<string> {
  const last = await systemDb().catalogTask.findFirst({
    where: { productArea, key: { startsWith: `${productArea}.` } },
    orderBy: { key: "desc" },
    select: { key: true },
  });
  const number = last ? Number(last.key.slice(3)) + 1 : 1;
  if (number > 999) throw invalid("In diesem Produktbereich sind alle Schlüssel vergeben.");
  return `${productArea}.${String(number).padStart(3, "0")}`;
}

function parseEntry(raw: unknown) {
  const parsed = catalogueEntrySchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Operator: adds an entry with the next key of its product area. */
export async function createCatalogueEntry(operator: OperatorPrincipal, raw: unknown): Promise<{ key: string }> {
  const entry = parseEntry(raw);
  const key = await nextKeyOf(entry.productArea);
  await systemDb().catalogTask.create({ data: { key, ...entry } });
  await auditCatalogue(operator, "catalogue.create", { key });
  return { key };
}

const idSchema = z.object({ id: z.string().uuid() });

/** Operator: changes an entry's texts and product area (never its key). */
export async function updateCatalogueEntry(operator: OperatorPrincipal, raw: unknown): Promise<void> {
  const id = idSchema.safeParse(raw);
  if (!id.success) throw notFound("Die Musteraufgabe");
  const entry = parseEntry(raw);
  const updated = await systemDb().catalogTask.updateMany({ where: { id: id.data.id }, data: entry });
  if (updated.count === 0) throw notFound("Die Musteraufgabe");
  await auditCatalogue(operator, "catalogue.update", { id: id.data.id });
}

/** Operator: retires an entry (no longer offered for mapping) or takes it back. */
export async function setCatalogueEntryActive(operator: OperatorPrincipal, raw: unknown): Promise<void> {
  const parsed = z.object({ id: z.string().uuid(), active: z.boolean() }).safeParse(raw);
  if (!parsed.success) throw notFound("Die Musteraufgabe");
  const updated = await systemDb().catalogTask.updateMany({ where: { id: parsed.data.id }, data: { active: parsed.data.active } });
  if (updated.count === 0) throw notFound("Die Musteraufgabe");
  await auditCatalogue(operator, parsed.data.active ? "catalogue.activate" : "catalogue.retire", { id: parsed.data.id });
}

export interface CatalogueImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

const sameEntry = (a: CatalogueRow, b: CatalogueRow) =>
  a.productArea === b.productArea &&
  a.title === b.title &&
  a.description === b.description &&
  a.legalBasis === b.legalBasis &&
  a.serviceKey === b.serviceKey &&
  a.active === b.active;

/** Writes parsed rows by key in one transaction (new keys are created, known keys updated). */
export async function writeCatalogueRows(rows: CatalogueRow[]): Promise<CatalogueImportResult> {
  return systemDb().$transaction(async (tx) => {
    const existing = new Map((await tx.catalogTask.findMany({ select: ENTRY_SELECT })).map((entry) => [entry.key, entry]));
    const result: CatalogueImportResult = { created: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const before = existing.get(row.key);
      if (!before) {
        await tx.catalogTask.create({ data: row });
        result.created++;
      } else if (sameEntry(before, row)) {
        result.unchanged++;
      } else {
        const { key, ...fields } = row;
        await tx.catalogTask.update({ where: { key }, data: fields });
        result.updated++;
      }
    }
    return result;
  });
}

const MAX_IMPORT_BYTES = 2_000_000;

/**
 * Operator: imports a catalogue CSV (the export's format). All or nothing: a
 * file with any faulty row changes nothing and returns the messages per line.
 * Entries missing from the file are left alone (retire them with "aktiv = nein").
 */
export async function importCatalogueCsv(operator: OperatorPrincipal, text: unknown): Promise<CatalogueImportResult> {
  if (typeof text !== "string" || text.trim() === "") throw invalid("Bitte wählen Sie eine CSV-Datei aus.");
  if (text.length > MAX_IMPORT_BYTES) throw invalid("Die Datei ist zu groß (höchstens 2 MB).");
  const { rows, errors } = parseCatalogueCsv(text);
  if (errors.length > 0)
    throw invalid("Die Datei wurde nicht übernommen. Bitte korrigieren Sie diese Zeilen:", { datei: errors.slice(0, 50) });
  if (rows.length === 0) throw invalid("Die Datei enthält keine Musteraufgaben.");
  const result = await writeCatalogueRows(rows);
  await auditCatalogue(operator, "catalogue.import", { ...result });
  return result;
}

/** Operator: the whole catalogue as CSV, retired entries included. */
export async function catalogueCsv(operator: OperatorPrincipal): Promise<string> {
  void operator;
  return catalogueCsvText(await listCatalogue({ includeRetired: true }));
}
