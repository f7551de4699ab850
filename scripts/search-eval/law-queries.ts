/**
 * Known-item queries over the law corpus (DIGICHECK_LAW_CORPUS): for sections of one
 * organization whose heading is unique there, the heading itself, the heading with
 * two neighbouring letters swapped in its longest word, and the citation ("GewO § 14").
 */
import type { RelevanceQuery } from "./fixture-queries";

export interface LawSection {
  id: string;
  law: string;
  section: string;
  heading: string;
}

/** Swaps two neighbouring letters in the middle of the longest word (≥ 8 letters), or null. */
export function withSwappedLetters(text: string): string | null {
  const words = text.split(" ");
  let longest = -1;
  words.forEach((word, index) => {
    if (/^\p{L}{8,}$/u.test(word) && (longest < 0 || word.length > words[longest].length)) longest = index;
  });
  if (longest < 0) return null;
  const word = words[longest];
  const at = Math.floor(word.length / 2);
  if (word[at] === word[at - 1]) return null;
  words[longest] = word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  return words.join(" ");
}

export function lawQueries(sections: LawSection[], perGroup: number): { queries: RelevanceQuery[]; idOf: Map<string, string> } {
  const headingCount = new Map<string, number>();
  for (const section of sections)
    headingCount.set(section.heading.toLowerCase(), (headingCount.get(section.heading.toLowerCase()) ?? 0) + 1);
  const candidates = sections.filter((section) => section.heading.length >= 15 && headingCount.get(section.heading.toLowerCase()) === 1);
  const step = Math.max(1, Math.floor(candidates.length / perGroup));
  const chosen = candidates.filter((_, index) => index % step === 0).slice(0, perGroup);
  const queries: RelevanceQuery[] = [];
  const idOf = new Map<string, string>();
  for (const section of chosen) {
    idOf.set(section.id, section.id);
    queries.push({ group: "Überschrift", query: section.heading, expected: [section.id] });
    const typo = withSwappedLetters(section.heading);
    if (typo) queries.push({ group: "Überschrift mit Tippfehler", query: typo, expected: [section.id] });
    queries.push({ group: "Zitat", query: `${section.law} ${section.section}`, expected: [section.id] });
  }
  return { queries, idOf };
}

const wordsOf = (text: string) => text.match(/\p{L}+/gu) ?? [];

/**
 * Two more groups, generated from word statistics of the sections themselves
 * (no dictionary, so the generator does not share the product's decompounder):
 * - "seltene Wörter": three words of the body (≥ 6 letters) that occur in at
 *   most three sections, in the order of the text;
 * - "Wortteil": the tail of a long heading word that is itself a noun of the
 *   corpus (it stands alone, capitalised, in at least three sections:
 *   "verkehr" from "Kulturgüterverkehr"), lower case, followed by the rarest
 *   other word of the heading – a known-item query, not "regelungen" alone.
 *   The pair must be unambiguous among the headings: no other section's
 *   heading contains both strings (else "recht Behörde" would count a
 *   section titled "Recht der Behörde" on rank 1 as a miss).
 */
export function lawBodyAndPartQueries(sections: (LawSection & { text: string })[], perGroup: number): RelevanceQuery[] {
  const documentFrequency = new Map<string, number>();
  const nounFrequency = new Map<string, number>();
  for (const section of sections) {
    const words = wordsOf(`${section.heading} ${section.text}`);
    for (const word of new Set(words.map((word) => word.toLowerCase())))
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    for (const word of new Set(words.filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word)).map((word) => word.toLowerCase())))
      nounFrequency.set(word, (nounFrequency.get(word) ?? 0) + 1);
  }
  const df = (word: string) => documentFrequency.get(word.toLowerCase()) ?? 0;
  const headings = sections.map((section) => section.heading.toLowerCase());
  const headingsContaining = (a: string, b: string) => {
    let count = 0;
    for (const heading of headings) if (heading.includes(a) && heading.includes(b)) count++;
    return count;
  };
  const step = Math.max(1, Math.floor(sections.length / (perGroup * 3)));
  const rare: RelevanceQuery[] = [];
  const parts: RelevanceQuery[] = [];
  for (let index = 0; index < sections.length && (rare.length < perGroup || parts.length < perGroup); index += step) {
    const section = sections[index];
    if (rare.length < perGroup) {
      const chosen = [...new Set(wordsOf(section.text).filter((word) => word.length >= 6 && df(word) <= 3))].slice(0, 3);
      if (chosen.length === 3) rare.push({ group: "seltene Wörter", query: chosen.join(" "), expected: [section.id] });
    }
    if (parts.length < perGroup) {
      const headingWords = wordsOf(section.heading);
      for (const word of headingWords) {
        if (word.length < 12) continue;
        const lower = word.toLowerCase();
        let tail: string | null = null;
        for (let start = 4; start <= lower.length - 5 && !tail; start++) {
          if ((nounFrequency.get(lower.slice(start)) ?? 0) >= 3) tail = lower.slice(start);
        }
        const others = headingWords.filter((candidate) => candidate !== word && candidate.length >= 5);
        const other = others.sort((a, b) => df(a) - df(b))[0];
        if (tail && other && headingsContaining(tail, other.toLowerCase()) === 1) {
          parts.push({ group: "Wortteil", query: `${tail} ${other}`, expected: [section.id] });
          break;
        }
      }
    }
  }
  return [...rare, ...parts];
}
