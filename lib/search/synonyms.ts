/**
 * Query expansion with synonym groups (built-in abbreviations plus the
 * organization's own). Done at query time rather than with Meilisearch's index-wide
 * synonym setting, because one index serves all organizations and each has its own list.
 */
import { foldGermanSpelling } from "./spelling-variants";

export const MAX_SYNONYM_VARIANTS = 4;

/** Compares words case-, spelling- and trailing-dot-insensitively ("Az." = "az", "Kita" = "KITA"). */
function wordKey(word: string): string {
  return foldGermanSpelling(word.toLocaleLowerCase("de-DE")).replace(/[.,;:!?]+$/g, "");
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function findSequence(haystack: string[], needle: string[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return start;
  }
  return -1;
}

/**
 * Variants of the query in which one term of a synonym group is replaced by
 * another term of that group, at most MAX_SYNONYM_VARIANTS, without duplicates.
 */
export function synonymVariants(query: string, groups: readonly (readonly string[])[]): string[] {
  const queryWords = words(query);
  const queryKeys = queryWords.map(wordKey);
  const variants = new Set<string>();
  for (const group of groups) {
    for (const term of group) {
      const termKeys = words(term).map(wordKey);
      if (termKeys.length === 0) continue;
      const at = findSequence(queryKeys, termKeys);
      if (at < 0) continue;
      for (const other of group) {
        if (other === term) continue;
        const replaced = [...queryWords.slice(0, at), other, ...queryWords.slice(at + termKeys.length)].join(" ");
        if (replaced !== query) variants.add(replaced);
        if (variants.size >= MAX_SYNONYM_VARIANTS) return [...variants];
      }
    }
  }
  return [...variants];
}

/** Parses the admin form's text (one group per line, terms separated by commas). */
export function parseSynonymLines(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(",")
        .map((term) => term.replace(/\s+/g, " ").trim())
        .filter(Boolean),
    )
    .filter((terms) => terms.length > 0);
}
