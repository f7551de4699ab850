/**
 * A complete installation of its own for fault tests: PostgreSQL and
 * Meilisearch on fixed ports of this stack (so they can be stopped, killed and
 * started again at the same address), migrations, demo data and the
 * environment for the app server. Used by `npm run test:faults` and by the
 * end-to-end tests that take a server away.
 */
import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "./embedded-postgres";
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from "./embedded-meilisearch";
import { freePort } from "./ports";
import { repositoryRoot } from "./throwaway-stack";
import { applyMigrations } from "../../lib/db/migrate";

export interface FaultStack {
  /** Environment for the app server and for domain functions in this process. */
  env: Record<string, string>;
  appPort: number;
  baseUrl: string;
  postgres: () => EmbeddedPostgresHandle;
  meili: () => EmbeddedMeilisearchHandle;
  /** Starts PostgreSQL again on the same folder and port (after postgres().stop()). */
  restartPostgres: () => Promise<void>;
  /** Starts Meilisearch again on the same folder and port (after a kill). */
  restartMeilisearch: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startFaultStack(name: string): Promise<FaultStack> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `digicheck-${name}-`));
  // As root, PostgreSQL runs as the postgres user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const password = randomBytes(8).toString("hex");
  const pgPort = await freePort();
  const pgDir = path.join(dir, "postgres");
  let postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, password });
  const meiliPort = await freePort();
  const meiliDir = path.join(dir, "meili");
  const masterKey = randomBytes(20).toString("hex");
  let meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort, masterKey });
  await applyMigrations(postgres.url, { migrationsDir: path.join(repositoryRoot, "prisma", "migrations") });
  const appPort = await freePort();
  const baseUrl = `http://127.0.0.1:${appPort}`;
  const env: Record<string, string> = {
    DATABASE_URL: postgres.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: masterKey,
    MEILI_INDEX_PREFIX: `${name.replace(/\W/g, "_")}_${Date.now()}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: baseUrl,
    DIGICHECK_DEMO: "1",
    ATTACHMENTS_DIR: path.join(dir, "anhaenge"),
    NEXT_TELEMETRY_DISABLED: "1",
    SEARCH_DRAIN_INTERVAL_MS: "1000",
  };
  const seed = spawnSync(
    process.execPath,
    [path.join(repositoryRoot, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/seed.ts"],
    { cwd: repositoryRoot, env: { ...process.env, ...env }, encoding: "utf8" },
  );
  if (seed.status !== 0) throw new Error(`Demodaten konnten nicht angelegt werden:\n${seed.stdout}\n${seed.stderr}`);
  return {
    env,
    appPort,
    baseUrl,
    postgres: () => postgres,
    meili: () => meili,
    restartPostgres: async () => {
      postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, password });
    },
    restartMeilisearch: async () => {
      meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort, masterKey });
    },
    stop: async () => {
      try {
        process.kill(meili.pid, "SIGCONT");
      } catch {
        /* already gone */
      }
      await meili.stop().catch(() => {});
      await postgres.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
