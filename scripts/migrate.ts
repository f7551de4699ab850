/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import path from "node:path";
import { ConfigError } from "../lib/env";
import { applyMigrations } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(new ConfigError(["DATABASE_URL: fehlt (z. B. postgresql://benutzer:passwort@host:5432/datenbank)"]).message);
  process.exit(1);
}
applyMigrations(url, {
  migrationsDir: path.resolve(import.meta.dirname, "..", "prisma", "migrations"),
  log: (line) => console.log(line),
})
  .then(({ applied }) => console.log(applied.length ? `${applied.length} Migration(en) angewendet.` : "Datenbankschema ist aktuell."))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
