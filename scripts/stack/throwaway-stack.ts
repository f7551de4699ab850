/**
 * Starts a throw-away PostgreSQL and Meilisearch for a test or benchmark run (unless
 * TEST_DATABASE_URL / TEST_MEILI_URL point at existing servers) and applies the
 * migrations. Each test creates its own organization, so runs never collide.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { startEmbeddedMeilisearch } from "./embedded-meilisearch";
import { freePort } from "./ports";
import { applyMigrations } from "../../lib/db/migrate";

export interface StackInfo {
  env: Record<string, string>;
  dir: string;
  postgresUrlForAdmin: string;
  meili: { port: number; dataDir: string; masterKey: string; pidFile: string } | null;
}

export const repositoryRoot = path.resolve(import.meta.dirname, "..", "..");

export async function startTestStack(name: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `digicheck-${name}-`));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
  await chmod(dir, 0o755);
  const stops: (() => Promise<void>)[] = [];
  const env: Record<string, string> = {
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    MEILI_INDEX_PREFIX: `test_${name}_${Date.now()}`,
    SEARCH_DRAIN_INTERVAL_MS: "1000",
    ATTACHMENTS_DIR: path.join(dir, "anhaenge"),
  };
  let meili: StackInfo["meili"] = null;

  if (process.env.TEST_DATABASE_URL) {
    env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  } else {
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: await freePort(), password: "test" });
    stops.push(postgres.stop);
    env.DATABASE_URL = postgres.url;
  }
  if (process.env.TEST_MEILI_URL) {
    env.MEILI_URL = process.env.TEST_MEILI_URL;
    env.MEILI_MASTER_KEY = process.env.TEST_MEILI_MASTER_KEY ?? "";
  } else {
    const masterKey = randomBytes(20).toString("hex");
    const port = await freePort();
    const dataDir = path.join(dir, "meilisearch");
    const server = await startEmbeddedMeilisearch({ dataDir, port, masterKey });
    const pidFile = path.join(dir, "meili.pid");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(pidFile, String(server.pid));
    meili = { port, dataDir, masterKey, pidFile };
    stops.push(async () => {
      // The server may have been replaced by a test (stop/restart); stop whatever runs now.
      const { readFile } = await import("node:fs/promises");
      const pid = Number(await readFile(pidFile, "utf8").catch(() => "0"));
      if (pid) {
        try {
          process.kill(pid, "SIGTERM");
        } catch {
          /* already gone */
        }
      }
      await server.stop();
    });
    env.MEILI_URL = server.url;
    env.MEILI_MASTER_KEY = masterKey;
  }
  await applyMigrations(env.DATABASE_URL, { migrationsDir: path.join(repositoryRoot, "prisma", "migrations") });

  const info: StackInfo = { env, dir, postgresUrlForAdmin: env.DATABASE_URL, meili };
  return {
    info,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
