/**
 * LOG_FORMAT=json: every console line of the process becomes one JSON object
 * ({"time","level","message"}), for log collectors. Plain JavaScript, loaded by
 * the HTTP server before Next.js.
 */
import { format } from "node:util";

const LEVELS = { log: "info", info: "info", warn: "warn", error: "error", debug: "debug" };

export function switchToJsonLogs() {
  for (const [method, level] of Object.entries(LEVELS)) {
    const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
    console[method] = (...args) => {
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, message: format(...args) })}\n`);
    };
  }
}

/** One access-log line (JSON mode only). */
export function logRequest(fields) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", type: "request", ...fields })}\n`);
}
