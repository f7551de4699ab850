/**
 * /api/ready's answer (readiness()) with the real services and with each of
 * them unreachable – run in child processes, because the clients are built
 * once per process from the environment.
 */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../scripts/stack/ports";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

async function probe(env: Record<string, string>) {
  const { stdout } = await run(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", path.join(root, "tests", "integration", "helpers", "readiness-probe.ts")],
    { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 },
  );
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

describe("Bereitschaft für den Lastverteiler", () => {
  it("bereit mit Datenbank und Suche; Rückstand der Warteschlange wird gemeldet", async () => {
    expect(await probe({})).toMatchObject({
      ready: true,
      database: "ok",
      search: "ok",
      outboxBacklog: expect.any(Number),
      message: "Bereit.",
    });
  });

  it("Datenbank nicht erreichbar: nicht bereit, deutsche Meldung", async () => {
    const port = await freePort();
    const state = await probe({ DATABASE_URL: `postgresql://digicheck:x@127.0.0.1:${port}/digicheck` });
    expect(state).toMatchObject({
      ready: false,
      database: "nicht erreichbar",
      outboxBacklog: null,
      message: "Die Datenbank ist nicht erreichbar.",
    });
  });

  it("Suche nicht erreichbar: bereit im Notbetrieb", async () => {
    const port = await freePort();
    const state = await probe({ MEILI_URL: `http://127.0.0.1:${port}` });
    expect(state).toMatchObject({ ready: true, search: "nicht erreichbar", message: expect.stringContaining("Notbetrieb") });
  });
});
