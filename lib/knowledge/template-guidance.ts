/**
 * Guidance in templates. In a template, a paragraph written entirely in
 * italics right after a heading is the section's guidance ("Wofür ist die
 * Aufgabe da …?"). A new article must not inherit it as the author's text –
 * it used to, and every article written from a template came out italic. So
 * for a new article the guidance paragraph becomes an empty paragraph, and
 * the guidance text travels beside the document (heading → guidance), shown
 * by the editor as a placeholder in the empty paragraph until the author
 * types there.
 */
import type { TiptapNodeJson } from "../content/document-schema";

/** Heading text → guidance of its section. */
export type SectionGuidance = Record<string, string>;

const textOf = (node: TiptapNodeJson): string => (node.type === "text" ? (node.text ?? "") : (node.content ?? []).map(textOf).join(""));

/** A paragraph that consists only of italic text (ignoring empty text runs). */
function isGuidanceParagraph(node: TiptapNodeJson): boolean {
  if (node.type !== "paragraph" || !node.content?.length) return false;
  return node.content.every(
    (child) => child.type === "text" && (child.marks ?? []).some((mark) => mark.type === "italic") && (child.marks ?? []).length === 1,
  );
}

export function splitTemplateGuidance(template: TiptapNodeJson): { content: TiptapNodeJson; guidance: SectionGuidance } {
  const guidance: SectionGuidance = {};
  const blocks = template.content ?? [];
  const content = blocks.map((node, index) => {
    const before = blocks[index - 1];
    if (!before || before.type !== "heading" || !isGuidanceParagraph(node)) return node;
    const heading = textOf(before).trim();
    if (!heading || heading in guidance) return node;
    guidance[heading] = textOf(node).trim();
    return { type: "paragraph" };
  });
  return { content: { ...template, content }, guidance };
}
