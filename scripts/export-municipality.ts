/**
 * `npm run export:kommune -- --kommune <kurzname> [--ziel <datei.zip>]`
 *
 * All knowledge of one municipality as one zip (articles as HTML and Markdown,
 * attachments, organisation CSVs, manifest) – for the provider, e.g. when a
 * municipality leaves. Written to the municipality's audit log.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { ConfigError } from "../lib/env";
import { startServices, StartError } from "./stack/services";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[export] ${line}`);

async function main() {
  const { values } = parseArgs({ options: { kommune: { type: "string" }, ziel: { type: "string" } } });
  if (!values.kommune) throw new StartError("Bitte den Kurznamen der Kommune angeben: npm run export:kommune -- --kommune musterhausen");
  const services = await startServices({ dataDir: process.env.DIGICHECK_DATA_DIR || path.join(root, ".data"), source: process.env, log });
  try {
    Object.assign(process.env, services.env);
    const { exportMunicipalityBySlug } = await import("../lib/export/municipality-export");
    const { stream, fileName, name } = await exportMunicipalityBySlug(values.kommune);
    const target = path.resolve(values.ziel ?? path.join(root, "exporte", fileName));
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(stream, createWriteStream(target));
    log(`Export von ${name}: ${target}`);
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
  } finally {
    await services.stop();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof StartError) console.error(`\n${error.message}\n`);
  else console.error(`\nExport fehlgeschlagen: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
