/**
 * The municipality's export: one zip with every article as HTML and Markdown
 * (images pointing at the exported files), the attachments, the organisation
 * CSVs and a manifest with checksums; only for its admins, audited, and
 * nothing of another municipality in it.
 */
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { addAttachment } from "@/lib/knowledge/attachments";
import { exportMunicipalityForAdmin, fileSlug } from "@/lib/export/municipality-export";
import { answerQuestion, askQuestion } from "@/lib/knowledge/article-questions";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2]);

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        void bytesOf(stream).then((bytes) => {
          files.set(entry.fileName, bytes);
          zip.readEntry();
        }, reject);
      });
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return files;
}

describe("Gesamtexport einer Kommune", () => {
  it("enthält Artikel als HTML und Markdown mit Anhängen, die CSVs und ein Manifest mit Prüfsummen", async () => {
    const org = await createTestOrganization("Exportkommune");
    const other = await createTestOrganization("Fremde Kommune");
    await createArticle(other.viewers.EDITOR, articleInput({ title: "Geheimnis der Nachbarn" }));
    const article = await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbeanmeldung <prüfen> & ändern" }));
    const image = await addAttachment(org.viewers.EDITOR, article.id, { name: "Formular GewA 1.png", bytes: PNG });
    await systemDb().article.update({
      where: { id: article.id },
      data: { contentHtml: `<p>Siehe <strong>Formular</strong>:</p><img src="/anhang/${image.id}" alt="Formular GewA 1">` },
    });

    const asked = await askQuestion(org.viewers.READER, article.id, { question: "Gilt das für <Reisegewerbe>?" });
    await answerQuestion(org.viewers.EDITOR, asked.id, { answer: "Ja, mit Reisegewerbekarte." });
    await askQuestion(org.viewers.READER, article.id, { question: "Noch offen, bitte nicht exportieren?" });

    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(exportMunicipalityForAdmin(org.viewers[role])).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const { stream, fileName } = await exportMunicipalityForAdmin(org.viewers.ADMIN);
    expect(fileName).toMatch(/-wissen\.zip$/);
    const files = await unzip(await bytesOf(stream));

    const base = fileSlug("Gewerbeanmeldung <prüfen> & ändern");
    expect(base).toBe("gewerbeanmeldung-pruefen-aendern");
    const html = files.get(`artikel/${base}.html`)!.toString("utf8");
    expect(html).toContain("<title>Gewerbeanmeldung &lt;prüfen&gt; &amp; ändern</title>");
    const imagePath = `anhaenge/${base}/${image.id.slice(0, 8)}-formular-gewa-1.png`;
    expect(html).toContain(`src="../${imagePath}"`);
    expect(files.get(imagePath)).toEqual(Buffer.from(PNG));
    // Answered questions travel with the article (escaped); open ones stay in the app.
    expect(html).toContain("<h2>Fragen und Antworten</h2>");
    expect(html).toContain("<dt>Gilt das für &lt;Reisegewerbe&gt;?</dt><dd>Ja, mit Reisegewerbekarte.</dd>");
    expect(html).not.toContain("Noch offen");
    const markdown = files.get(`artikel/${base}.md`)!.toString("utf8");
    expect(markdown).toContain("# Gewerbeanmeldung <prüfen> & ändern");
    expect(markdown).toContain("Siehe **Formular**:");
    expect(markdown).toContain(`![Formular GewA 1](../${imagePath})`);
    expect(markdown).toContain("## Fragen und Antworten");
    for (const kind of ["einheiten", "stellen", "personen", "aufgaben"]) expect(files.has(`organisation/${kind}.csv`)).toBe(true);
    expect(files.get("organisation/einheiten.csv")!.toString("utf8")).toContain("Bürgeramt");

    const manifest = JSON.parse(files.get("manifest.json")!.toString("utf8"));
    expect(manifest).toMatchObject({ format: "digicheck-export/1", municipality: expect.stringContaining("Exportkommune") });
    expect(manifest.articles).toHaveLength(1);
    expect(manifest.articles[0].answeredQuestions).toBe(1);
    for (const entry of manifest.files as { file: string; sha256: string }[]) {
      expect(createHash("sha256").update(files.get(entry.file)!).digest("hex"), entry.file).toBe(entry.sha256);
    }
    // Nothing of the other municipality.
    for (const bytes of files.values()) expect(bytes.toString("utf8")).not.toContain("Geheimnis der Nachbarn");
    expect(await systemDb().auditEvent.count({ where: { organizationId: org.id, action: "export.municipality" } })).toBe(1);
  });
});
