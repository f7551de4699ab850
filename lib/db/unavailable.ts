/**
 * "The database is briefly away" (restart, network, overload) as one error the
 * app can answer in German: pages show a 503 page with Retry-After, actions a
 * message in the form (the typed text stays), the JSON routes a 503 body.
 *
 * Recognised from what @prisma/adapter-pg and pg report when the server cannot
 * be reached, closes the connection, is shutting down or starting up, or the
 * pool's connect timeout runs out. No `server-only` import: the custom HTTP
 * server (scripts/stack/app-server.mjs) reads the process-wide flag.
 */

import { DATABASE_UNAVAILABLE_DIGEST } from "../error-digests";

export { DATABASE_UNAVAILABLE_DIGEST };

/** Seconds a client should wait before trying again (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "Die Datenbank ist gerade für einen Moment nicht erreichbar. Es ist nichts verloren – bitte versuchen Sie es in einigen Sekunden erneut.";

export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super(DATABASE_UNAVAILABLE_MESSAGE, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/** Driver adapter error kinds that mean "no connection" rather than "bad query". */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Node socket codes, PostgreSQL SQLSTATEs (admin shutdown, crash, starting up, connection classes 08…), Prisma codes. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const UNREACHABLE_MESSAGE =
  /Can't reach database server|Connection terminated|connection timeout|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Client has encountered a connection error/i;

function causesOf(error: unknown): unknown[] {
  const seen: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && seen.length < 8 && !seen.includes(current)) {
    seen.push(current);
    const record = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    current = record.meta?.driverAdapterError ?? record.cause;
  }
  return seen;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some((entry) => {
    if (entry instanceof DatabaseUnavailableError) return true;
    const record = entry as { kind?: unknown; code?: unknown; originalCode?: unknown; message?: unknown };
    if (typeof record.kind === "string" && UNREACHABLE_KINDS.has(record.kind)) return true;
    for (const code of [record.code, record.originalCode]) if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
    return typeof record.message === "string" && UNREACHABLE_MESSAGE.test(record.message);
  });
}

const state = globalThis as unknown as {
  digicheckDatabaseDownAt?: number;
  /** The HTTP server's per-request context (scripts/stack/app-server.mjs); absent in scripts and tests. */
  digicheckRequestContext?: { getStore(): { databaseUnavailable: boolean } | undefined };
};

/**
 * Remembers that the database failed just now, for the process and for the
 * request in whose context it happened (read by the HTTP server to answer 503
 * instead of 500 – the request's own mark holds even when another request
 * already found the database back).
 */
export function noteDatabaseUnavailable(): void {
  state.digicheckDatabaseDownAt = Date.now();
  const request = state.digicheckRequestContext?.getStore();
  if (request) request.databaseUnavailable = true;
}

/** A query succeeded: the database is back. */
export function noteDatabaseReachable(): void {
  if (state.digicheckDatabaseDownAt !== undefined) state.digicheckDatabaseDownAt = undefined;
}

/** Turns a connection failure into DatabaseUnavailableError (and notes it); other errors pass unchanged. */
export function asDatabaseError(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  noteDatabaseUnavailable();
  return error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
}
