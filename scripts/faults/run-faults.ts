/**
 * `npm run test:faults`: the fault suite. Starts its own PostgreSQL, Meilisearch
 * and app server (demo data), puts mixed load on it – readers on start, article,
 * search and suggestion pages over plain keep-alive sockets, an editor saving
 * every 250 ms – and applies one fault after the other:
 *   PostgreSQL restart (10 s away), Meilisearch SIGKILL (restart after 5 s),
 *   Meilisearch SIGSTOP (20 s), app server kill -9 (restarted as a service
 *   manager would), and concurrent saves of one article version.
 * Prints one table row per phase: requests, statuses, resets, English or
 * default error pages, lost saves, recovery time. Exit code 1 when a save was
 * lost, a default error page or an unexpected 5xx appeared, or concurrent saves
 * had more or fewer than one winner.
 */
import http from "node:http";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { startFaultStack } from "../stack/fault-stack";
import { repositoryRoot } from "../stack/throwaway-stack";
import { buildIfNeeded, startNext, waitForHttp } from "../stack/run-next";
import { DEMO_PASSWORD } from "../../lib/demo/demo-logins";
import { signInCookie } from "../bench/http-client";

const log = (line: string) => console.log(`[fehler] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Next.js' own English pages, which must never reach a user. */
const DEFAULT_PAGE = /This page couldn|Application error|Internal Server Error|missing required error components/;

interface PhaseStats {
  requests: number;
  statuses: Map<string, number>;
  resets: number;
  defaultPages: number;
  unexpected5xx: number;
  savesReported: number;
  savesFailed: number;
  lostSaves: number;
  recoveryMs: number | null;
  note: string;
  /** Path and start of the body of the first unexpected 5xx answers, for the report. */
  examples: string[];
}

const newStats = (): PhaseStats => ({
  requests: 0,
  statuses: new Map(),
  resets: 0,
  defaultPages: 0,
  unexpected5xx: 0,
  savesReported: 0,
  savesFailed: 0,
  lostSaves: 0,
  recoveryMs: null,
  note: "",
  examples: [],
});

/** Plain keep-alive client without retries: a reset on a reused socket is counted, not hidden. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
function get(url: string, cookie: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent, headers: { cookie }, timeout: 15_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    request.on("timeout", () => request.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

async function main() {
  const stack = await startFaultStack("fehler");
  const base = stack.baseUrl;
  const appPort = stack.appPort;
  Object.assign(process.env, stack.env);
  buildIfNeeded(repositoryRoot, { ...process.env, NODE_ENV: "production" }, log);

  let app: ChildProcess;
  /** The app server's error lines, shown when a phase had unexpected 5xx answers. */
  const serverErrors: string[] = [];
  const startApp = async () => {
    app = startNext(repositoryRoot, { mode: "start", port: appPort, env: { ...process.env, NODE_ENV: "production" }, quiet: true });
    app.stderr?.on("data", (chunk) => {
      for (const line of String(chunk).split("\n"))
        if (/error/i.test(line) && serverErrors.length < 40) serverErrors.push(line.slice(0, 300));
    });
    await waitForHttp(`${base}/login`, 60_000, () => app.exitCode === null && app.signalCode === null);
  };
  await startApp();

  // Domain functions for the editor, in this process, against the same database.
  const { systemDb, disconnectDb } = await import("../../lib/db/client");
  const { loadViewer } = await import("../../lib/auth/load-viewer");
  const { createArticle, updateArticle } = await import("../../lib/knowledge/save-article");
  const { drainSearchOutbox } = await import("../../lib/search/drain-outbox");
  const editorUser = await systemDb().user.findFirstOrThrow({ where: { email: "redaktion@musterhausen.example" }, select: { id: true } });
  const editor = (await loadViewer(editorUser.id))!;
  const published = await systemDb().article.findMany({
    where: { organizationId: editor.organizationId, status: "PUBLISHED" },
    select: { id: true },
    take: 5,
  });
  const cookie = await signInCookie(base, "lesen@musterhausen.example", DEMO_PASSWORD);
  const readerPaths = [
    "/",
    ...published.map((article) => `/wissen/${article.id}`),
    "/suche?q=Gewerbeanmeldung",
    "/suche?q=Meldebescheinigung",
    "/api/suche?vorschlag=1&q=Gewer",
    "/wissen",
  ];
  const unitIds = (await systemDb().orgUnit.findFirstOrThrow({ where: { organizationId: editor.organizationId }, select: { id: true } }))
    .id;

  /** Runs readers and the editor until `stop` resolves; returns the phase's figures. */
  async function underLoad(name: string, fault: (stats: PhaseStats) => Promise<void>): Promise<[string, PhaseStats]> {
    const stats = newStats();
    let running = true;
    const reported: { id: string; title: string }[] = [];
    const readers = Array.from({ length: 4 }, async (_, reader) => {
      for (let round = reader; running; round++) {
        const result = await get(`${base}${readerPaths[round % readerPaths.length]}`, cookie);
        stats.requests++;
        const key = "error" in result ? result.error : String(result.status);
        stats.statuses.set(key, (stats.statuses.get(key) ?? 0) + 1);
        if ("error" in result) {
          if (result.error === "ECONNRESET") stats.resets++;
          // The app server is away (kill phase): wait a moment instead of spinning.
          await sleep(100);
          continue;
        }
        if (DEFAULT_PAGE.test(result.body)) stats.defaultPages++;
        if (result.status >= 500 && result.status !== 503) {
          stats.unexpected5xx++;
          if (stats.examples.length < 3)
            stats.examples.push(`${result.status} ${readerPaths[round % readerPaths.length]}: ${result.body.slice(0, 200)}`);
        }
      }
    });
    const writer = (async () => {
      for (let index = 0; running; index++) {
        const title = `Lastprobe ${name} ${index} ${randomBytes(3).toString("hex")}`;
        try {
          const saved = await createArticle(editor, {
            title,
            kind: "PROCEDURE",
            status: "PUBLISHED",
            content: {
              type: "doc",
              content: [{ type: "paragraph", content: [{ type: "text", text: `Gespeichert unter Last: ${title}` }] }],
            },
            unitIds: [unitIds],
          });
          reported.push({ id: saved.id, title });
          stats.savesReported++;
        } catch {
          stats.savesFailed++;
        }
        await sleep(250);
      }
    })();
    await sleep(2_000);
    await fault(stats);
    await sleep(3_000);
    running = false;
    await Promise.all([...readers, writer]);
    // Every save that was reported as done must be there.
    const found = new Set(
      (await systemDb().article.findMany({ where: { id: { in: reported.map((entry) => entry.id) } }, select: { id: true } })).map(
        (row) => row.id,
      ),
    );
    stats.lostSaves = reported.filter((entry) => !found.has(entry.id)).length;
    return [name, stats];
  }

  const firstOk = async (check: () => Promise<boolean>, limitMs = 60_000): Promise<number> => {
    const started = Date.now();
    while (Date.now() - started < limitMs) {
      if (await check().catch(() => false)) return Date.now() - started;
      await sleep(100);
    }
    return Number.NaN;
  };
  const pageOk = async () => {
    const result = await get(`${base}/wissen/${published[0].id}`, cookie);
    return "status" in result && result.status === 200;
  };
  const searchFromEngine = async () => {
    const result = await get(`${base}/api/suche?q=Gewerbeanmeldung`, cookie);
    return "status" in result && result.status === 200 && (JSON.parse(result.body) as { fallback: boolean }).fallback === false;
  };

  const phases: [string, PhaseStats][] = [];
  phases.push(
    await underLoad("ohne Fehler", async () => {
      await sleep(8_000);
    }),
  );
  phases.push(
    await underLoad("PostgreSQL-Neustart (10 s weg)", async (stats) => {
      await stack.postgres().stop();
      await sleep(10_000);
      await stack.restartPostgres();
      stats.recoveryMs = await firstOk(pageOk);
      stats.note = "Zeit vom Neustart bis zur ersten Artikelseite";
    }),
  );
  phases.push(
    await underLoad("Meilisearch SIGKILL, Neustart nach 5 s", async (stats) => {
      process.kill(stack.meili().pid, "SIGKILL");
      await sleep(5_000);
      await stack.restartMeilisearch();
      stats.recoveryMs = await firstOk(searchFromEngine);
      stats.note = "Zeit vom Neustart bis zur ersten Suche aus der Engine";
    }),
  );
  phases.push(
    await underLoad("Meilisearch SIGSTOP 20 s", async (stats) => {
      process.kill(stack.meili().pid, "SIGSTOP");
      await sleep(20_000);
      process.kill(stack.meili().pid, "SIGCONT");
      stats.recoveryMs = await firstOk(searchFromEngine);
      stats.note = "Zeit vom Fortsetzen bis zur ersten Suche aus der Engine";
    }),
  );
  phases.push(
    await underLoad("Anwendungsserver kill -9", async (stats) => {
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGKILL");
      await exited;
      const restarted = Date.now();
      await startApp();
      await firstOk(pageOk);
      stats.recoveryMs = Date.now() - restarted;
      stats.note = "Neustart des Servers bis zur ersten Artikelseite";
    }),
  );

  // Concurrent saves of the same version: exactly one wins, nobody's change is silently lost.
  const target = await createArticle(editor, {
    title: `Gleichzeitig ${Date.now()}`,
    kind: "PROCEDURE",
    status: "PUBLISHED",
    content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Ausgangstext" }] }] },
    unitIds: [unitIds],
  });
  let winners = 0;
  let refused = 0;
  for (let round = 0; round < 10; round++) {
    const current = await systemDb().article.findUniqueOrThrow({ where: { id: target.id }, select: { version: true } });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, (_, writer) =>
        updateArticle(editor, {
          id: target.id,
          version: current.version,
          title: `Gleichzeitig Runde ${round} Schreiber ${writer}`,
          kind: "PROCEDURE",
          status: "PUBLISHED",
          content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Runde ${round}` }] }] },
          unitIds: [unitIds],
        }),
      ),
    );
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled").length;
    if (won === 1) winners++;
    refused += outcomes.length - won;
  }
  const revisions = await systemDb().articleRevision.count({ where: { articleId: target.id } });
  await drainSearchOutbox().catch(() => undefined);

  console.log("");
  console.log(
    "| Phase | Anfragen | Status | Resets | Standard-/englische Fehlerseiten | 5xx außer 503 | Speichern gemeldet / abgelehnt | verlorene Speicherungen | Erholung |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  let failed = false;
  for (const [name, stats] of phases) {
    const statuses = [...stats.statuses.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}: ${count}`)
      .join(", ");
    const recovery = stats.recoveryMs === null ? "–" : `${Math.round(stats.recoveryMs)} ms (${stats.note})`;
    console.log(
      `| ${name} | ${stats.requests} | ${statuses} | ${stats.resets} | ${stats.defaultPages} | ${stats.unexpected5xx} | ${stats.savesReported} / ${stats.savesFailed} | ${stats.lostSaves} | ${recovery} |`,
    );
    if (stats.lostSaves > 0 || stats.defaultPages > 0 || stats.unexpected5xx > 0 || Number.isNaN(stats.recoveryMs)) failed = true;
  }
  for (const [name, stats] of phases) for (const example of stats.examples) console.log(`  ${name}: ${example}`);
  if (phases.some(([, stats]) => stats.unexpected5xx > 0)) console.log(`Fehlerzeilen des Servers:\n${serverErrors.join("\n")}`);
  console.log(
    `| gleichzeitiges Speichern (10 Runden × 4) | – | genau ein Gewinner: ${winners} von 10 Runden, abgelehnt: ${refused} | – | – | – | – | – | Versionen im Verlauf: ${revisions} |`,
  );
  if (winners !== 10) failed = true;

  await disconnectDb();
  app!.kill("SIGTERM");
  await new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once("exit", resolve)));
  await stack.stop();
  console.log(failed ? "\nFehlersuite: NICHT bestanden." : "\nFehlersuite: bestanden.");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
