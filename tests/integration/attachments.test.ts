import { describe, expect, it } from "vitest";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { systemDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { addAttachment, deleteAttachment, listAttachments, openAttachment } from "@/lib/knowledge/attachments";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
const imageDoc = (src: string, alt = "Formular GewA 1") => ({
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Siehe Bild" }] },
    { type: "image", attrs: { src, alt } },
  ],
});

async function filesOf(organizationId: string): Promise<string[]> {
  return readdir(path.join(path.resolve(getEnv().ATTACHMENTS_DIR), organizationId)).catch(() => []);
}

describe("Bilder und Anhänge", () => {
  it("speichert außerhalb der Datenbank, liefert nur an Lesende des Artikels, prüft Typ und Größe", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const published = await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe mit Anhang" }));
    const draft = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "Entwurf mit Anhang", status: "DRAFT", unitIds: [org.unitId] }),
    );

    const image = await addAttachment(org.viewers.EDITOR, published.id, { name: "formular.png", bytes: PNG }, "Formular GewA 1");
    const pdf = await addAttachment(org.viewers.LEAD, draft.id, { name: "Satzung Gebühren.pdf", bytes: PDF });
    const stored = await stat(path.join(path.resolve(getEnv().ATTACHMENTS_DIR), org.id, image.id));
    expect(stored.size).toBe(PNG.length);
    expect(
      (await listAttachments(org.viewers.READER, published.id)).map((a) => [a.fileName, a.contentType, a.image, a.description]),
    ).toEqual([["formular.png", "image/png", true, "Formular GewA 1"]]);
    expect(Buffer.from((await openAttachment(org.viewers.READER, image.id)).bytes)).toEqual(Buffer.from(PNG));
    expect((await openAttachment(org.viewers.LEAD, pdf.id)).fileName).toBe("Satzung Gebühren.pdf");
    // Readers and HR do not get a draft's attachment; other municipalities get nothing.
    await expect(openAttachment(org.viewers.READER, pdf.id)).rejects.toThrow("nicht gefunden");
    await expect(openAttachment(org.viewers.HR, pdf.id)).rejects.toThrow("nicht gefunden");
    for (const role of ["ADMIN", "HR", "READER"] as const) {
      await expect(openAttachment(other.viewers[role], image.id)).rejects.toThrow("nicht gefunden");
      await expect(listAttachments(other.viewers[role], published.id)).rejects.toThrow("nicht gefunden");
      await expect(addAttachment(other.viewers[role], published.id, { name: "x.png", bytes: PNG })).rejects.toThrow("nicht gefunden");
      await expect(deleteAttachment(other.viewers[role], image.id)).rejects.toThrow("nicht gefunden");
    }
    await expect(openAttachment(org.viewers.READER, "../../etc/passwd")).rejects.toThrow("nicht gefunden");

    // Weaker roles may not add or remove; bad files are refused and leave nothing behind.
    const before = (await filesOf(org.id)).length;
    await expect(addAttachment(org.viewers.READER, published.id, { name: "x.png", bytes: PNG })).rejects.toThrow("bearbeiten darf");
    await expect(addAttachment(org.viewers.HR, published.id, { name: "x.png", bytes: PNG })).rejects.toThrow("bearbeiten darf");
    await expect(deleteAttachment(org.viewers.READER, image.id)).rejects.toThrow("bearbeiten darf");
    const refused: [string, Uint8Array, string][] = [
      ["zeichnung.svg", new TextEncoder().encode('<svg onload="alert(1)"/>'), "nicht erlaubt"],
      ["seite.html", new TextEncoder().encode("<script>alert(1)</script>"), "nicht erlaubt"],
      ["programm.png", new TextEncoder().encode("MZ\u0090\u0000 not a png"), "nicht erlaubt"],
      ["leer.pdf", new Uint8Array(), "leer"],
      ["riesig.pdf", new Uint8Array(10 * 1024 * 1024 + 1), "zu groß"],
    ];
    for (const [name, bytes, message] of refused) {
      await expect(addAttachment(org.viewers.EDITOR, published.id, { name, bytes })).rejects.toThrow(message);
    }
    await expect(addAttachment(org.viewers.EDITOR, published.id, { name: "ok.pdf", bytes: PDF }, "x".repeat(301))).rejects.toThrow(
      "höchstens 300",
    );
    expect((await filesOf(org.id)).length).toBe(before);
    expect(await systemDb().articleAttachment.count({ where: { organizationId: org.id } })).toBe(2);

    // Images in the text must be attachments of this article.
    const saved = await updateArticle(
      org.viewers.EDITOR,
      articleInput({ id: published.id, version: 1, title: "Gewerbe mit Anhang", content: imageDoc(`/anhang/${image.id}`) }),
    );
    const html = (await systemDb().article.findUniqueOrThrow({ where: { id: published.id } })).contentHtml;
    expect(html).toContain(`<img src="/anhang/${image.id}" alt="Formular GewA 1" />`);
    await expect(
      updateArticle(
        org.viewers.EDITOR,
        articleInput({
          id: draft.id,
          version: 1,
          title: "Entwurf mit Anhang",
          status: "DRAFT",
          unitIds: [org.unitId],
          content: imageDoc(`/anhang/${image.id}`),
        }),
      ),
    ).rejects.toThrow("gehört nicht");
    await expect(
      updateArticle(
        org.viewers.EDITOR,
        articleInput({ id: published.id, version: saved.version, title: "X Bild", content: imageDoc("https://tracker.example/pixel.png") }),
      ),
    ).rejects.toThrow("als Anhang");
    await expect(
      updateArticle(
        org.viewers.EDITOR,
        articleInput({ id: published.id, version: saved.version, title: "X Bild", content: imageDoc("data:image/png;base64,AAAA") }),
      ),
    ).rejects.toThrow("als Anhang");
    await expect(
      createArticle(org.viewers.EDITOR, articleInput({ title: "Neu mit Bild", content: imageDoc(`/anhang/${image.id}`) })),
    ).rejects.toThrow("einmal gespeichert");

    // Removing deletes row and file, with an audit event.
    await deleteAttachment(org.viewers.EDITOR, pdf.id);
    expect(await filesOf(org.id)).toEqual([image.id]);
    const actions = (
      await systemDb().auditEvent.findMany({ where: { organizationId: org.id, action: { startsWith: "article.attachment" } } })
    )
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(["article.attachment-add", "article.attachment-add", "article.attachment-delete"]);
  });
  it("entfernt Richtungsumschaltungen und andere unsichtbare Zeichen aus Dateinamen", async () => {
    const org = await createTestOrganization();
    const article = await createArticle(org.viewers.EDITOR, articleInput({ title: "Rechnungen" }));
    // A right-to-left override would show "rechnung\u202Etxt.pdf" as "rechnungfdp.txt".
    const spoofed = await addAttachment(org.viewers.EDITOR, article.id, { name: "rechnung\u202Etxt.pdf\u200B", bytes: PDF });
    const row = await systemDb().articleAttachment.findUniqueOrThrow({ where: { id: spoofed.id }, select: { fileName: true } });
    expect(row.fileName).toBe("rechnungtxt.pdf");
  });
});
