/**
 * `npm run backup` and `npm run restore` as a provider runs them (child
 * processes against the real PostgreSQL and Meilisearch of the test stack):
 * the archive restores into an empty database with equal row counts and
 * checksums per table, the attachments come back byte for byte, the rebuilt
 * search index finds the articles, and a second restore into the now filled
 * database is refused without changing anything.
 */
import { describe, expect, inject, it } from "vitest";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { emptyDatabase } from "./helpers/empty-database";
import * as tar from "tar";
import { Meilisearch } from "meilisearch";
import { createArticle } from "@/lib/knowledge/save-article";
import { addAttachment } from "@/lib/knowledge/attachments";
import { tableChecksums, type BackupManifest } from "@/lib/ops/backup";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7]);

function npmScript(script: string, args: string[], env: Record<string, string>) {
  return run(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(root, "scripts", script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    timeout: 240_000,
  });
}

describe("Sicherung und Wiederherstellung", () => {
  it("Sicherung → leere Installation: gleiche Zeilen und Prüfsummen, Anhänge, der Suchindex findet die Artikel", async () => {
    const org = await createTestOrganization("Gesicherte Kommune");
    const title = `Hundesteuer Sicherungsprobe ${randomUUID().slice(0, 6)}`;
    const article = await createArticle(org.viewers.EDITOR, articleInput({ title }));
    const attachment = await addAttachment(org.viewers.EDITOR, article.id, { name: "marke.png", bytes: PNG });

    const work = await mkdtemp(path.join(os.tmpdir(), "digicheck-sicherungstest-"));
    const archive = path.join(work, "sicherung.tar.gz");
    const backup = await npmScript("backup.ts", ["--ziel", archive], {});
    expect(backup.stdout).toContain("Gesichert in");

    const unpacked = path.join(work, "entpackt");
    await import("node:fs/promises").then((fs) => fs.mkdir(unpacked));
    await tar.extract({ file: archive, cwd: unpacked });
    const manifest = JSON.parse(await readFile(path.join(unpacked, "manifest.json"), "utf8")) as BackupManifest;
    expect(manifest.format).toBe("digicheck-sicherung/1");
    expect(manifest.postgresVersion).toMatch(/^\d+/);
    expect(manifest.migrations.map((migration) => migration.name)).toContain("20261205010000_sign_in_oidc_tls");
    expect(manifest.tables.find((table) => table.name === "Article")!.rows).toBeGreaterThan(0);
    expect(manifest.attachments.map((entry) => entry.file)).toContain(`anhaenge/${org.id}/${attachment.id}`);

    const target = await emptyDatabase("restore");
    const targetEnv = {
      DATABASE_URL: target,
      ATTACHMENTS_DIR: path.join(work, "anhaenge-neu"),
      MEILI_INDEX_PREFIX: `restore_${randomUUID().slice(0, 8)}`,
    };
    const restore = await npmScript("restore.ts", [archive], targetEnv);
    expect(restore.stdout).toContain("Suchindex neu aufgebaut");

    // Row counts and checksums per table equal the backup's.
    const restored = await tableChecksums(target);
    for (const table of manifest.tables) expect(restored[table.name], table.name).toEqual({ rows: table.rows, sha256: table.sha256 });
    expect(Object.keys(restored).sort()).toEqual(manifest.tables.map((table) => table.name).sort());
    expect(Buffer.from(await readFile(path.join(targetEnv.ATTACHMENTS_DIR, org.id, attachment.id)))).toEqual(Buffer.from(PNG));

    // The restored installation's search index finds the article.
    const meili = new Meilisearch({ host: inject("stack").env.MEILI_URL, apiKey: inject("stack").env.MEILI_MASTER_KEY });
    const hits = await meili.index(`${targetEnv.MEILI_INDEX_PREFIX}_articles`).search(title, { limit: 5 });
    expect(hits.hits.map((hit) => hit.id)).toContain(article.id);

    // A second restore into the filled database is refused and changes nothing.
    const again = await npmScript("restore.ts", [archive], targetEnv).then(
      () => null,
      (error: { stderr: string; code: number }) => error,
    );
    expect(again?.code).toBe(1);
    expect(again?.stderr).toContain("nicht leer");
    expect(await tableChecksums(target)).toEqual(restored);
  }, 300_000);

  it("ein beschädigtes Archiv wird erkannt, bevor etwas geschrieben wird", async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), "digicheck-sicherungstest-"));
    const archive = path.join(work, "kaputt.tar.gz");
    await writeFile(archive, "kein Archiv");
    const target = await emptyDatabase("restore");
    const failed = await npmScript("restore.ts", [archive], { DATABASE_URL: target, ATTACHMENTS_DIR: path.join(work, "a") }).then(
      () => null,
      (error: { stderr: string; code: number }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain("kein lesbares Sicherungsarchiv");
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const tables = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    await client.end();
    expect(tables.rows[0].n).toBe(0);
  }, 120_000);
});
