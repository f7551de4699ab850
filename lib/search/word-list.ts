import "server-only";
/**
 * The dictionary for compound splitting: the system's German word list
 * (DIGICHECK_WORDLIST, by default Debian's wngerman at /usr/share/dict/ngerman,
 * ~356,000 word forms) plus the product's own administrative vocabulary.
 * Without the system list, splitting works with the built-in words only
 * (docs/search.md says what that costs). Loaded once per process.
 */
import { readFileSync } from "node:fs";
import { getEnv } from "../env";
import { ADMINISTRATIVE_WORDS } from "./administrative-words";
import type { Dictionary } from "./decompound";

export interface SearchLexicon {
  dictionary: Dictionary;
  /** Nouns (capitalised in the word list, and the built-in words), lower case: heads of compounds. */
  nouns: Dictionary;
  systemWords: number;
}

let loaded: SearchLexicon | undefined;

/** Lower-case words of letters only, at least three long. */
export function dictionaryFrom(lines: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    const word = line.trim().toLowerCase();
    if (word.length >= 3 && /^\p{L}+$/u.test(word)) words.add(word);
  }
  return words;
}

export function searchDictionary(): SearchLexicon {
  if (loaded) return loaded;
  let system: string[] = [];
  try {
    system = readFileSync(getEnv().DIGICHECK_WORDLIST, "utf8").split("\n");
  } catch {
    console.warn(
      `Wortliste ${getEnv().DIGICHECK_WORDLIST} nicht gefunden – Komposita werden nur mit dem eingebauten Wortschatz zerlegt ` +
        "(apt-get install wngerman für die volle Qualität, dann Suchindex neu aufbauen).",
    );
  }
  const dictionary = dictionaryFrom([...system, ...ADMINISTRATIVE_WORDS]);
  const nouns = dictionaryFrom([...system.filter((word) => /^\p{Lu}/u.test(word)), ...ADMINISTRATIVE_WORDS]);
  loaded = { dictionary, nouns, systemWords: system.length };
  return loaded;
}
