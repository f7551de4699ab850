/**
 * Typed domain errors. Domain functions throw these with a German message;
 * pages and actions map them (not found → 404 page, others → message in the form).
 */
export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID" | "RATE_LIMITED";

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    /** Field name → German messages, for forms. */
    public readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "Der Eintrag") =>
  new DomainError("NOT_FOUND", `${what} wurde nicht gefunden oder Sie haben keinen Zugriff darauf.`);
export const forbidden = (message = "Dafür fehlt Ihnen die Berechtigung.", fieldErrors: Record<string, string[]> = {}) =>
  new DomainError("FORBIDDEN", message, fieldErrors);
export const conflict = (message: string) => new DomainError("CONFLICT", message);
export const invalid = (message: string, fieldErrors: Record<string, string[]> = {}) => new DomainError("INVALID", message, fieldErrors);

/** A message that may be shown to the user; unexpected errors stay generic. */
export function userMessageOf(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  return "Ein unerwarteter Fehler ist aufgetreten. Ihre Eingaben sind nicht verloren – bitte versuchen Sie es erneut.";
}
