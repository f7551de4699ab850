import "server-only";
/**
 * The "…Parts" fields of the search index: for every word of a text, the parts
 * of its compound split and the other German spelling of the word and of its
 * parts ("Straßenreinigungsgebühren" → straßenreinigung straßen reinigung
 * gebühren strassenreinigungsgebuehren gebuehren …). One plain query then finds
 * a compound by a part and a word in either spelling, with the engine's normal
 * typo tolerance – no segmentation, no extra sub-queries (docs/search.md).
 */
import { compoundParts } from "./decompound";
import { searchDictionary } from "./word-list";
import { foldGermanSpelling, spellingVariant } from "./spelling-variants";

/** Split results per word, shared by all documents of the process; reset when it grows too large. */
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 400_000;

function variantsOf(word: string): string[] {
  const folded = foldGermanSpelling(word);
  const umlaut = spellingVariant(word);
  return [folded, umlaut ?? word].filter((variant) => variant !== word);
}

/** Space-separated parts and spelling variants of the words of `text` (each once, lower case, never the word itself). */
export function indexParts(text: string): string {
  if (cache.size > CACHE_LIMIT) cache.clear();
  const { dictionary, nouns } = searchDictionary();
  const words = new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => word.length >= 3));
  const parts = new Set<string>();
  for (const word of words) {
    for (const variant of variantsOf(word)) parts.add(variant);
    if (word.length < 7) continue;
    for (const part of compoundParts(dictionary, word, cache, nouns)) {
      parts.add(part);
      for (const variant of variantsOf(part)) parts.add(variant);
    }
  }
  for (const word of words) parts.delete(word);
  // The engine's tokenizer keeps a word glued to "<" or ">" ("<script>alert"): index it once more on its own.
  for (const match of text.toLowerCase().matchAll(/(?<=[<>])\p{L}{2,}|\p{L}{2,}(?=[<>])/gu)) parts.add(match[0]);
  return [...parts].join(" ");
}
