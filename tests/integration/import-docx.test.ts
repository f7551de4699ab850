import { describe, expect, it } from "vitest";
import { convertDocx, MAX_DOCX_BYTES } from "@/lib/content/import-docx";
import { importDocxAsDraft } from "@/lib/knowledge/import-article";
import { systemDb } from "@/lib/db/client";
import { buildSampleDocx } from "../fixtures/build-docx";
import { createTestOrganization } from "./helpers/test-organization";

describe("Word-Import", () => {
  it("übernimmt Titel, Überschriften, Listen, Tabelle, fett/kursiv und sichere Links", async () => {
    const converted = await convertDocx(await buildSampleDocx(), "hundesteuer.docx");
    expect(converted.title).toBe("Hundesteuer veranlagen");
    const html = converted.content.html;
    expect(html).toContain("<h2>Zweck und Ablauf</h2>");
    expect(html).toContain("<h3>Einzelheiten</h3>");
    expect(html).toMatch(/<strong>jährlich<\/strong>/);
    expect(html).toMatch(/<em>nicht monatlich<\/em>/);
    expect(html).toMatch(/<ol[^>]*><li><p>Anmeldung prüfen<\/p><\/li><li><p>Bescheid erstellen<\/p><\/li><\/ol>/);
    expect(html).toMatch(/<ul><li><p>Marke ausgeben<\/p><\/li><\/ul>/);
    expect(html).toContain('href="https://www.musterhausen.example/satzungen/hundesteuer"');
    expect(html).toContain("Hundesteuersatzung</a>");
    // The javascript: link loses its link, the text stays.
    expect(html).not.toContain("javascript:");
    expect(html).toContain("böser Link");
    expect(html).toMatch(/<table[^>]*>.*<th[^>]*><p><strong>Hund<\/strong><\/p><\/th>/s);
    expect(html).toContain("96 Euro");
    expect(converted.warnings).toEqual([]);
  });

  it("lehnt kaputte, falsche, leere und zu große Dateien mit deutscher Meldung ab", async () => {
    await expect(convertDocx(new Uint8Array(), "leer.docx")).rejects.toThrow("Die Datei ist leer.");
    await expect(convertDocx(new TextEncoder().encode("Hallo"), "notiz.txt")).rejects.toThrow("kein Word-Dokument");
    await expect(convertDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), "alt.docx")).rejects.toThrow("kein Word-Dokument");
    await expect(convertDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "kaputt.docx")).rejects.toThrow(
      "konnte nicht gelesen werden",
    );
    await expect(convertDocx(new Uint8Array(MAX_DOCX_BYTES + 1).fill(0x50), "riesig.docx")).rejects.toThrow("zu groß");
  });

  it("speichert den Import als Entwurf – nur wer Artikel anlegen darf; nichts bei ungültigem Inhalt", async () => {
    const org = await createTestOrganization();
    const converted = await convertDocx(await buildSampleDocx(), "hundesteuer.docx");
    const input = { title: converted.title, kind: "EXIT", content: converted.content.json };
    await expect(importDocxAsDraft(org.viewers.READER, input)).rejects.toThrow("keine Artikel anlegen");
    await expect(importDocxAsDraft(org.viewers.HR, input)).rejects.toThrow("keine Artikel anlegen");
    await expect(
      importDocxAsDraft(org.viewers.EDITOR, { ...input, content: { type: "doc", content: [{ type: "script" }] } }),
    ).rejects.toThrow("nicht kennt");
    expect(await systemDb().article.count({ where: { organizationId: org.id } })).toBe(0);
    const { id } = await importDocxAsDraft(org.viewers.EDITOR, input);
    const stored = await systemDb().article.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(stored).toMatchObject({ status: "DRAFT", kind: "EXIT", title: "Hundesteuer veranlagen", ownerId: org.viewers.EDITOR.userId });
    expect(stored.revisions[0].changeNote).toBe("Aus Word-Dokument importiert");
    expect(await systemDb().auditEvent.count({ where: { entityId: id, action: "article.create" } })).toBe(1);
  });
});
