/** Builds and starts the Next.js server as child processes. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "./build-stamp";
import { heapMegabytesSchema } from "../../lib/env";

const nextBin = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");

export function buildIfNeeded(root: string, env: NodeJS.ProcessEnv, log: (line: string) => void): void {
  if (buildIsCurrent(root)) {
    log("Anwendung ist bereits gebaut.");
    return;
  }
  log("Baue die Anwendung (next build, etwa 1 Minute) …");
  const result = spawnSync(process.execPath, [nextBin(root), "build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build ist fehlgeschlagen (siehe Ausgabe oben).");
  recordBuild(root);
}

/**
 * Old-generation heap of the app server in MB (DIGICHECK_HEAP_MB, default 384).
 * Without a limit V8 grows the heap under load far beyond what is live: after
 * the W5 load test the server had 890 MB RSS with 221 MB of heap in use; with
 * 384 MB it stays near 560 MB at the same throughput (docs/performance.md, W6).
 */
export function appHeapMegabytes(env: Record<string, string | undefined>): number {
  const parsed = heapMegabytesSchema.safeParse(env.DIGICHECK_HEAP_MB || undefined);
  if (!parsed.success) throw new Error(`DIGICHECK_HEAP_MB ${parsed.error.issues[0]?.message ?? "ist ungültig"}.`);
  return parsed.data;
}

export function startNext(
  root: string,
  options: { mode: "start" | "dev"; port: number; env: NodeJS.ProcessEnv; quiet?: boolean },
): ChildProcess {
  const server = path.join(root, "scripts", "stack", "app-server.mjs");
  const heap = `--max-old-space-size=${appHeapMegabytes(options.env)}`;
  return spawn(process.execPath, [heap, server, options.mode, String(options.port), options.env.DIGICHECK_HOST || "127.0.0.1"], {
    cwd: root,
    env: options.env,
    stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
  });
}

export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error("Der Anwendungsserver wurde unerwartet beendet.");
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} hat nicht innerhalb von ${Math.round(timeoutMs / 1000)} s geantwortet.`);
}
