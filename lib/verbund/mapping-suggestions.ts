/**
 * Which catalogue entries a municipality's task probably is: compares the
 * task's title (and description) with each entry's title and description,
 * and its legal basis with the entry's. Pure and deterministic, so the
 * bulk page "Aufgaben zuordnen" can show the same suggestions every time.
 *
 * Signals:
 * - words: German words reduced to a light stem, umlauts folded to their base
 *   vowel (so "Pässe" meets "Pass"); compounds count fully when one word
 *   contains the other ("Hundesteuerveranlagung" ~ "Hundesteuer") and in part
 *   when they share a front or a head ("Gehaltsabrechnung" ~ "Entgeltabrechnung");
 * - letter trigrams of the titles (catches spelling variants and compounds);
 * - legal basis: the same law counts, the same law and section counts more.
 */

export interface CatalogueCandidate {
  id: string;
  key: string;
  title: string;
  description: string | null;
  legalBasis: string | null;
}

export interface TaskToMap {
  title: string;
  description?: string | null;
  legalBasis?: string | null;
}

export interface Suggestion {
  id: string;
  key: string;
  title: string;
  /** 0–1; higher is more likely. */
  score: number;
}

const STOPWORDS = new Set(
  "und oder der die das des dem den ein eine einer eines einem einen von vom für fuer im in ins zu zum zur bei mit nach auf aus an am als sowie über ueber unter durch gegen ohne bis je sonstige sonstiges allgemeine allgemein bearbeiten bearbeitung erstellen durchführen durchfuehren organisieren prüfen pruefen erfassen".split(
    " ",
  ),
);

const SUFFIXES = ["ungen", "ung", "innen", "heiten", "keiten", "heit", "keit", "en", "er", "es", "e", "n", "s"];

function fold(text: string): string {
  return text.toLowerCase().replace(/ß/g, "ss").replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
}

/** A light German stem: long enough words lose one common ending. */
function stem(word: string): string {
  for (const suffix of SUFFIXES) if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}

export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word))
    .map(stem);
}

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

function sharedSuffix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}

/**
 * How well two stems match, 0–1: equal, or one (≥ 5 letters) inside the other,
 * counts 1; a shared front (≥ 6 letters) or head (≥ 7 letters) of two compounds
 * counts 0.6.
 */
function wordMatch(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.includes(short)) return 1;
  return sharedPrefix(a, b) >= 6 || sharedSuffix(a, b) >= 7 ? 0.6 : 0;
}

const bestMatch = (word: string, others: string[]) => others.reduce((best, other) => Math.max(best, wordMatch(word, other)), 0);

/** Share of the task's words found among the entry's words, and the other way round (harmonic mean). */
function wordOverlap(task: string[], entry: string[]): number {
  if (task.length === 0 || entry.length === 0) return 0;
  const found = task.reduce((sum, word) => sum + bestMatch(word, entry), 0);
  const covered = entry.reduce((sum, word) => sum + bestMatch(word, task), 0);
  const a = found / task.length;
  const b = covered / entry.length;
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)) {
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  }
  return grams;
}

function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface LawReference {
  law: string;
  sections: Set<string>;
}

/**
 * Laws named in a legal basis ("GewO § 14", "§§ 17, 23 BMG", "SGB XII §§ 41 ff.",
 * "BauO NRW § 74"): abbreviations with two capitals or more (SGB with its book),
 * and the section numbers standing next to them.
 */
export function lawsOf(legalBasis: string | null | undefined): LawReference[] {
  if (!legalBasis) return [];
  const references: LawReference[] = [];
  for (const part of legalBasis.split(/[;,](?=\s*(?:[A-ZÄÖÜ]|§))/)) {
    const law = /\b(SGB\s+[IVX]+|[A-ZÄÖÜ][A-Za-zäöüß]*[A-Z][A-Za-z]*)\b/.exec(part)?.[1];
    if (!law || law === "NRW" || law === "DIN") continue;
    const sections = new Set([...part.matchAll(/§+\s*([\d\s,–-]+[a-z]?)/g)].flatMap((match) => match[1].match(/\d+[a-z]?/g) ?? []));
    references.push({ law: law.replace(/\s+/g, " ").toUpperCase(), sections });
  }
  return references;
}

function legalMatch(task: LawReference[], entry: LawReference[]): number {
  let best = 0;
  for (const a of task) {
    for (const b of entry) {
      if (a.law !== b.law) continue;
      const sameSection = [...a.sections].some((section) => b.sections.has(section));
      best = Math.max(best, sameSection ? 1 : 0.5);
    }
  }
  return best;
}

interface PreparedCandidate {
  candidate: CatalogueCandidate;
  titleWords: string[];
  descriptionWords: string[];
  grams: Set<string>;
  laws: LawReference[];
}

/** Prepares the catalogue once for many tasks (the bulk page suggests for a whole page of tasks). */
export function prepareCatalogue(candidates: CatalogueCandidate[]): PreparedCandidate[] {
  return candidates.map((candidate) => ({
    candidate,
    titleWords: wordsOf(candidate.title),
    descriptionWords: wordsOf(candidate.description ?? ""),
    grams: trigrams(candidate.title),
    laws: lawsOf(candidate.legalBasis),
  }));
}

/** Below this score a candidate is not offered as a suggestion. */
export const MIN_SUGGESTION_SCORE = 0.2;

/** The best-matching catalogue entries for one task, best first (at most `limit`). */
export function suggestCatalogueEntries(task: TaskToMap, catalogue: PreparedCandidate[], limit = 3): Suggestion[] {
  const titleWords = wordsOf(task.title);
  const allWords = [...titleWords, ...wordsOf(task.description ?? "")];
  const grams = trigrams(task.title);
  const laws = lawsOf(task.legalBasis);
  const scored = catalogue.map((prepared) => {
    const title = wordOverlap(titleWords, prepared.titleWords);
    const description = wordOverlap(allWords, [...prepared.titleWords, ...prepared.descriptionWords]);
    const letters = trigramSimilarity(grams, prepared.grams);
    const legal = legalMatch(laws, prepared.laws);
    const score = Math.min(1, 0.45 * title + 0.2 * description + 0.35 * letters + 0.4 * legal);
    return { id: prepared.candidate.id, key: prepared.candidate.key, title: prepared.candidate.title, score };
  });
  return scored
    .filter((entry) => entry.score >= MIN_SUGGESTION_SCORE)
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, limit);
}
