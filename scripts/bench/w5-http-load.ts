/**
 * W5: pages served by the app's own HTTP server under load (autocannon).
 * Closed loop with 32 connections for peak throughput, in rounds that alternate
 * the baseline and the pages (ratios per round, see paired.ts); then a fixed
 * request rate for latency figures.
 * Baseline: a static file from public/ served by the same server through the
 * same guards (CSP, size limit). Since the nonce-based CSP no page of the app is
 * prerendered any more, so a static file is the only really static answer.
 * A dynamic page without database work (/login) is measured alongside as the
 * floor of Next.js' per-request rendering on this machine.
 */
import autocannon from "autocannon";
import { pairedFigures, type PairedFigures } from "./paired";
import { cpuSecondsBetween, servingCpuSnapshot, type ServingProcesses } from "./process-cpu";

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU milliseconds of app server, PostgreSQL and Meilisearch per answered request (closed loop only). */
  serverCpuMs?: number;
}

function runAutocannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measure(url: string, cookie: string, seconds: number, rate?: number): Promise<LoadFigures> {
  const result = await runAutocannon({
    url,
    connections: 32,
    duration: seconds,
    headers: cookie ? { Cookie: cookie } : {},
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export const W5_BASELINE = "statische Datei";
export const W5_FLOOR = "dynamische Seite ohne Datenbank (/login)";
export const W5_PAGES = ["Artikelseite", "Suchseite"] as const;

export interface W5Result {
  /** Per page: closed-loop throughput per round against the static file in the same round. */
  paired: Record<string, PairedFigures>;
  /**
   * Per page: the static file's server CPU per request divided by the page's, per round – the
   * throughput ratio if the serving processes had the machine to themselves (no load generator).
   */
  pairedCpu: Record<string, PairedFigures> | null;
  /** Per page: against the dynamic floor (/login) in the same round – independent of the load generator's own cost. */
  pairedFloor: Record<string, PairedFigures>;
  closedLoop: Record<string, LoadFigures[]>;
  fixedRate: Record<string, LoadFigures>;
  rate: number;
  seconds: number;
  rounds: number;
}

export async function runW5(
  appUrl: string,
  cookie: string,
  articlePath: string,
  options: { seconds: number; rounds: number; processes?: ServingProcesses },
  log: (line: string) => void,
): Promise<W5Result> {
  const targets: Record<string, { url: string; cookie: string }> = {
    [W5_BASELINE]: { url: `${appUrl}/robots.txt`, cookie },
    [W5_FLOOR]: { url: `${appUrl}/login`, cookie: "" },
    Artikelseite: { url: `${appUrl}${articlePath}`, cookie },
    Suchseite: { url: `${appUrl}/suche?q=anmeldung`, cookie },
  };
  for (const target of Object.values(targets)) await measure(target.url, target.cookie, 1); // warm-up, not counted
  const closedLoop: Record<string, LoadFigures[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const [name, target] of Object.entries(targets)) {
      const cpuBefore = options.processes ? servingCpuSnapshot(options.processes) : null;
      const figures = await measure(target.url, target.cookie, options.seconds);
      if (options.processes) {
        const requests = figures.requestsPerSecond * options.seconds;
        figures.serverCpuMs = (cpuSecondsBetween(cpuBefore!, servingCpuSnapshot(options.processes)) * 1000) / Math.max(1, requests);
      }
      if (figures.non2xx > 0 || figures.errors > 0)
        throw new Error(`W5: ${name} antwortete ${figures.non2xx}× nicht mit 2xx, ${figures.errors} Fehler`);
      closedLoop[name].push(figures);
    }
    log(
      `  W5 Runde ${round + 1}/${options.rounds} (${options.seconds} s je Seite): ${Object.entries(closedLoop)
        .map(([name, list]) => `${name} ${list[round].requestsPerSecond.toFixed(0)}/s`)
        .join(" · ")}`,
    );
  }
  const paired: Record<string, PairedFigures> = {};
  for (const name of [W5_FLOOR, ...W5_PAGES]) {
    paired[name] = pairedFigures(
      closedLoop[name].map((figures, round) => {
        const baseline = closedLoop[W5_BASELINE][round].requestsPerSecond;
        return { baseline, subject: figures.requestsPerSecond, ratio: figures.requestsPerSecond / baseline };
      }),
    );
  }
  const pairedCpu = options.processes
    ? Object.fromEntries(
        [W5_FLOOR, ...W5_PAGES].map((name) => [
          name,
          pairedFigures(
            closedLoop[name].map((figures, round) => {
              const baseline = closedLoop[W5_BASELINE][round].serverCpuMs!;
              return { baseline, subject: figures.serverCpuMs!, ratio: baseline / figures.serverCpuMs! };
            }),
          ),
        ]),
      )
    : null;
  const pairedFloor: Record<string, PairedFigures> = {};
  for (const name of W5_PAGES) {
    pairedFloor[name] = pairedFigures(
      closedLoop[name].map((figures, round) => {
        const baseline = closedLoop[W5_FLOOR][round].requestsPerSecond;
        return { baseline, subject: figures.requestsPerSecond, ratio: figures.requestsPerSecond / baseline };
      }),
    );
  }
  // Latency at a fixed load every page can carry: half the slowest page's median peak.
  const rate = Math.max(5, Math.floor(Math.min(...W5_PAGES.map((name) => paired[name].subjectMedian)) / 2));
  const fixedRate: Record<string, LoadFigures> = {};
  for (const [name, target] of Object.entries(targets)) {
    log(`  W5 feste Rate (${rate} Anfragen/s, ${options.seconds * 2} s): ${name}`);
    fixedRate[name] = await measure(target.url, target.cookie, options.seconds * 2, rate);
  }
  return { paired, pairedCpu, pairedFloor, closedLoop, fixedRate, rate, seconds: options.seconds, rounds: options.rounds };
}
