/**
 * `npm run backup -- [--ziel <datei.tar.gz>]`
 *
 * Writes one archive with the database (every table via COPY, in one
 * snapshot), the attachments and a manifest with versions and SHA-256
 * checksums. Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`
 * when it is not set (then `npm start` must not be running at the same time).
 * See docs/betrieb.md, "Sicherung und Wiederherstellung".
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { repositoryRoot, runWithServices } from "./stack/run-with-services";

function defaultArchive(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.join(repositoryRoot, "sicherungen", `digicheck-${stamp}.tar.gz`);
}

const { values } = parseArgs({ options: { ziel: { type: "string" } } });

runWithServices("sicherung", "Sicherung fehlgeschlagen", async (services, log) => {
  const archive = path.resolve(values.ziel ?? defaultArchive());
  const { getEnv } = await import("../lib/env");
  const { writeBackup } = await import("../lib/ops/backup");
  const started = Date.now();
  const manifest = await writeBackup({
    databaseUrl: services.env.DATABASE_URL!,
    attachmentsDir: path.resolve(getEnv().ATTACHMENTS_DIR),
    archive,
    log,
  });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  log(`Gesichert in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rows} Zeilen, ${manifest.attachments.length} Anhänge.`);
  log(`Archiv: ${archive}`);
});
