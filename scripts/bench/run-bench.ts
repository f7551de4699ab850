/**
 * `npm run bench [-- --size 10000 --workloads w1,w2,w3,w4,w5,w6,w7 --rounds 15 --seconds 6 --w5-rounds 5
 *   --pairs 3 --w4-tasks 10000 --orgs 4 --noise]`
 *
 * Builds a fresh database and index, loads the corpus, runs the workloads and
 * prints one table with each figure beside a baseline measured in the same run.
 * Results go to bench-results/ as JSON and Markdown.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repositoryRoot, startTestStack } from "../stack/throwaway-stack";
import { freePort } from "../stack/ports";
import { buildIfNeeded, startNext, waitForHttp } from "../stack/run-next";
import { loadCorpus } from "./corpus";
import { fmt, latencyText, toConsoleTable, toMarkdown, type LatencySummary, type ResultRow } from "./stats";
import { ratioText, startNoise } from "./paired";
import { postmasterPid } from "./process-cpu";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "10000" },
    workloads: { type: "string", default: "w1,w2,w3,w4,w5,w6,w7" },
    rounds: { type: "string", default: "15" },
    seconds: { type: "string", default: "6" },
    "w5-rounds": { type: "string", default: "5" },
    pairs: { type: "string", default: "3" },
    "w4-tasks": { type: "string", default: "10000" },
    orgs: { type: "string", default: "4" },
    noise: { type: "boolean", default: false },
    edits: { type: "string", default: "20" },
    out: { type: "string", default: "bench-results" },
  },
});
const size = Number(values.size);
const workloads = new Set(values.workloads!.split(",").map((entry) => entry.trim().toLowerCase()));
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const BENCH_METRICS_TOKEN = "bench-messung-0123456789";

/** Memory figures of the app server from its own /api/metrics (prom-client's process metrics). */
async function serverMemory(appUrl: string): Promise<Record<string, number>> {
  const response = await fetch(`${appUrl}/api/metrics`, { headers: { Authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
  const text = await response.text();
  const value = (name: string) => Number(text.match(new RegExp(`^digicheck_${name} (\\S+)$`, "m"))?.[1] ?? NaN) / 1048576;
  return {
    heapUsed: value("nodejs_heap_size_used_bytes"),
    heapTotal: value("nodejs_heap_size_total_bytes"),
    external: value("nodejs_external_memory_bytes"),
    oldSpace: value('nodejs_heap_space_size_used_bytes\\{space="old"\\}'),
    largeObjects: value('nodejs_heap_space_size_used_bytes\\{space="large_object"\\}'),
    code: value('nodejs_heap_space_size_used_bytes\\{space="code"\\}'),
  };
}

const yesNo = (condition: boolean): "ja" | "nein" => (condition ? "ja" : "nein");

async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const match = status.match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : NaN;
}

async function main() {
  if (!Number.isInteger(size) || size < 10) throw new Error("--size muss eine ganze Zahl ≥ 10 sein.");
  log(`Benchmark: ${size} Artikel, Workloads ${[...workloads].join(", ")}${values.noise ? ", mit Störlast auf einem Kern (--noise)" : ""}`);
  const noise = values.noise ? startNoise() : null;
  const stack = await startTestStack("bench");
  Object.assign(process.env, stack.info.env, { SEARCH_DRAIN_INTERVAL_MS: "5000" });
  const rows: ResultRow[] = [];
  const extra: Record<string, unknown> = {};
  let server: ReturnType<typeof startNext> | undefined;
  try {
    const { systemDb } = await import("../../lib/db/client");
    const { loadBenchData, BENCH_PASSWORD } = await import("./load-data");
    const { documents, source } = await loadCorpus(size);
    log(`Korpus: ${source}`);
    const organizations = await loadBenchData(
      documents,
      (done) => {
        if (done % 5000 === 0 || done === documents.length) log(`  geladen: ${done} / ${documents.length}`);
      },
      Number(values.orgs),
    );
    const w4Module = workloads.has("w4") ? await import("./w4-cockpit") : null;
    const w4Tasks = Number(values["w4-tasks"]);
    const w4Organization = w4Module
      ? await w4Module.loadW4Organization(BENCH_PASSWORD, log, {
          tasks: w4Tasks,
          people: Math.round(w4Tasks / 5),
          units: 40,
          positions: Math.round(w4Tasks / 12.5),
          articles: Math.round(w4Tasks * 0.6),
        })
      : null;

    if (workloads.has("w1") || workloads.has("w3") || workloads.has("w5")) {
      // W1, W3 and W5 need the index; W2's rounds of full rebuilds run after them, so that the
      // engine's work after index swaps (deleting old indexes) does not fall into W3's timings.
      log("Suchindex aufbauen …");
      const { reindexAllArticles } = await import("../../lib/search/reindex");
      await reindexAllArticles({ batchSize: 1000, log: (line) => log(`  Reindex:${line}`) });
    }

    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    const needsServer = ["w1", "w4", "w5", "w6"].some((name) => workloads.has(name));
    let cookie = "";
    if (needsServer) {
      const env = {
        ...process.env,
        NEXTAUTH_URL: appUrl,
        NODE_ENV: "production" as const,
        NEXT_TELEMETRY_DISABLED: "1",
        METRICS_TOKEN: BENCH_METRICS_TOKEN,
      };
      buildIfNeeded(repositoryRoot, env, log);
      server = startNext(repositoryRoot, { mode: "start", port, env, quiet: true });
      await waitForHttp(`${appUrl}/login`, 60_000, () => server?.exitCode === null);
      const { signInCookie } = await import("./http-client");
      cookie = await signInCookie(appUrl, organizations[0].readerEmail, BENCH_PASSWORD);
    }
    const { loadViewer } = await import("../../lib/auth/load-viewer");
    const reader = (await loadViewer(organizations[0].readerId))!;

    if (workloads.has("w1")) {
      log("W1: Suche über die HTTP-API …");
      const { runW1 } = await import("./w1-search");
      const w1 = await runW1({ appUrl, cookie, reader, rounds: Number(values.rounds), log });
      rows.push({
        workload: "W1",
        figure: "Suche HTTP-API, p50/p95/p99",
        unit: "ms",
        ours: latencyText(w1.ours),
        baseline: `${latencyText(w1.meiliDirect)} (a) Meilisearch direkt`,
        ratio: fmt(w1.ours.p95 / w1.meiliDirect.p95, 2),
        target: "p95 ≤ 1,5 × (a) und ≤ (a) + 10 ms",
        met: yesNo(w1.ours.p95 <= 1.5 * w1.meiliDirect.p95 && w1.ours.p95 <= w1.meiliDirect.p95 + 10),
      });
      rows.push({
        workload: "W1",
        figure: "Suche HTTP-API gegen einfache Engine-Anfrage, p50/p95/p99",
        unit: "ms",
        ours: latencyText(w1.ours),
        baseline: `${latencyText(w1.meiliPlain)} (c) Meilisearch einfach, gleicher Rechtefilter`,
        ratio: `p95 ${fmt(w1.ours.p95 / w1.meiliPlain.p95, 2)} · p50 je Runde ${ratioText(w1.paired)}`,
        target: "p95 ≤ (c) + 15 ms",
        met: yesNo(w1.ours.p95 <= w1.meiliPlain.p95 + 15),
      });
      rows.push({
        workload: "W1",
        figure: "Vorschläge der Kopfzeile über HTTP (Anfang der Anfrage), p50/p95/p99",
        unit: "ms",
        ours: latencyText(w1.suggestions),
        baseline: `${latencyText(w1.meiliPlain)} (c)`,
        ratio: fmt(w1.suggestions.p95 / w1.meiliPlain.p95, 2),
        target: "p95 ≤ 50 ms bei 86k",
        met: size >= 86_000 ? yesNo(w1.suggestions.p95 <= 50) : "–",
      });
      const againstPostgres = (figure: string, ours: LatencySummary, postgres: LatencySummary) =>
        rows.push({
          workload: "W1",
          figure,
          unit: "ms",
          ours: latencyText(ours),
          baseline: `${latencyText(postgres)} (b) PG german+ts_rank`,
          ratio: `p50 ${fmt(postgres.p50 / ours.p50, 1)}× · p95 ${fmt(postgres.p95 / ours.p95, 1)}× schneller`,
          target: "≥ 10× schneller als (b) bei 86k",
          met: size >= 86_000 ? `p50 ${yesNo(postgres.p50 >= 10 * ours.p50)} · p95 ${yesNo(postgres.p95 >= 10 * ours.p95)}` : "–",
        });
      againstPostgres("Suche HTTP-API gegen PostgreSQL-FTS", w1.ours, w1.postgres);
      againstPostgres("… nur Anfragen, für die PG etwas findet", w1.withPostgresHits.ours, w1.withPostgresHits.postgres);
      rows.push({
        workload: "W1",
        figure: "Meilisearch direkt mit fetch (Verzögerungsfalle?)",
        unit: "ms",
        ours: latencyText(w1.meiliFetch),
        baseline: `${latencyText(w1.meiliDirect)} (node:http keep-alive)`,
        ratio: fmt(w1.meiliFetch.p50 / w1.meiliDirect.p50, 2),
        target: "berichtet",
        met: "–",
      });
      extra.w1 = w1;
    }

    if (workloads.has("w3")) {
      log("W3: Bearbeiten → auffindbar …");
      const { runW3 } = await import("./w3-edit-to-search");
      const w3 = await runW3(organizations[1], Number(values.edits), log);
      rows.push({
        workload: "W3",
        figure: "Speichern → auffindbar, p50/p95/p99",
        unit: "ms",
        ours: latencyText(w3.editToSearchable),
        baseline: `${latencyText(w3.meiliTask)} (Meilisearch-Task)`,
        ratio: fmt(w3.editToSearchable.p95 / w3.meiliTask.p95, 1),
        target: "p95 ≤ 1000 ms bei 86k",
        met: size >= 86_000 ? yesNo(w3.editToSearchable.p95 <= 1000) : "–",
      });
      extra.w3 = w3;
    }

    if (workloads.has("w5")) {
      log("W5: Seiten unter Last (autocannon) …");
      const article = await systemDb().article.findFirstOrThrow({
        where: { organizationId: organizations[0].id, status: "PUBLISHED" },
        select: { id: true },
      });
      const { runW5, W5_BASELINE, W5_FLOOR, W5_PAGES } = await import("./w5-http-load");
      const w5 = await runW5(
        appUrl,
        cookie,
        `/wissen/${article.id}`,
        {
          seconds: Number(values.seconds),
          rounds: Number(values["w5-rounds"]),
          processes: server?.pid
            ? {
                app: server.pid,
                postmaster: stack.info.meili ? postmasterPid(path.join(path.dirname(stack.info.meili.pidFile), "postgres")) : null,
                meilisearch: stack.info.meili ? Number(await readFile(stack.info.meili.pidFile, "utf8")) : null,
              }
            : undefined,
        },
        log,
      );
      const staticFixed = w5.fixedRate[W5_BASELINE];
      for (const name of [...W5_PAGES, W5_FLOOR]) {
        const paired = w5.paired[name];
        const target = name === "Artikelseite" ? 0.25 : name === "Suchseite" ? 0.15 : null;
        rows.push({
          workload: "W5",
          figure: `${name}: Durchsatz (geschlossen, 32 Verb., ${w5.rounds} Runden)`,
          unit: "Anfr./s",
          ours: fmt(paired.subjectMedian, 0),
          baseline: `${fmt(paired.baselineMedian, 0)} (statische Datei)`,
          ratio: `${ratioText(paired, 3)}${w5.pairedFloor[name] ? ` · gegen /login ${ratioText(w5.pairedFloor[name])}` : ""}`,
          target: target ? `≥ ${String(target).replace(".", ",")} × statisch` : "berichtet",
          met: target ? yesNo(paired.ratio >= target) : "–",
        });
        const cpu = w5.pairedCpu?.[name];
        if (cpu)
          rows.push({
            workload: "W5",
            figure: `${name}: Server-CPU je Anfrage (App, PostgreSQL, Meilisearch)`,
            unit: "ms",
            ours: fmt(cpu.subjectMedian, 2),
            baseline: `${fmt(cpu.baselineMedian, 3)} (statische Datei)`,
            ratio: ratioText(cpu, 3),
            target: target ? `≥ ${String(target).replace(".", ",")} (Durchsatz ohne Lastgenerator)` : "berichtet",
            met: target ? yesNo(cpu.ratio >= target) : "–",
          });
        const page = w5.fixedRate[name];
        rows.push({
          workload: "W5",
          figure: `${name}: Latenz bei ${w5.rate}/s, p50/p97,5/p99`,
          unit: "ms",
          ours: `${page.p50} / ${page.p975} / ${page.p99}`,
          baseline: `${staticFixed.p50} / ${staticFixed.p975} / ${staticFixed.p99}`,
          ratio: fmt(page.p99 / Math.max(1, staticFixed.p99), 1),
          target: "p99 berichtet",
          met: "–",
        });
      }
      extra.w5 = w5;
    }

    if (workloads.has("w6")) {
      const meiliPid = Number(await readFile(stack.info.meili!.pidFile, "utf8"));
      const nextRss = server?.pid ? await residentMegabytes(server.pid) : NaN;
      const meiliRss = await residentMegabytes(meiliPid);
      const memory = server ? await serverMemory(appUrl) : null;
      const { appHeapMegabytes } = await import("../stack/run-next");
      rows.push({
        workload: "W6",
        figure: `Speicher (RSS) Next.js-Server nach W1–W5 (Heap-Grenze ${appHeapMegabytes(process.env)} MB)`,
        unit: "MB",
        ours: fmt(nextRss, 0),
        baseline: "–",
        ratio: "–",
        target: "≤ 600 MB",
        met: workloads.has("w5") ? yesNo(nextRss <= 600) : "– (ohne W5)",
      });
      if (memory)
        rows.push({
          workload: "W6",
          figure: "davon Heap belegt / reserviert · alte Generation · große Objekte · Code · extern",
          unit: "MB",
          ours: `${fmt(memory.heapUsed, 0)} / ${fmt(memory.heapTotal, 0)} · ${fmt(memory.oldSpace, 0)} · ${fmt(memory.largeObjects, 0)} · ${fmt(memory.code, 0)} · ${fmt(memory.external, 0)}`,
          baseline: "–",
          ratio: "–",
          target: "berichtet",
          met: "–",
        });
      rows.push({
        workload: "W6",
        figure: "Speicher (RSS) Meilisearch",
        unit: "MB",
        ours: fmt(meiliRss, 0),
        baseline: "–",
        ratio: "–",
        target: "berichtet",
        met: "–",
      });
      // Index size on disk as Meilisearch reports it (the whole database and the article documents).
      const { getEnv } = await import("../../lib/env");
      const { articleIndexName } = await import("../../lib/search/meili-client");
      const stats = (await (
        await fetch(`${getEnv().MEILI_URL}/stats`, { headers: { Authorization: `Bearer ${getEnv().MEILI_MASTER_KEY}` } })
      ).json()) as { databaseSize?: number; indexes?: Record<string, { rawDocumentDbSize?: number }> };
      rows.push({
        workload: "W6",
        figure: "Meilisearch-Datenbank / Dokumente des Artikelindex",
        unit: "MB",
        ours: `${fmt((stats.databaseSize ?? NaN) / 1048576, 0)} / ${fmt((stats.indexes?.[articleIndexName()]?.rawDocumentDbSize ?? NaN) / 1048576, 0)}`,
        baseline: "–",
        ratio: "–",
        target: "berichtet",
        met: "–",
      });
    }
    if (workloads.has("w2")) {
      log("W2: vollständiger Neuaufbau des Suchindex im Wechsel mit dem Rohimport …");
      const { runW2 } = await import("./w2-reindex");
      const w2 = await runW2(Number(values.pairs), log);
      rows.push({
        workload: "W2",
        figure: `Neuaufbau aus der Datenbank (${w2.paired.rounds.length} Runden im Wechsel)`,
        unit: "Dok./s",
        ours: fmt(w2.paired.subjectMedian, 0),
        baseline: `${fmt(w2.paired.baselineMedian, 0)} (Rohimport)`,
        ratio: ratioText(w2.paired),
        target: "≥ 0,8 × Rohimport",
        met: yesNo(w2.paired.ratio >= 0.8),
      });
      extra.w2 = w2;
    }
    if (workloads.has("w7")) {
      log("W7: Sicherung und Wiederherstellung …");
      const { runW7, w7Median } = await import("./w7-backup");
      const { getEnv } = await import("../../lib/env");
      const w7 = await runW7({
        databaseUrl: process.env.DATABASE_URL!,
        attachmentsDir: path.resolve(getEnv().ATTACHMENTS_DIR),
        migrationsDir: path.join(repositoryRoot, "prisma", "migrations"),
        rounds: 3,
        log,
      });
      const ours = w7Median(w7.backupSeconds);
      const raw = w7Median(w7.rawCopySeconds);
      rows.push({
        workload: "W7",
        figure: `Sicherung (${w7.rows} Zeilen, Archiv ${fmt(w7.archiveMegabytes, 0)} MB), Median aus 3`,
        unit: "s",
        ours: fmt(ours, 1),
        baseline: `${fmt(raw, 1)} (nur COPY aller Tabellen)`,
        ratio: fmt(ours / raw, 1),
        target: "berichtet",
        met: "–",
      });
      rows.push({
        workload: "W7",
        figure: "Wiederherstellung in leere Datenbank (ohne Suchindex, siehe W2)",
        unit: "s",
        ours: fmt(w7.restoreSeconds, 1),
        baseline: "–",
        ratio: "–",
        target: "gleiche Prüfsummen",
        met: yesNo(w7.sameChecksums),
      });
      extra.w7 = w7;
    }
    if (w4Module && w4Organization) {
      log(`W4: Wissens-Cockpit (${w4Tasks / 5} Personen, ${w4Tasks} Aufgaben) …`);
      const { signInCookie, httpRequest, timed } = await import("./http-client");
      const hrCookie = await signInCookie(appUrl, w4Organization.hrEmail, BENCH_PASSWORD);
      const page = async (pagePath: string) => {
        const { ms, value } = await timed(() => httpRequest(`${appUrl}${pagePath}`, { headers: { Cookie: hrCookie } }));
        if (value.status !== 200) throw new Error(`W4: ${pagePath} antwortete mit ${value.status}`);
        return ms;
      };
      const w4 = await w4Module.runW4(w4Organization, Math.max(5, Math.min(Number(values.rounds), 20)), page, log);
      rows.push({
        workload: "W4",
        figure: `Cockpit: Regeln in TypeScript über Prisma-Zeilen (Referenz, vorher), p50/p95/p99`,
        unit: "ms",
        ours: latencyText(w4.typescript),
        baseline: `${latencyText(w4.sql)} (handgeschriebenes SQL)`,
        ratio: fmt(w4.typescript.p95 / w4.sql.p95, 1),
        target: "berichtet; je Aufgabe gleich wie SQL",
        met: `${w4.taskDifferences.tasks - w4.taskDifferences.differing} von ${w4.taskDifferences.tasks} gleich`,
      });
      rows.push({
        workload: "W4",
        figure: `Cockpit berechnen, Produkt (SQL-Anweisung, ${w4.tasks} Aufgaben), p50/p95/p99`,
        unit: "ms",
        ours: latencyText(w4.app),
        baseline: `${latencyText(w4.sql)} (handgeschriebenes SQL)`,
        ratio: `p95 ${fmt(w4.app.p95 / w4.sql.p95, 2)} · je Runde ${ratioText(w4.paired)}`,
        target: "≤ 1,5 × SQL, gleiche Zahlen",
        met: `${yesNo(w4.app.p95 <= 1.5 * w4.sql.p95)} · Zahlen ${w4.sameFigures ? "gleich" : "VERSCHIEDEN"}`,
      });
      if (w4.page)
        rows.push({
          workload: "W4",
          figure: `Cockpit-Seite über HTTP, p50/p95/p99 (erster Aufruf nach dem Start: ${fmt(w4.firstPage ?? NaN, 0)} ms, nicht gezählt)`,
          unit: "ms",
          ours: latencyText(w4.page),
          baseline: `${latencyText(w4.sql)} (nur SQL)`,
          ratio: fmt(w4.page.p95 / w4.sql.p95, 1),
          target: "p95 ≤ 500 ms",
          met: yesNo(w4.page.p95 <= 500),
        });
      extra.w4 = w4;
    }

    const { getEnv } = await import("../../lib/env");
    const meiliVersion = (await (
      await fetch(`${getEnv().MEILI_URL}/version`, { headers: { Authorization: `Bearer ${getEnv().MEILI_MASTER_KEY}` } })
    ).json()) as { pkgVersion: string };
    const pgVersion = (await systemDb().$queryRaw<{ version: string }[]>`SELECT version()`)[0].version.split(" ").slice(0, 2).join(" ");
    const machine = `${os.cpus().length} Kerne (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${pgVersion}, Meilisearch ${meiliVersion.pkgVersion}, Next.js 16.4.5`;
    const corpusLine = `${size} Artikel in ${organizations.length} Kommunen; Korpus: ${source}`;
    const duration = `${((Date.now() - started) / 1000).toFixed(0)} s`;
    console.log(`\nMaschine: ${machine}\n${corpusLine}\nDauer: ${duration}\n`);
    console.log(toConsoleTable(rows));
    if (extra.w1) {
      console.log("\nW1 je Anfrage (p50 in ms: DigiCheck / Meilisearch direkt / PostgreSQL, Treffer PG):");
      for (const entry of (
        extra.w1 as {
          perQuery: { group: string; query: string; oursP50: number; meiliP50: number; postgresP50: number; postgresHits: number }[];
        }
      ).perQuery) {
        console.log(
          `  ${entry.group.padEnd(12)} ${entry.query.padEnd(30)} ${fmt(entry.oursP50, 2).padStart(7)} ${fmt(entry.meiliP50, 2).padStart(7)} ${fmt(entry.postgresP50, 2).padStart(8)}  ${entry.postgresHits}`,
        );
      }
    }
    const outputDir = path.resolve(repositoryRoot, values.out!);
    await mkdir(outputDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const markdown = `# Benchmark ${new Date().toISOString()}\n\n- Maschine: ${machine}\n- ${corpusLine}\n- Dauer: ${duration}\n\n${toMarkdown(rows)}\n`;
    await writeFile(path.join(outputDir, `bench-${stamp}.md`), markdown);
    await writeFile(path.join(outputDir, `bench-${stamp}.json`), JSON.stringify({ machine, size, source, rows, details: extra }, null, 2));
    await writeFile(path.join(outputDir, "latest.md"), markdown);
    log(`Ergebnisse: ${path.relative(repositoryRoot, outputDir) || "."}/bench-${stamp}.md und .json`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    noise?.kill();
    const { disconnectDb } = await import("../../lib/db/client");
    await disconnectDb();
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
