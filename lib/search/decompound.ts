/**
 * German compound splitting for the index: "Kulturgüterverkehr" → kulturgüter,
 * kultur, güter, verkehr. The parts go into fields of their own, so one plain
 * query (with the engine's normal typo tolerance on whole words) also finds a
 * compound by its parts. Pure: the dictionary is passed in (see word-list.ts).
 *
 * A split covers the whole word with dictionary words, each at least
 * MIN_PART letters (three-letter words only from SHORT_PARTS, which keeps
 * "Bürgeramt" but not nonsense like "Bea|mte"), non-final parts may be a verb
 * stem ("Prüf|verfahren") or carry a linking element (Fugen-s, -n, -en, -es, -er, -e). Among the splits the one
 * with the fewest parts wins, then the one with the longest last part (German
 * compounds have their head last); every part is split again, so the list holds
 * the intermediate compounds and the atoms.
 */

export const MIN_PART = 4;
/** Three-letter words common as compound parts in administrative German. */
export const SHORT_PARTS: ReadonlySet<string> = new Set([
  "akt",
  "amt",
  "art",
  "bad",
  "bau",
  "bus",
  "ehe",
  "eid",
  "eis",
  "erb",
  "gas",
  "gut",
  "hof",
  "kai",
  "kur",
  "los",
  "maß",
  "mut",
  "not",
  "ort",
  "rad",
  "rat",
  "ruf",
  "see",
  "tag",
  "tal",
  "tat",
  "ton",
  "tor",
  "weg",
  "zoo",
  "zug",
]);
const LINKS = ["s", "es", "n", "en", "er", "e", "ens"] as const;
/** Words shorter than this are never split (no compound of two four-letter parts is shorter). */
const MIN_COMPOUND = 7;

export type Dictionary = ReadonlySet<string>;

interface Split {
  parts: string[];
  /** Non-final parts ending in -ung, -heit, -keit, -schaft, -ion, -tät followed by the Fugen-s German requires there. */
  requiredLinks: number;
}

/** Suffixes after which a compound always has a Fugen-s ("Prüfungsamt", not "Prüfung|samt"). */
const NEEDS_LINK_S = /(ung|heit|keit|schaft|ion|tät)$/;

function isPart(dictionary: Dictionary, text: string, minPart: number): boolean {
  return text.length >= minPart ? dictionary.has(text) : text.length === 3 && SHORT_PARTS.has(text);
}

/** The stem of a non-final segment: the segment itself or without its linking element. */
function stemOf(dictionary: Dictionary, segment: string, minPart: number): { stem: string; requiredLink: boolean } | null {
  if (segment.length >= minPart && dictionary.has(segment)) return { stem: segment, requiredLink: false };
  // A verb stem as first part: "Prüf|verfahren", "Wohn|geld" (the dictionary has "prüfen", "wohnen").
  if (segment.length >= minPart && dictionary.has(`${segment}en`)) return { stem: segment, requiredLink: false };
  for (const link of LINKS) {
    if (segment.length > link.length && segment.endsWith(link)) {
      const stem = segment.slice(0, -link.length);
      if (stem.length >= minPart && dictionary.has(stem)) return { stem, requiredLink: link === "s" && NEEDS_LINK_S.test(stem) };
    }
  }
  return null;
}

function better(a: Split | null, b: Split): boolean {
  if (!a) return true;
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length;
  if (b.requiredLinks !== a.requiredLinks) return b.requiredLinks > a.requiredLinks;
  return b.parts[b.parts.length - 1].length > a.parts[a.parts.length - 1].length;
}

/**
 * The best split of `word` into at least two parts, or null (word is lower case).
 * A word that is itself in the dictionary is split only into longer parts
 * (five letters, or a short part at the end): "Straßen|reinigung", "Bundes|tag",
 * but not "Rege|lungen" or "Maß|nahmen".
 */
export function bestSplit(dictionary: Dictionary, word: string): string[] | null {
  if (word.length < MIN_COMPOUND) return null;
  const minPart = dictionary.has(word) ? MIN_PART + 1 : MIN_PART;
  // best[i]: best split of word.slice(i) whose first segment starts at i (the last part is a plain word).
  const best: (Split | null)[] = new Array(word.length + 1).fill(null);
  for (let start = word.length - 3; start >= 0; start--) {
    const tail = word.slice(start);
    let chosen: Split | null = start > 0 && isPart(dictionary, tail, minPart) ? { parts: [tail], requiredLinks: 0 } : null;
    for (let end = start + 3; end <= word.length - 3; end++) {
      const rest = best[end];
      if (!rest) continue;
      const found = stemOf(dictionary, word.slice(start, end), minPart);
      if (!found) continue;
      const candidate = { parts: [found.stem, ...rest.parts], requiredLinks: rest.requiredLinks + (found.requiredLink ? 1 : 0) };
      if (better(chosen, candidate)) chosen = candidate;
    }
    best[start] = chosen;
  }
  const whole = best[0];
  return whole && whole.parts.length >= 2 ? whole.parts : null;
}

/** Shortest noun accepted as the head of a compound whose front part is not in the dictionary. */
const MIN_HEAD_ONLY = 6;

/**
 * The longest noun at the end of `word` (at least MIN_HEAD_ONLY letters, with
 * at least four letters before it), for compounds whose front part the
 * dictionary lacks ("Immissions|grenzwerte"): the head is what people search.
 */
export function knownHead(nouns: Dictionary, word: string): string | null {
  for (let start = 4; start <= word.length - MIN_HEAD_ONLY; start++) {
    if (nouns.has(word.slice(start))) return word.slice(start);
  }
  return null;
}

/**
 * All parts of a word: the parts of its best split and, recursively, theirs;
 * failing a split, the known noun at its end (when `nouns` is given). Empty
 * when neither is found.
 */
export function compoundParts(dictionary: Dictionary, word: string, cache?: Map<string, string[]>, nouns?: Dictionary): string[] {
  const lower = word.toLowerCase();
  const known = cache?.get(lower);
  if (known) return known;
  const split = bestSplit(dictionary, lower);
  const head = !split && nouns && lower.length >= MIN_COMPOUND + 3 ? knownHead(nouns, lower) : null;
  const pieces = split ?? (head ? [head] : []);
  const parts = [...new Set(pieces.flatMap((part) => [part, ...compoundParts(dictionary, part, cache, nouns)]))];
  cache?.set(lower, parts);
  return parts;
}
