/**
 * `npm run restore -- <archiv.tar.gz>`
 *
 * Brings a backup into an *empty* installation: checks every checksum,
 * applies the migrations, loads all tables in one transaction, copies the
 * attachments back and rebuilds the search index. Refuses a database that
 * already holds data. Uses DATABASE_URL / MEILI_URL, or the embedded services.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../lib/env";
import { startServices, StartError } from "./stack/services";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[wiederherstellung] ${line}`);

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1)
    throw new StartError("Bitte genau ein Sicherungsarchiv angeben: npm run restore -- sicherungen/digicheck-….tar.gz");
  const archive = path.resolve(positionals[0]!);
  const services = await startServices({ dataDir: process.env.DIGICHECK_DATA_DIR || path.join(root, ".data"), source: process.env, log });
  try {
    Object.assign(process.env, services.env);
    const { getEnv } = await import("../lib/env");
    const { restoreBackup } = await import("../lib/ops/backup");
    const started = Date.now();
    const result = await restoreBackup({
      databaseUrl: services.env.DATABASE_URL!,
      attachmentsDir: path.resolve(getEnv().ATTACHMENTS_DIR),
      archive,
      migrationsDir: path.join(root, "prisma", "migrations"),
      log,
    });
    const { reindexAllArticles } = await import("../lib/search/reindex");
    const { indexed } = await reindexAllArticles({ log });
    log(`Suchindex neu aufgebaut: ${indexed} Artikel.`);
    const { unreadableSecrets } = await import("../lib/ops/secret-check");
    const unreadable = await unreadableSecrets();
    if (unreadable > 0)
      log(
        `Warnung: ${unreadable} gespeicherte Geheimnisse (Verzeichnis-/Anmeldedienst) lassen sich mit diesem SECRETS_KEY nicht lesen. ` +
          "Bitte denselben SECRETS_KEY (bzw. NEXTAUTH_SECRET) wie in der gesicherten Installation setzen oder die Geheimnisse neu eingeben.",
      );
    log(
      `Fertig in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.rows} Zeilen in ${result.tables} Tabellen, ${result.attachments} Anhänge.`,
    );
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
  } finally {
    await services.stop();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof StartError) console.error(`\n${error.message}\n`);
  else console.error(`\nWiederherstellung abgebrochen: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
