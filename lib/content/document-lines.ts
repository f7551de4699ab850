/**
 * A stored TipTap document as readable lines, one per block, for the revision
 * diff: headings, paragraphs, list and task items (with a marker), table rows
 * (cells separated by " | "). Works on the stored JSON, no editor needed.
 */
import type { TiptapNodeJson } from "./document-schema";
import { BLOCK_TYPES, blockText, type BlockType } from "./structured-blocks";

export type LineKind = "heading" | "text" | "item" | "row" | "block";
export interface DocumentLine {
  kind: LineKind;
  text: string;
}

function inlineText(node: TiptapNodeJson): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(inlineText).join("");
}

function collect(node: TiptapNodeJson, lines: DocumentLine[], prefix: string): void {
  if ((BLOCK_TYPES as readonly string[]).includes(node.type)) {
    // Structured blocks compare by their readable text, e.g. "Frist: Meldung – jährlich zum 15.02."
    lines.push({ kind: "block", text: blockText(node.type as BlockType, node.attrs ?? {}) });
    return;
  }
  switch (node.type) {
    case "heading":
      lines.push({ kind: "heading", text: inlineText(node) });
      return;
    case "paragraph":
    case "codeBlock": {
      const text = inlineText(node);
      if (text.trim() !== "") lines.push({ kind: prefix ? "item" : "text", text: prefix + text });
      return;
    }
    case "listItem":
    case "taskItem": {
      const marker = node.type === "taskItem" ? (node.attrs?.checked ? "☑ " : "☐ ") : "• ";
      (node.content ?? []).forEach((child, index) =>
        collect(child, lines, index === 0 ? prefix.replace(/[•☐☑] $/, "  ") + marker : `${prefix}  `),
      );
      return;
    }
    case "image": {
      // Images count as content: an added, removed or exchanged image is a change.
      const src = typeof node.attrs?.src === "string" ? node.attrs.src : "";
      const alt = typeof node.attrs?.alt === "string" && node.attrs.alt.trim() ? `„${node.attrs.alt.trim()}“` : "ohne Alternativtext";
      const attachment = /\/anhang\/([0-9a-f]{8})/.exec(src)?.[1];
      lines.push({ kind: "block", text: `Bild ${alt}${attachment ? ` (Anhang ${attachment})` : ""}` });
      return;
    }
    case "tableRow":
      lines.push({ kind: "row", text: (node.content ?? []).map((cell) => inlineText(cell).trim()).join(" | ") });
      return;
    default:
      for (const child of node.content ?? []) collect(child, lines, prefix);
  }
}

export function documentLines(doc: TiptapNodeJson): DocumentLine[] {
  const lines: DocumentLine[] = [];
  collect(doc, lines, "");
  return lines;
}
