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
import { repositoryRoot, runWithServices } from "./stack/run-with-services";

const { values } = parseArgs({ options: { kommune: { type: "string" }, ziel: { type: "string" } } });
const slug = values.kommune ?? "";

if (!slug) {
  console.error(`\nBitte den Kurznamen der Kommune angeben: npm run export:kommune -- --kommune musterhausen\n`);
  process.exit(1);
}

runWithServices("export", "Export fehlgeschlagen", async (_services, log) => {
  const { exportMunicipalityBySlug } = await import("../lib/export/municipality-export");
  const { stream, fileName, name } = await exportMunicipalityBySlug(slug);
  const target = path.resolve(values.ziel ?? path.join(repositoryRoot, "exporte", fileName));
  await mkdir(path.dirname(target), { recursive: true });
  await pipeline(stream, createWriteStream(target));
  log(`Export von ${name}: ${target}`);
});
