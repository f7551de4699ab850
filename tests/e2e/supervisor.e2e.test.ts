/**
 * `npm start` as a service manager sees it: one SIGTERM to the npm process stops
 * the app server, PostgreSQL and Meilisearch; when the app server dies on its own
 * (kill -9), everything stops and the exit code is non-zero, so that systemd's
 * Restart=on-failure starts the installation again. Real npm, real processes.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { repositoryRoot } from "../../scripts/stack/throwaway-stack";
import { freePort } from "../../scripts/stack/ports";

const appUrl = inject("appUrl");

interface Started {
  npm: ChildProcess;
  output: () => string;
  /** Resolves when npm exits; afterMs counts from the last markFault(). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
  markFault: () => void;
  ports: { app: number; pg: number; meili: number };
}

let dataDir = "";
const running: ChildProcess[] = [];

async function startInstallation(): Promise<Started> {
  const ports = { app: await freePort(), pg: await freePort(), meili: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(ports.app),
    DIGICHECK_PG_PORT: String(ports.pg),
    DIGICHECK_MEILI_PORT: String(ports.meili),
    DIGICHECK_DATA_DIR: dataDir,
    NEXTAUTH_URL: `http://127.0.0.1:${ports.app}`,
  };
  for (const name of ["DATABASE_URL", "MEILI_URL", "MEILI_MASTER_KEY", "DIGICHECK_DEMO", "NEXTAUTH_SECRET", "MEILI_INDEX_PREFIX"])
    delete env[name];
  const npm = spawn("npm", ["start"], { cwd: repositoryRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  running.push(npm);
  let output = "";
  npm.stdout?.on("data", (chunk) => (output += chunk));
  npm.stderr?.on("data", (chunk) => (output += chunk));
  let stoppedAt = 0;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>((resolve) =>
    npm.once("exit", (code, signal) => resolve({ code, signal, afterMs: Date.now() - stoppedAt })),
  );
  const deadline = Date.now() + 300_000;
  while (!output.includes("DigiCheck Wissen läuft")) {
    if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start kam nicht hoch:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { npm, output: () => output, exited, markFault: () => (stoppedAt = Date.now()), ports };
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/** Processes whose command line names the installation's data folder (PostgreSQL, Meilisearch). */
function processesOf(folder: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((line) => line.includes(folder) && !line.includes("ps -eo"));
}

function appServerPid(port: number): number {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  const line = out.split("\n").find((entry) => entry.includes("app-server.mjs") && entry.includes(` ${port} `));
  if (!line) throw new Error(`Kein Anwendungsserver auf Port ${port} gefunden:\n${out}`);
  return Number(line.trim().split(/\s+/)[0]);
}

/** Waits until no port of the installation listens, no process uses its data folder and start.ts said "Beendet."; ms since the fault. */
async function everythingStopped(started: Started, limitMs = 20_000): Promise<number> {
  const since = Date.now();
  for (;;) {
    const open = (await Promise.all(Object.values(started.ports).map(listening))).some(Boolean);
    if (!open && processesOf(dataDir).length === 0 && started.output().includes("Beendet.")) {
      return (await started.exited).afterMs + (Date.now() - since);
    }
    if (Date.now() - since > limitMs) {
      throw new Error(`Nach ${limitMs} ms läuft noch etwas:\n${processesOf(dataDir).join("\n")}\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(!appUrl)("npm start als Dienst", () => {
  afterAll(async () => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("ein SIGTERM an npm beendet alles; stirbt der Anwendungsserver (kill -9), stoppt alles mit Code ≠ 0", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "digicheck-dienst-"));
    // As root, PostgreSQL runs as the postgres user and must be able to enter the folder.
    execFileSync("chmod", ["755", dataDir]);

    const first = await startInstallation();
    expect(await listening(first.ports.pg)).toBe(true);
    expect(await listening(first.ports.meili)).toBe(true);
    first.markFault();
    first.npm.kill("SIGTERM");
    const stopped = await first.exited;
    // npm forwards the signal and ends with 128 + 15 itself; the installation stops behind it.
    expect([0, 143], first.output()).toContain(stopped.code);
    const allStoppedMs = await everythingStopped(first);
    expect(first.output()).toContain("Beendet.");

    const second = await startInstallation();
    second.markFault();
    process.kill(appServerPid(second.ports.app), "SIGKILL");
    const crashed = await second.exited;
    expect(crashed.code, second.output()).not.toBe(0);
    expect(crashed.code).not.toBeNull();
    const crashStoppedMs = await everythingStopped(second);
    expect(second.output()).toContain("Der Anwendungsserver wurde unerwartet beendet (Signal SIGKILL)");
    console.log(
      `Stoppzeiten: SIGTERM → alles gestoppt nach ${allStoppedMs} ms (npm nach ${stopped.afterMs} ms, Code ${stopped.code}); ` +
        `kill -9 des Anwendungsservers → alles gestoppt nach ${crashStoppedMs} ms, npm-Code ${crashed.code}`,
    );
  });
});
