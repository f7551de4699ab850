/**
 * A readable diff between two versions of an article: lines (blocks) are
 * compared first; a removed line followed by an added one counts as a changed
 * line and is compared word by word, so only the changed words are highlighted.
 */
import { diffArrays, diffWordsWithSpace } from "diff";
import type { DocumentLine } from "./document-lines";

export interface DiffPart {
  text: string;
  change: "same" | "added" | "removed";
}
export interface DiffLine {
  change: "same" | "added" | "removed" | "changed";
  kind: DocumentLine["kind"];
  parts: DiffPart[];
}

const whole = (line: DocumentLine, change: "same" | "added" | "removed"): DiffLine => ({
  change,
  kind: line.kind,
  parts: [{ text: line.text, change }],
});

function changedLine(before: DocumentLine, after: DocumentLine): DiffLine {
  const parts = diffWordsWithSpace(before.text, after.text).map((piece): DiffPart => ({
    text: piece.value,
    change: piece.added ? "added" : piece.removed ? "removed" : "same",
  }));
  return { change: "changed", kind: after.kind, parts };
}

export function diffDocumentLines(before: DocumentLine[], after: DocumentLine[]): DiffLine[] {
  const key = (line: DocumentLine) => `${line.kind}\u0000${line.text}`;
  const chunks = diffArrays(before.map(key), after.map(key));
  const result: DiffLine[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    const count = chunk.count ?? chunk.value.length;
    if (!chunk.added && !chunk.removed) {
      for (let k = 0; k < count; k++) result.push(whole(after[newIndex + k], "same"));
      oldIndex += count;
      newIndex += count;
    } else if (chunk.removed) {
      const next = chunks[i + 1];
      const addedCount = next?.added ? (next.count ?? next.value.length) : 0;
      const paired = Math.min(count, addedCount);
      for (let k = 0; k < paired; k++) result.push(changedLine(before[oldIndex + k], after[newIndex + k]));
      for (let k = paired; k < count; k++) result.push(whole(before[oldIndex + k], "removed"));
      for (let k = paired; k < addedCount; k++) result.push(whole(after[newIndex + k], "added"));
      oldIndex += count;
      newIndex += addedCount;
      if (addedCount > 0) i++;
    } else {
      for (let k = 0; k < count; k++) result.push(whole(after[newIndex + k], "added"));
      newIndex += count;
    }
  }
  return result;
}
