import { describe, expect, it } from "vitest";
import { findPersonNames, scrubForSharing, REMOVED_NAME } from "@/lib/verbund/scrub";
import { processContent } from "@/lib/content/process-content";
import type { TiptapNodeJson } from "@/lib/content/document-schema";

const people = [
  { firstName: "Anna", lastName: "Berg" },
  { firstName: "Klaus", lastName: "Brinkmann" },
  { firstName: "Ute", lastName: "Adenauer" },
];

const doc: TiptapNodeJson = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Rückfragen an Frau Berg oder Klaus Brinkmann, Tel. 02131 / 99 12-34, anna.berg@musterhausen.example. " },
        {
          type: "text",
          text: "Formular holen",
          marks: [{ type: "link", attrs: { href: "/anhang/11111111-2222-4333-8444-555555555555" } }],
        },
        { type: "text", text: " – Abgabe im Rathaus an der Konrad-Adenauer-Straße, Gebühr nach § 14 GewO: 26 Euro." },
      ],
    },
    {
      type: "contact",
      attrs: { name: "Anna Berg", unit: "Ordnungsamt", phone: "02131 991234", email: "anna.berg@musterhausen.example", note: "Gebühren" },
    },
    { type: "image", attrs: { src: "/anhang/11111111-2222-4333-8444-555555555555", alt: "Frau Berg am Schalter" } },
  ],
};

describe("Personenbezogene Daten vor dem Teilen entfernen", () => {
  it("findet Namen der eigenen Beschäftigten als ganze Wörter und mit Anrede", () => {
    const text = "Frau Berg und Klaus Brinkmann; Bergmann ist kein Treffer; Herrn Dr. Brinkmann auch; Adenauer-Straße ohne Vornamen nicht.";
    expect(findPersonNames(text, people)).toEqual(["Frau Berg", "Herrn Dr. Brinkmann", "Klaus Brinkmann"]);
    expect(findPersonNames("Brinkmann, Klaus hat vertreten.", people)).toEqual(["Brinkmann, Klaus"]);
  });

  it("macht Ansprechpartner zu Rollen, entfernt Namen, Telefon, E-Mail, Anhänge – und bleibt ein gültiges Dokument", () => {
    const scrubbed = scrubForSharing(doc, { remove: ["Frau Berg", "Klaus Brinkmann"] });
    const processed = processContent(scrubbed);
    const text = processed.text;
    for (const secret of ["Berg", "Brinkmann", "02131", "99 12-34", "@musterhausen", "/anhang/"]) {
      expect(text).not.toContain(secret);
      expect(processed.html).not.toContain(secret);
      expect(JSON.stringify(processed.json)).not.toContain(secret);
    }
    expect(text).toContain(`Rückfragen an ${REMOVED_NAME} oder ${REMOVED_NAME}`);
    expect(text).toContain("Ansprechstelle: Ordnungsamt – Gebühren");
    expect(text).toContain("Konrad-Adenauer-Straße");
    expect(text).toContain("§ 14 GewO: 26 Euro");
    expect(text).toContain("[Anhang nicht geteilt]");
  });

  it("behält einen bestätigten Namen", () => {
    const scrubbed = scrubForSharing(doc, { remove: ["Klaus Brinkmann"] });
    expect(JSON.stringify(scrubbed)).toContain("Frau Berg");
    expect(JSON.stringify(scrubbed)).not.toContain("Klaus Brinkmann");
  });
});
