import { describe, expect, it } from "vitest";
import { splitTemplateGuidance } from "@/lib/knowledge/template-guidance";
import { templateDocument } from "@/lib/knowledge/templates";

const hasItalic = (value: unknown): boolean => JSON.stringify(value).includes('"italic"');

describe("Hinweise in Vorlagen", () => {
  it("werden aus dem Dokument genommen und je Abschnitt daneben geliefert", () => {
    const template = templateDocument("EXIT");
    // The built-in template writes its guidance in italics …
    expect(hasItalic(template)).toBe(true);
    const { content, guidance } = splitTemplateGuidance(template);
    // … a new article gets none of it as text.
    expect(hasItalic(content)).toBe(false);
    expect(guidance["Zweck und Ablauf"]).toBe("Wofür ist die Aufgabe da, und wie läuft sie Schritt für Schritt ab?");
    expect(Object.keys(guidance)).toHaveLength(8);
    expect(content.content![0]).toMatchObject({ type: "heading" });
    expect(content.content![1]).toEqual({ type: "paragraph" });
  });

  it("lässt Text stehen, der keine Anleitung ist: gemischte Formatierung, kein Abschnittsanfang", () => {
    const template = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", marks: [{ type: "italic" }], text: "Vorbemerkung ohne Überschrift" }] },
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Ablauf" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Immer " },
            { type: "text", marks: [{ type: "italic" }], text: "zuerst" },
          ],
        },
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Fristen" }] },
        { type: "paragraph", content: [{ type: "text", marks: [{ type: "italic" }, { type: "bold" }], text: "Wichtig" }] },
      ],
    };
    const { content, guidance } = splitTemplateGuidance(template);
    expect(guidance).toEqual({});
    expect(content).toEqual(template);
  });
});
