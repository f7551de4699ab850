/**
 * The production and development HTTP server: Next.js behind a plain node:http
 * server, so that the address of the direct peer (the socket) reaches the app.
 * `next start` keeps a client-sent X-Forwarded-For and drops the socket address,
 * which let anyone choose the address the login throttle counts. Here every
 * request carries `x-digicheck-peer` with the socket address (anything a client
 * sent under that name is overwritten); lib/http/client-address.ts decides from
 * it and TRUSTED_PROXIES whether X-Forwarded-For may be believed.
 *
 * Usage: node scripts/stack/app-server.mjs <start|dev> <port> <host>
 */
import http from "node:http";
import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import next from "next";
import client from "prom-client";
import { routeLabel } from "./route-label.mjs";
import { logRequest, switchToJsonLogs } from "./json-logs.mjs";
import { guardResponse, refuseOversizedBody } from "./http-guards.mjs";

const jsonLogs = process.env.LOG_FORMAT === "json";
if (jsonLogs) switchToJsonLogs();

// The registry lib/ops/metrics.ts adds the app's metrics to (same process, same object).
const registry = (globalThis.digicheckRegistry ??= new client.Registry());
// Memory (RSS, heap by space, external), GC and event-loop delay of this process, for operators
// and for the benchmark's memory figures (W6).
if (!globalThis.digicheckDefaultMetrics) {
  client.collectDefaultMetrics({ register: registry, prefix: "digicheck_" });
  globalThis.digicheckDefaultMetrics = true;
}
const requestDuration = new client.Histogram({
  name: "digicheck_http_request_duration_seconds",
  help: "Dauer der HTTP-Anfragen je Route",
  labelNames: ["method", "route", "status"],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

const [mode = "start", portText = "3000", hostname = "127.0.0.1"] = process.argv.slice(2);
const port = Number(portText);
const dir = path.resolve(import.meta.dirname, "..", "..");
const app = next({ dev: mode === "dev", dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const guards = { dev: mode === "dev", https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://") };
// Per request: lib/db/unavailable.ts marks the request whose query found the database away,
// so exactly that request's 5xx becomes a 503 (read there through the same global).
const requestContext = (globalThis.digicheckRequestContext ??= new AsyncLocalStorage());

const server = http.createServer((request, response) => {
  request.headers["x-digicheck-peer"] = request.socket.remoteAddress ?? "";
  const started = process.hrtime.bigint();
  response.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeLabel(request.url ?? "/");
    requestDuration.observe({ method: request.method ?? "GET", route, status: String(response.statusCode) }, seconds);
    if (jsonLogs) logRequest({ method: request.method, route, status: response.statusCode, ms: Math.round(seconds * 1000) });
  });
  const context = { databaseUnavailable: false };
  guardResponse(request, response, { ...guards, context });
  if (refuseOversizedBody(request, response)) return;
  void requestContext.run(context, () => handle(request, response));
});
// Keep-alive: an idle connection stays open 65 s, longer than the idle timeout of
// common clients and reverse proxies (nginx 60 s upstream keepalive_timeout, Node's
// agent 4–5 s), so the server is never the side that closes a socket a client is
// about to reuse. headersTimeout must exceed keepAliveTimeout (Node's own advice);
// requestTimeout bounds a slow upload.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.requestTimeout = 120_000;
server.listen(port, hostname, () => {
  console.log(`Anwendungsserver hört auf http://${hostname}:${port}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  // Open keep-alive connections would hold close() forever.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
