/**
 * Characters a reader cannot see but that change what a text shows or means:
 * control characters (C0/C1), zero-width characters, bidirectional overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069: "rechnung\u202Etxt.pdf" would
 * display as "rechnungfdp.txt"), soft hyphens and the byte order mark – all of
 * Unicode's categories Cc and Cf.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** The text without invisible characters (line breaks and tabs too: for one-line fields such as titles and file names). */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, "");
}
