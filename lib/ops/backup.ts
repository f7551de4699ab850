/**
 * Backup and restore of a whole installation without pg_dump.
 *
 * Why not pg_dump: the embedded PostgreSQL (18) ships no client tools, and
 * Debian's pg_dump here (15) refuses a newer server. The schema is ours
 * anyway – it is exactly prisma/migrations – so a backup holds the *data*:
 * every table through `COPY … TO STDOUT` (PostgreSQL's own exact text format,
 * rows ordered by primary key), read in one REPEATABLE READ snapshot so all
 * tables agree, plus the attachment files and a manifest with the app and
 * server versions, the applied migrations and a SHA-256 per file. A restore
 * applies the migrations to an empty database, checks every checksum before
 * it writes anything, loads the tables in foreign-key order in one
 * transaction (all or nothing) and copies the attachments back.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import * as tar from "tar";
import { applyMigrations } from "../db/migrate";

export const BACKUP_FORMAT = "digicheck-sicherung/1";

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
  sha256: string;
  file: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  appVersion: string;
  postgresVersion: string;
  migrations: { name: string; checksum: string }[];
  tables: BackupTable[];
  attachments: { file: string; size: number; sha256: string }[];
  /** Attachment rows whose file was not on disk when the backup ran. */
  missingAttachments: string[];
}

export class BackupError extends Error {}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const BOOKKEEPING_TABLE = "_prisma_migrations";

async function withClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The tables of the public schema with their stored (not generated) columns and primary key. */
async function tablesOf(client: pg.Client): Promise<{ name: string; columns: string[]; primaryKey: string[] }[]> {
  const { rows } = await client.query<{ table_name: string; columns: string[]; primary_key: string[] | null }>(
    `SELECT t.table_name,
            array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns,
            (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey, a.attnum))
               FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
              WHERE i.indrelid = format('%I.%I', t.table_schema, t.table_name)::regclass AND i.indisprimary) AS primary_key
       FROM information_schema.tables t
       JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> $1
        AND c.is_generated = 'NEVER'
      GROUP BY t.table_schema, t.table_name
      ORDER BY t.table_name`,
    [BOOKKEEPING_TABLE],
  );
  return rows.map((row) => ({ name: row.table_name, columns: row.columns, primaryKey: row.primary_key ?? [] }));
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function foreignKeyOrder(client: pg.Client, names: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1").replaceAll('""', '"');
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const row of rows) {
    const child = unquote(row.child);
    const parent = unquote(row.parent);
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const next = names.filter((name) => !placed.has(name) && [...parents.get(name)!].every((parent) => placed.has(parent)));
    if (next.length === 0)
      throw new BackupError("Die Tabellen hängen im Kreis voneinander ab; die Wiederherstellung braucht eine Reihenfolge.");
    for (const name of next) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

/** Counts rows (lines: COPY's text format escapes newlines inside values) and hashes the bytes passing through. */
function measuring() {
  const hash = createHash("sha256");
  let rows = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      for (const byte of chunk) if (byte === 10) rows++;
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ rows, sha256: hash.digest("hex") }) };
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

async function appVersion(): Promise<string> {
  const root = path.resolve(import.meta.dirname, "..", "..");
  return (JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as { version: string }).version;
}

/** Writes the backup archive (.tar.gz) of the database behind `databaseUrl` and the attachments under `attachmentsDir`. */
export async function writeBackup(options: {
  databaseUrl: string;
  attachmentsDir: string;
  archive: string;
  log?: (line: string) => void;
}): Promise<BackupManifest> {
  const log = options.log ?? (() => {});
  const staging = await mkdtemp(path.join(os.tmpdir(), "digicheck-sicherung-"));
  try {
    await mkdir(path.join(staging, "daten"));
    const manifest = await withClient(options.databaseUrl, async (client) => {
      // One snapshot for every table and the attachment list: the backup is consistent even while people work.
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const postgresVersion = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
      const migrations = (
        await client.query<{ migration_name: string; checksum: string }>(
          `SELECT migration_name, checksum FROM ${quote(BOOKKEEPING_TABLE)}
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
        )
      ).rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }));
      const tables: BackupTable[] = [];
      for (const table of await tablesOf(client)) {
        const file = `daten/${table.name}.copy`;
        const columns = table.columns.map(quote).join(", ");
        const order = table.primaryKey.length > 0 ? ` ORDER BY ${table.primaryKey.map(quote).join(", ")}` : "";
        const measure = measuring();
        await pipeline(
          client.query(copyTo(`COPY (SELECT ${columns} FROM ${quote(table.name)}${order}) TO STDOUT`)),
          measure.stream,
          createWriteStream(path.join(staging, file)),
        );
        tables.push({ name: table.name, columns: table.columns, file, ...measure.result() });
      }
      const attachmentRows = (
        await client.query<{ organizationId: string; id: string; sha256: string }>(
          `SELECT "organizationId", id, sha256 FROM "ArticleAttachment" ORDER BY id`,
        )
      ).rows;
      await client.query("COMMIT");
      log(`Datenbank: ${tables.length} Tabellen, ${tables.reduce((sum, table) => sum + table.rows, 0)} Zeilen.`);

      const attachments: BackupManifest["attachments"] = [];
      const missingAttachments: string[] = [];
      for (const row of attachmentRows) {
        const relative = path.join(row.organizationId, row.id);
        const source = path.join(options.attachmentsDir, relative);
        const size = await stat(source).then(
          (info) => info.size,
          () => null,
        );
        if (size === null) {
          missingAttachments.push(relative);
          continue;
        }
        const file = `anhaenge/${row.organizationId}/${row.id}`;
        await mkdir(path.join(staging, "anhaenge", row.organizationId), { recursive: true });
        await copyFile(source, path.join(staging, file));
        attachments.push({ file, size, sha256: await sha256OfFile(path.join(staging, file)) });
      }
      if (missingAttachments.length > 0) log(`Warnung: ${missingAttachments.length} Anhänge fehlen auf der Platte (im Manifest vermerkt).`);
      log(`Anhänge: ${attachments.length} Dateien.`);
      return {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        appVersion: await appVersion(),
        postgresVersion,
        migrations,
        tables,
        attachments,
        missingAttachments,
      } satisfies BackupManifest;
    });
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(path.dirname(path.resolve(options.archive)), { recursive: true });
    const entries = ["manifest.json", "daten", ...(manifest.attachments.length > 0 ? ["anhaenge"] : [])];
    await tar.create({ gzip: true, file: options.archive, cwd: staging, portable: true }, entries);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Unpacks the archive, checks format and every checksum; nothing is written to the installation yet. */
async function unpackVerified(archive: string, staging: string): Promise<BackupManifest> {
  await tar.extract({ file: archive, cwd: staging, strict: true }).catch((error: unknown) => {
    throw new BackupError(`Die Datei ist kein lesbares Sicherungsarchiv (${error instanceof Error ? error.message : error}).`);
  });
  const manifest = (await readFile(path.join(staging, "manifest.json"), "utf8").then(
    (text) => JSON.parse(text) as BackupManifest,
    () => null,
  )) as BackupManifest | null;
  if (!manifest || manifest.format !== BACKUP_FORMAT)
    throw new BackupError("Das Archiv ist keine Sicherung von DigiCheck Wissen (manifest.json fehlt oder hat ein anderes Format).");
  const inside = (file: string) => {
    const resolved = path.resolve(staging, file);
    if (!resolved.startsWith(`${path.resolve(staging)}${path.sep}`)) throw new BackupError(`Ungültiger Pfad im Manifest: ${file}`);
    return resolved;
  };
  for (const entry of [...manifest.tables, ...manifest.attachments]) {
    const actual = await sha256OfFile(inside(entry.file)).catch(() => null);
    if (actual !== entry.sha256)
      throw new BackupError(`Die Sicherung ist beschädigt: ${entry.file} fehlt oder die Prüfsumme stimmt nicht.`);
  }
  return manifest;
}

export interface RestoreResult {
  tables: number;
  rows: number;
  attachments: number;
}

/**
 * Restores an archive into an empty installation: migrations first, then –
 * only if every table is empty – all rows in one transaction, then the
 * attachment files. The search index is rebuilt by the caller afterwards.
 */
export async function restoreBackup(options: {
  databaseUrl: string;
  attachmentsDir: string;
  archive: string;
  migrationsDir: string;
  log?: (line: string) => void;
}): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const staging = await mkdtemp(path.join(os.tmpdir(), "digicheck-wiederherstellung-"));
  try {
    const manifest = await unpackVerified(options.archive, staging);
    log(`Sicherung vom ${manifest.createdAt} (Version ${manifest.appVersion}, PostgreSQL ${manifest.postgresVersion}) geprüft.`);
    await applyMigrations(options.databaseUrl, { migrationsDir: options.migrationsDir, log });
    const result = await withClient(options.databaseUrl, async (client) => {
      const applied = new Set(
        (
          await client.query<{ migration_name: string }>(
            `SELECT migration_name FROM ${quote(BOOKKEEPING_TABLE)} WHERE finished_at IS NOT NULL`,
          )
        ).rows.map((row) => row.migration_name),
      );
      const unknown = manifest.migrations.filter((migration) => !applied.has(migration.name));
      if (unknown.length > 0)
        throw new BackupError(
          `Die Sicherung stammt aus einer neueren Version (Migrationen ${unknown.map((m) => m.name).join(", ")} fehlen hier). Bitte zuerst diese Installation aktualisieren.`,
        );
      const tables = new Map((await tablesOf(client)).map((table) => [table.name, table]));
      for (const table of manifest.tables) {
        const target = tables.get(table.name);
        const missing = target ? table.columns.filter((column) => !target.columns.includes(column)) : ["(Tabelle)"];
        if (missing.length > 0)
          throw new BackupError(`Tabelle ${table.name} passt nicht zu dieser Version (fehlt: ${missing.join(", ")}).`);
      }
      const filled: string[] = [];
      for (const name of tables.keys()) {
        const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(name)}) AS any`);
        if (rows[0]!.any) filled.push(name);
      }
      if (filled.length > 0)
        throw new BackupError(
          `Die Zielinstallation ist nicht leer (Daten in ${filled.slice(0, 5).join(", ")}${filled.length > 5 ? " …" : ""}). Wiederherstellen nur in eine leere Datenbank.`,
        );

      const byName = new Map(manifest.tables.map((table) => [table.name, table]));
      const order = (await foreignKeyOrder(client, [...tables.keys()])).filter((name) => byName.has(name));
      await client.query("BEGIN");
      try {
        for (const name of order) {
          const table = byName.get(name)!;
          await pipeline(
            createReadStream(path.join(staging, table.file)),
            client.query(copyFrom(`COPY ${quote(name)} (${table.columns.map(quote).join(", ")}) FROM STDIN`)),
          );
          const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${quote(name)}`);
          if (Number(rows[0]!.count) !== table.rows)
            throw new BackupError(`Tabelle ${name}: ${rows[0]!.count} statt ${table.rows} Zeilen geladen.`);
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      return { tables: order.length, rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0) };
    });
    log(`Datenbank: ${result.tables} Tabellen, ${result.rows} Zeilen geladen.`);

    for (const attachment of manifest.attachments) {
      const target = path.join(options.attachmentsDir, path.relative("anhaenge", attachment.file));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(staging, attachment.file), target);
    }
    log(`Anhänge: ${manifest.attachments.length} Dateien.`);
    return { ...result, attachments: manifest.attachments.length };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Per table the SHA-256 of its rows in backup form (for comparing two databases). */
export async function tableChecksums(databaseUrl: string): Promise<Record<string, { rows: number; sha256: string }>> {
  return withClient(databaseUrl, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const result: Record<string, { rows: number; sha256: string }> = {};
    for (const table of await tablesOf(client)) {
      const measure = measuring();
      const order = table.primaryKey.length > 0 ? ` ORDER BY ${table.primaryKey.map(quote).join(", ")}` : "";
      await pipeline(
        client.query(copyTo(`COPY (SELECT ${table.columns.map(quote).join(", ")} FROM ${quote(table.name)}${order}) TO STDOUT`)),
        measure.stream,
        new Writable({ write: (_chunk, _encoding, callback) => callback() }),
      );
      result[table.name] = measure.result();
    }
    await client.query("COMMIT");
    return result;
  });
}

/** Files under a directory (relative paths), for checks after a restore. */
export async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? listFiles(dir, path.join(prefix, entry.name)) : Promise.resolve([path.join(prefix, entry.name)]),
    ),
  );
  return nested.flat();
}
