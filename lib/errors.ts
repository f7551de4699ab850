/**
 * Typed domain errors. Domain functions throw these; routes and actions map them
 * to HTTP status codes and German messages here, in one place.
 */
export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "INVALID"
  | "UNAUTHENTICATED"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

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
export const forbidden = (message = "Dafür fehlt Ihnen die Berechtigung.") =>
  new DomainError("FORBIDDEN", message);
export const conflict = (message: string) => new DomainError("CONFLICT", message);
export const invalid = (message: string, fieldErrors: Record<string, string[]> = {}) =>
  new DomainError("INVALID", message, fieldErrors);
export const unauthenticated = () =>
  new DomainError("UNAUTHENTICATED", "Bitte melden Sie sich an.");
export const unavailable = (message: string) => new DomainError("UNAVAILABLE", message);

const httpStatusByCode: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID: 400,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function httpStatusOf(error: unknown): number {
  return error instanceof DomainError ? httpStatusByCode[error.code] : 500;
}

/** A message that may be shown to the user; unexpected errors stay generic. */
export function userMessageOf(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  return "Ein unerwarteter Fehler ist aufgetreten. Ihre Eingaben sind nicht verloren – bitte versuchen Sie es erneut.";
}
