/**
 * W7: `writeBackup` of the whole bench database (COPY per table in one
 * snapshot, attachments, checksums, tar.gz) against a baseline in the same
 * run: the same COPY statements read into nothing (what the database alone
 * costs), and `restoreBackup` into an empty database (migrations, checks,
 * load in one transaction; the index rebuild is W2).
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { restoreBackup, tableChecksums, writeBackup } from "../../lib/ops/backup";

export interface W7Result {
  backupSeconds: number[];
  rawCopySeconds: number[];
  restoreSeconds: number;
  archiveMegabytes: number;
  rows: number;
  sameChecksums: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export { median as w7Median };

export async function runW7(options: {
  databaseUrl: string;
  attachmentsDir: string;
  migrationsDir: string;
  rounds: number;
  log: (line: string) => void;
}): Promise<W7Result> {
  const work = await mkdtemp(path.join(os.tmpdir(), "digicheck-w7-"));
  try {
    const backupSeconds: number[] = [];
    const rawCopySeconds: number[] = [];
    let rows = 0;
    const archive = path.join(work, "sicherung.tar.gz");
    // Alternating rounds (baseline, subject, …) so machine noise hits both alike.
    for (let round = 0; round < options.rounds; round++) {
      let started = performance.now();
      await tableChecksums(options.databaseUrl);
      rawCopySeconds.push((performance.now() - started) / 1000);
      started = performance.now();
      const manifest = await writeBackup({ databaseUrl: options.databaseUrl, attachmentsDir: options.attachmentsDir, archive });
      backupSeconds.push((performance.now() - started) / 1000);
      rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      options.log(
        `  W7 Runde ${round + 1}: Sicherung ${backupSeconds.at(-1)!.toFixed(1)} s, nur COPY ${rawCopySeconds.at(-1)!.toFixed(1)} s`,
      );
    }
    const archiveMegabytes = (await stat(archive)).size / 1024 ** 2;

    const admin = new pg.Client({ connectionString: options.databaseUrl });
    await admin.connect();
    const name = `w7_restore_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(options.databaseUrl);
    target.pathname = `/${name}`;
    const started = performance.now();
    await restoreBackup({
      databaseUrl: target.toString(),
      attachmentsDir: path.join(work, "anhaenge"),
      archive,
      migrationsDir: options.migrationsDir,
    });
    const restoreSeconds = (performance.now() - started) / 1000;
    const [source, restored] = await Promise.all([tableChecksums(options.databaseUrl), tableChecksums(target.toString())]);
    return {
      backupSeconds,
      rawCopySeconds,
      restoreSeconds,
      archiveMegabytes,
      rows,
      sameChecksums: JSON.stringify(source) === JSON.stringify(restored),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
