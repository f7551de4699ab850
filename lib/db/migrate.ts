/**
 * Applies the migrations in prisma/migrations without Prisma's native engine.
 * Bookkeeping goes into Prisma's own `_prisma_migrations` table, so that
 * `prisma migrate status|deploy` on a connected machine agrees with it.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Arbitrary but fixed key for pg_advisory_lock: only one applier at a time. */
const MIGRATION_LOCK_KEY = 72_707_369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const BOOKKEEPING_DDL = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies every pending migration in order, each in its own transaction, under
 * an advisory lock. Refuses to run when an applied migration file was edited
 * afterwards or an earlier attempt failed halfway.
 */
export async function applyMigrations(
  databaseUrl: string,
  options: { migrationsDir: string; log?: (line: string) => void },
): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(BOOKKEEPING_DDL);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
    for (const row of applied.values()) {
      if (row.finished_at === null) {
        throw new Error(
          `Migration ${row.migration_name} ist bei einem früheren Lauf fehlgeschlagen. ` +
            `Bitte die Datenbank prüfen und den Eintrag in _prisma_migrations bereinigen.`,
        );
      }
      const file = migrations.find((migration) => migration.name === row.migration_name);
      if (file && file.checksum !== row.checksum) {
        throw new Error(
          `Migration ${row.migration_name} wurde nach dem Anwenden verändert (Prüfsumme weicht ab). ` +
            `Angewendete Migrationen dürfen nicht bearbeitet werden – legen Sie eine neue Migration an.`,
        );
      }
    }
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      const id = randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [
        id,
        migration.checksum,
        migration.name,
      ]);
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        const message = error instanceof Error ? error.message : String(error);
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
        throw new Error(`Migration ${migration.name} ist fehlgeschlagen: ${message}`);
      }
      log(`Migration angewendet: ${migration.name}`);
      newlyApplied.push(migration.name);
    }
    return { applied: newlyApplied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
