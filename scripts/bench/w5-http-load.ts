/**
 * W5: pages served by `next start` under load (autocannon). Closed loop with 32
 * connections for peak throughput; a fixed request rate for latency figures.
 * Baseline: a prerendered static page (/barrierefreiheit) from the same server.
 */
import autocannon from "autocannon";

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
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
    headers: { Cookie: cookie },
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

export interface W5Result {
  pages: Record<string, { closedLoop: LoadFigures; fixedRate: LoadFigures }>;
  fixedRate: number;
  seconds: number;
}

export async function runW5(
  appUrl: string,
  cookie: string,
  articlePath: string,
  seconds: number,
  log: (line: string) => void,
): Promise<W5Result> {
  const targets: Record<string, string> = {
    "statische Seite": `${appUrl}/barrierefreiheit`,
    Artikelseite: `${appUrl}${articlePath}`,
    Suchseite: `${appUrl}/suche?q=anmeldung`,
  };
  const closed: Record<string, LoadFigures> = {};
  for (const [name, url] of Object.entries(targets)) {
    log(`  W5 geschlossen (32 Verbindungen, ${seconds} s): ${name}`);
    closed[name] = await measure(url, cookie, seconds);
  }
  // Latency at a fixed load every page can carry: half the slowest page's peak.
  const fixedRate = Math.max(5, Math.floor(Math.min(...Object.values(closed).map((figures) => figures.requestsPerSecond)) / 2));
  const pages: W5Result["pages"] = {};
  for (const [name, url] of Object.entries(targets)) {
    log(`  W5 feste Rate (${fixedRate} Anfragen/s, ${seconds} s): ${name}`);
    pages[name] = { closedLoop: closed[name], fixedRate: await measure(url, cookie, seconds, fixedRate) };
  }
  return { pages, fixedRate, seconds };
}
