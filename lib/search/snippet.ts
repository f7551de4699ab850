/**
 * The text excerpt of a search hit, built in the app from the article's text
 * instead of by the engine: highlighting and cropping the whole body cost the
 * engine about 4 ms per search at 86k articles (docs/search.md). Pure.
 *
 * A word of the text matches a query term when, compared without case and
 * accents (ß = ss), it starts with the term, contains it (a compound part,
 * terms of four letters or more), or is a misspelling of it within the
 * engine's own typo allowance (one edit from 5 letters, two from 9). The
 * excerpt is SNIPPET_WORDS words around the first match, matches marked with
 * the highlight characters that toHighlightSegments splits on.
 */
import { editDistance } from "./edit-distance";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./highlight";

export const SNIPPET_WORDS = 28;
/** Words before the first match, so the excerpt shows a little context. */
const LEAD_WORDS = 8;
/** Very long texts are searched for a match only this far. */
const SCAN_CHARS = 20_000;

const fold = (word: string) => word.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/\p{M}/gu, "");

function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}

function matches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  if (term.length >= 4 && word.includes(term)) return true;
  const allowed = typoAllowance(term.length);
  return allowed > 0 && editDistance(word, term, allowed) <= allowed;
}

export function snippetAround(text: string, query: string, words = SNIPPET_WORDS): string {
  const clean = text.slice(0, SCAN_CHARS).replace(/[\u0002\u0003]/g, "");
  const terms = [...new Set((query.match(/[\p{L}\p{N}]{2,}/gu) ?? []).map(fold))];
  const tokens: { start: number; end: number }[] = [];
  const hits = new Map<number, boolean>();
  const isHit = (index: number) => {
    let hit = hits.get(index);
    if (hit === undefined) {
      const word = fold(clean.slice(tokens[index].start, tokens[index].end));
      hit = terms.some((term) => matches(word, term));
      hits.set(index, hit);
    }
    return hit;
  };
  // Tokenize, and test words only until the first match (long texts are not compared word by word to the end).
  let first = -1;
  for (const match of clean.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({ start: match.index, end: match.index + match[0].length });
    if (first < 0 && isHit(tokens.length - 1)) first = tokens.length - 1;
    if (first >= 0 && tokens.length >= first + words) break;
  }
  if (tokens.length === 0) return "";
  const from = Math.max(0, first - LEAD_WORDS);
  const to = Math.min(tokens.length, from + words);
  let result = from > 0 ? "…" : "";
  let cursor = tokens[from].start;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    result += clean.slice(cursor, token.start);
    const word = clean.slice(token.start, token.end);
    result += isHit(index) ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word;
    cursor = token.end;
  }
  // Keep the punctuation right after the last word ("…Schilder.").
  result += /^[^\p{L}\p{N}\s]*/u.exec(clean.slice(cursor))?.[0] ?? "";
  const more = /[\p{L}\p{N}]/u.test(clean.slice(cursor)) || text.length > SCAN_CHARS;
  return more ? `${result} …` : result;
}
