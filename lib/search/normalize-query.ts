/**
 * Prepares a user's query for Meilisearch. A leading hyphen in German elliptical
 * compounds ("Ein- und Ausfuhr", "-verarbeitung") would be read as NOT, so
 * hyphens at word edges become spaces.
 */
export const MAX_QUERY_LENGTH = 200;

export function normalizeQuery(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/(^|\s)-+(?=\S)/g, "$1")
    .replace(/(\S)-+(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}
