/** Builds TipTap JSON for demo articles from their sections. */
import type { TiptapNodeJson } from "../content/document-schema";

const text = (value: string): TiptapNodeJson => ({ type: "text", text: value });
const paragraph = (value: string): TiptapNodeJson => ({ type: "paragraph", content: [text(value)] });
const heading = (value: string): TiptapNodeJson => ({ type: "heading", attrs: { level: 2 }, content: [text(value)] });
const list = (type: "bulletList" | "orderedList", items: string[]): TiptapNodeJson => ({
  type,
  content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
});

export function demoArticleBody(parts: {
  steps: string[];
  deadlines: string;
  legalBasis: string;
  systems: string[];
  pitfalls: string;
}): TiptapNodeJson {
  return {
    type: "doc",
    content: [
      heading("Zweck und Ablauf"),
      list("orderedList", parts.steps),
      heading("Fristen und Termine"),
      paragraph(parts.deadlines),
      heading("Rechtsgrundlagen"),
      paragraph(parts.legalBasis),
      heading("Fachverfahren"),
      list("bulletList", parts.systems),
      heading("Typische Fehler und Ausnahmen"),
      paragraph(parts.pitfalls),
    ],
  };
}
