/**
 * Prepares a user's query for Meilisearch. A leading hyphen in German elliptical
 * compounds ("Ein- und Ausfuhr", "-verarbeitung") would be read as NOT, so
 * hyphens at word edges become spaces.
 */
export const MAX_QUERY_LENGTH = 200;
/** Longer input is not searched at all (a pasted document is no query); the search says so. */
export const MAX_QUERY_INPUT_LENGTH = 5_000;

/** Shown with the results when only the first MAX_QUERY_LENGTH characters were searched. */
export const QUERY_SHORTENED_NOTICE = `Ihr Suchbegriff war sehr lang. Gesucht wurde mit den ersten ${MAX_QUERY_LENGTH} Zeichen.`;

function clean(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/(^|\s)-+(?=\S)/g, "$1")
    .replace(/(\S)-+(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

export function normalizeQuery(raw: string): string {
  return clean(raw).slice(0, MAX_QUERY_LENGTH);
}

/** The query to search and whether it had to be cut to MAX_QUERY_LENGTH. */
export function normalizeQueryWithNotice(raw: string): { query: string; shortened: boolean } {
  const cleaned = clean(raw.slice(0, MAX_QUERY_INPUT_LENGTH));
  return { query: cleaned.slice(0, MAX_QUERY_LENGTH).trim(), shortened: cleaned.length > MAX_QUERY_LENGTH };
}
