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
import { repositoryRoot, runWithServices } from "./stack/run-with-services";

const { positionals } = parseArgs({ allowPositionals: true });

if (positionals.length !== 1) {
  console.error(`\nBitte genau ein Sicherungsarchiv angeben: npm run restore -- sicherungen/digicheck-….tar.gz\n`);
  process.exit(1);
}

runWithServices("wiederherstellung", "Wiederherstellung abgebrochen", async (services, log) => {
  const { getEnv } = await import("../lib/env");
  const { restoreBackup } = await import("../lib/ops/backup");
  const started = Date.now();
  const result = await restoreBackup({
    databaseUrl: services.env.DATABASE_URL!,
    attachmentsDir: path.resolve(getEnv().ATTACHMENTS_DIR),
    archive: path.resolve(positionals[0]!),
    migrationsDir: path.join(repositoryRoot, "prisma", "migrations"),
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
});
