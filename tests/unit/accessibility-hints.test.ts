import { describe, expect, it } from "vitest";
import { accessibilityHints } from "@/lib/content/accessibility-hints";
import type { TiptapNodeJson } from "@/lib/content/document-schema";

const text = (value: string, href?: string): TiptapNodeJson => ({
  type: "text",
  text: value,
  ...(href ? { marks: [{ type: "link", attrs: { href } }] } : {}),
});
const heading = (level: number, value: string): TiptapNodeJson => ({
  type: "heading",
  attrs: { level },
  content: value ? [text(value)] : [],
});
const paragraph = (...content: TiptapNodeJson[]): TiptapNodeJson => ({ type: "paragraph", content });
const row = (cell: "tableHeader" | "tableCell", ...values: string[]): TiptapNodeJson => ({
  type: "tableRow",
  content: values.map((value) => ({ type: cell, content: [paragraph(text(value))] })),
});
const doc = (...content: TiptapNodeJson[]): TiptapNodeJson => ({ type: "doc", content });

describe("Hinweise zur Barrierefreiheit im Editor", () => {
  it("ein gut gebauter Artikel hat keine Hinweise", () => {
    expect(
      accessibilityHints(
        doc(
          heading(2, "Ablauf"),
          heading(3, "Schritt 1"),
          heading(2, "Fristen"),
          paragraph(text("Siehe "), text("Formular Gewerbeanmeldung", "https://example.org/gewa1")),
          { type: "table", content: [row("tableHeader", "Wer", "Was"), row("tableCell", "Kasse", "Zählen")] },
        ),
      ),
    ).toEqual([]);
  });

  it("meldet übersprungene Ebenen, leere Überschriften, Tabellen ohne Kopfzeile, vage Linktexte und fehlende Alternativtexte", () => {
    const hints = accessibilityHints(
      doc(
        heading(3, "Zu tief begonnen"),
        heading(2, ""),
        heading(4, "Sprung"),
        paragraph(
          text("Mehr dazu "),
          text("hier", "https://example.org/a"),
          text(". Oder "),
          text("Klicken Sie ", "https://example.org/b"),
          text("hier", "https://example.org/b"),
        ),
        paragraph(
          text(
            "https://www.musterhausen.example/formulare/gewerbe/anmeldung",
            "https://www.musterhausen.example/formulare/gewerbe/anmeldung",
          ),
        ),
        { type: "table", content: [row("tableCell", "a", "b")] },
        { type: "image", attrs: { src: "/x.png", alt: " " } },
      ),
    );
    expect(hints.map((hint) => hint.rule)).toEqual([
      "heading-order",
      "heading-empty",
      "heading-order",
      "table-header",
      "image-alt",
      "link-text",
      "link-text",
      "link-text",
    ]);
    expect(hints[0].message).toContain("springt von Ebene 1 auf Ebene 3");
    expect(hints[2].message).toContain("„Sprung“ springt von Ebene 2 auf Ebene 4. Bitte Ebene 3 verwenden");
    expect(hints[5].message).toContain("„hier“");
    expect(hints[6].message).toContain("„Klicken Sie hier“");
    expect(hints[7].message).toContain("zeigt nur die Adresse");
  });
});
