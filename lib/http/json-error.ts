import "server-only";
import { NextResponse } from "next/server";
import { DomainError, userMessageOf } from "../errors";
import { asDatabaseError, DATABASE_RETRY_AFTER_SECONDS, DatabaseUnavailableError } from "../db/unavailable";

const STATUS_BY_CODE: Partial<Record<DomainError["code"], number>> = { INVALID: 400, NOT_FOUND: 404, FORBIDDEN: 403, RATE_LIMITED: 429 };

/**
 * The JSON answer of a route handler for a refused or failed request, always
 * with a German `error` text: a database outage is 503 with Retry-After,
 * domain refusals their status, anything else 500.
 */
export function jsonError(error: unknown): NextResponse {
  const headers = { "Cache-Control": "private, no-store" };
  const mapped = asDatabaseError(error);
  if (mapped instanceof DatabaseUnavailableError) {
    return NextResponse.json(
      { error: mapped.message },
      { status: 503, headers: { ...headers, "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
    );
  }
  if (!(error instanceof DomainError)) console.error("Unerwarteter Fehler in einer Schnittstelle:", error);
  const status = error instanceof DomainError ? (STATUS_BY_CODE[error.code] ?? 500) : 500;
  return NextResponse.json({ error: userMessageOf(error) }, { status, headers });
}
