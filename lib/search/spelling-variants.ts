/**
 * German spelling variants. Users type "Strasse" for "Straße" and "Aenderung" for
 * "Änderung" (keyboards, old habits, Swiss spelling). The engine folds ß/ss and
 * ä/a itself but not the transcription ae/oe/ue, so the index stores each word
 * also in the other spelling (index-parts.ts). Replacements apply only where
 * they are plausible: "ue" after a vowel or q stays ("Steuer", "Quelle").
 */
const TO_UMLAUT: [RegExp, string][] = [
  [/(^|[^aeiouäöüq])ae/gi, "ä"],
  [/(^|[^aeiouäöüq])oe/gi, "ö"],
  [/(^|[^aeiouäöüq])ue/gi, "ü"],
];

function keepCase(replacement: string, original: string): string {
  return original[0] === original[0].toUpperCase() ? replacement.toUpperCase() : replacement;
}

/** "ä" → "ae", "ß" → "ss" (for comparisons and the other-direction variant). */
export function foldGermanSpelling(text: string): string {
  return text
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ä/g, "Ae")
    .replace(/Ö/g, "Oe")
    .replace(/Ü/g, "Ue")
    .replace(/ß/g, "ss")
    .replace(/ẞ/g, "SS");
}

/** "ae" → "ä", "ss" → "ß" within one word, where plausible. */
function toUmlautSpelling(word: string): string {
  let result = word;
  for (const [pattern, umlaut] of TO_UMLAUT) {
    result = result.replace(pattern, (match: string, before: string) => before + keepCase(umlaut, match.slice(before.length)));
  }
  // "ss" at a word end or before a consonant is usually "ß" in the old spelling ("Strasse" → "Straße").
  return result.replace(/ss(?=e|$|[^aeiouäöü])/g, "ß");
}

/**
 * The query with every word in umlaut spelling ("Strasse schaeden" → "Straße
 * schäden"), or null when that changes nothing. Words typed with ß or umlauts stay
 * as they are; the unsegmented fields find "ss"/"ae" spellings in documents.
 */
export function spellingVariant(query: string): string | null {
  const variant = query.split(" ").map(toUmlautSpelling).join(" ");
  return variant === query ? null : variant;
}
