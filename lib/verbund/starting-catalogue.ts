import "server-only";
/**
 * The product's starting catalogue (lib/verbund/musteraufgaben.csv, the
 * console's CSV format), installed on first start. Kept out of the modules
 * the app's pages import, so the server bundle does not trace the file system.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { systemDb } from "../db/client";
import { parseCatalogueCsv } from "./catalogue-csv";
import { writeCatalogueRows } from "./catalogue";

export const STARTING_CATALOGUE_FILE = path.resolve(import.meta.dirname, "musteraufgaben.csv");

/**
 * Installs the starting catalogue when the installation has none yet (first
 * start, also in production: it is product content, not demo data). Returns
 * how many entries were created.
 */
export async function installStartingCatalogue(file = STARTING_CATALOGUE_FILE): Promise<number> {
  if ((await systemDb().catalogTask.count()) > 0) return 0;
  const { rows, errors } = parseCatalogueCsv(await readFile(file, "utf8"));
  if (errors.length > 0) throw new Error(`Startkatalog fehlerhaft: ${errors.join(" | ")}`);
  return (await writeCatalogueRows(rows)).created;
}
