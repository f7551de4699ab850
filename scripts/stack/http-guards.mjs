/**
 * What the app's HTTP server (app-server.mjs) does to every request before and
 * around Next.js:
 * - a Content-Security-Policy with a fresh nonce (Next.js reads the nonce from
 *   the request's CSP header and puts it on its own scripts), and HSTS when the
 *   installation's public address is HTTPS;
 * - requests with a body larger than the limit are refused with a German page
 *   (413) before Next would answer 500;
 * - a 5xx answer of a request that found the database away (marked by
 *   lib/db/unavailable.ts in the request's context), or while it is known to
 *   be away, becomes 503 with Retry-After.
 * Plain JavaScript: the server starts with node, not tsx.
 */
import { randomBytes } from "node:crypto";

/** Same figure as ACTION_BODY_LIMIT_MB in lib/http/action-body-limit.ts (a unit test keeps them equal). */
export const REQUEST_BODY_LIMIT_MB = 12;
const REQUEST_BODY_LIMIT_BYTES = REQUEST_BODY_LIMIT_MB * 1024 * 1024;
/** Same figure as DATABASE_RETRY_AFTER_SECONDS in lib/db/unavailable.ts. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;
/** How long after the last failed query a 5xx is put down to the database. */
const DATABASE_DOWN_WINDOW_MS = 30_000;

/** The policy for one response. `dev` allows eval for Next's development runtime. */
export function contentSecurityPolicy(nonce, { dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are used by the editor and charts; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A small German page without script or outside resources. */
export function plainPage(title, message) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – DigiCheck Wissen</title></head><body><main><h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">Zur Startseite</a></p></main></body></html>`;
}

const TOO_LARGE = `Die gesendeten Daten sind zu groß (mehr als ${REQUEST_BODY_LIMIT_MB} MB). Dateien dürfen höchstens 10 MB groß sein. Bitte gehen Sie mit der Zurück-Taste Ihres Browsers zurück und wählen Sie eine kleinere Datei – gespeichert wurde nichts.`;

const wantsJson = (request) => (request.url ?? "").startsWith("/api/") || (request.headers.accept ?? "").includes("application/json");

/** Discarded at most before the connection is cut (a client sending far more gets no answer). */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Refuses a request whose declared body is over the limit; true when answered.
 * The body is read and thrown away first: a client still sending when the
 * server answers and closes sees a reset instead of the German answer.
 */
export function refuseOversizedBody(request, response) {
  const length = Number(request.headers["content-length"] ?? 0);
  if (!(length > REQUEST_BODY_LIMIT_BYTES)) return false;
  const json = wantsJson(request);
  let received = 0;
  request.on("data", (chunk) => {
    received += chunk.length;
    if (received > DISCARD_LIMIT_BYTES) request.destroy();
  });
  request.once("end", () => {
    response.writeHead(413, {
      "content-type": json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
      connection: "close",
    });
    response.end(json ? JSON.stringify({ error: TOO_LARGE }) : plainPage("Anfrage zu groß", TOO_LARGE));
  });
  return true;
}

function databaseRecentlyDown() {
  const since = globalThis.digicheckDatabaseDownAt;
  return typeof since === "number" && Date.now() - since < DATABASE_DOWN_WINDOW_MS;
}

/**
 * Security headers on the request (for Next's nonce) and the response, and the
 * 5xx → 503 rewrite: Node's implicit and explicit header writes both pass
 * through writeHead, so the status is changed there, before anything is sent.
 */
export function guardResponse(request, response, { dev = false, https = false, context = null } = {}) {
  const nonce = randomBytes(16).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev });
  request.headers["content-security-policy"] = policy;
  if (https) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  const writeHead = response.writeHead;
  response.writeHead = function guardedWriteHead(status, ...rest) {
    // Set at the last moment, and only where the app set none: Next.js does not replace a header that is
    // already present, and a route's own stricter policy (attachments: sandbox) must stay.
    const passed = rest.find((entry) => entry && typeof entry === "object" && !Array.isArray(entry));
    const passedPolicy = passed && Object.keys(passed).some((name) => name.toLowerCase() === "content-security-policy");
    if (!response.hasHeader("content-security-policy") && !passedPolicy) response.setHeader("Content-Security-Policy", policy);
    if (status >= 500 && status !== 503 && (context?.databaseUnavailable || databaseRecentlyDown())) {
      response.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      // Drop a status text ("Internal Server Error"); keep headers passed along.
      const headers = rest.find((entry) => entry && typeof entry === "object");
      if (headers && !Array.isArray(headers)) headers["retry-after"] = String(DATABASE_RETRY_AFTER_SECONDS);
      return headers ? writeHead.call(this, 503, headers) : writeHead.call(this, 503);
    }
    return writeHead.call(this, status, ...rest);
  };
}
