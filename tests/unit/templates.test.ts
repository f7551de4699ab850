import { describe, expect, it } from "vitest";
import { ARTICLE_TEMPLATES, templateDocument } from "@/lib/knowledge/templates";
import { ARTICLE_KINDS } from "@/lib/knowledge/labels";
import { processContent } from "@/lib/content/process-content";

describe("Vorlagen je Artikelart", () => {
  it("gibt für Austrittswissen die Abschnitte aus dem Issue vor", () => {
    expect(ARTICLE_TEMPLATES.EXIT.map(([heading]) => heading)).toEqual([
      "Zweck und Ablauf",
      "Fristen und Termine",
      "Rechtsgrundlagen",
      "Fachverfahren und Zugänge",
      "Ansprechpartner intern und extern",
      "Typische Fehler und Ausnahmen",
      "Ablage",
      "Warum machen wir das so?",
    ]);
  });

  it.each(ARTICLE_KINDS)("%s ist ein gültiges Dokument, das der Server so speichert", (kind) => {
    const processed = processContent(templateDocument(kind));
    for (const [heading, hint] of ARTICLE_TEMPLATES[kind]) {
      expect(processed.html).toContain(`<h2>${heading.replace(/&/g, "&amp;")}</h2>`);
      expect(processed.text).toContain(hint);
    }
  });
});
