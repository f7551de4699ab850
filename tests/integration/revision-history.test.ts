import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { articleHistory, compareRevisions, restoreRevision } from "@/lib/knowledge/revision-history";
import { updateGovernanceSettings } from "@/lib/org/organization-settings";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { addAttachment } from "@/lib/knowledge/attachments";
import { articleInput, createTestOrganization, paragraphDoc } from "./helpers/test-organization";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe("Versionsverlauf, Vergleich und Wiederherstellen", () => {
  it("Bilder zählen im Vergleich, und eine wiederhergestellte Version behält ihre Bilder", async () => {
    const org = await createTestOrganization();
    const editor = org.viewers.EDITOR;
    const { id } = await createArticle(editor, articleInput({ title: "Formular mit Bild", content: paragraphDoc("Siehe Formular.") }));
    const image = await addAttachment(editor, id, { name: "formular.png", bytes: PNG }, "Formular GewA 1");
    const withImage = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Siehe Formular." }] },
        { type: "image", attrs: { src: `/anhang/${image.id}`, alt: "Formular GewA 1" } },
      ],
    };
    await updateArticle(editor, articleInput({ id, version: 1, title: "Formular mit Bild", content: withImage }));
    const diff = await compareRevisions(editor, id, 1, 2);
    // Same text, one image more: that is a change, not "Inhalt gleich".
    expect(diff.lines.filter((line) => line.change !== "same")).toEqual([
      expect.objectContaining({
        change: "added",
        parts: [expect.objectContaining({ text: expect.stringContaining("Bild „Formular GewA 1“") })],
      }),
    ]);

    await updateArticle(editor, articleInput({ id, version: 2, title: "Formular mit Bild", content: paragraphDoc("Siehe Formular.") }));
    await restoreRevision(editor, { articleId: id, version: 3, restoreVersion: 2 });
    const restored = await systemDb().article.findUniqueOrThrow({
      where: { id },
      select: { version: true, content: true, contentHtml: true },
    });
    expect(restored.version).toBe(4);
    expect(JSON.stringify(restored.content)).toContain(`/anhang/${image.id}`);
    expect(restored.contentHtml).toContain(`<img src="/anhang/${image.id}" alt="Formular GewA 1"`);
  });

  it("listet Versionen, zeigt Unterschiede und stellt eine alte Version als neue wieder her", async () => {
    const org = await createTestOrganization();
    const editor = org.viewers.EDITOR;
    const marker = `Zaunkoenig${Date.now()}`;
    const { id } = await createArticle(
      editor,
      articleInput({ title: "Kassensturz", content: paragraphDoc(`Die Kasse wird am Freitag gezählt. ${marker}`) }),
    );
    await updateArticle(
      org.viewers.ADMIN,
      articleInput({
        id,
        version: 1,
        title: "Kassensturz am Monatsende",
        kind: "EXIT",
        content: paragraphDoc("Die Kasse wird am Montag gezählt."),
        changeNote: "Termin geändert",
      }),
    );

    const history = await articleHistory(editor, id);
    expect(history.revisions.map((r) => [r.version, r.authorName, r.changeNote])).toEqual([
      [2, org.viewers.ADMIN.displayName, "Termin geändert"],
      [1, editor.displayName, "Angelegt"],
    ]);
    expect(history.canRestore).toBe(true);

    const diff = await compareRevisions(editor, id, 2, 1);
    expect(diff.before.version).toBe(1);
    expect(diff.fields).toEqual([
      { label: "Titel", before: "Kassensturz", after: "Kassensturz am Monatsende" },
      { label: "Wissensart", before: "Arbeitsanleitung", after: "Austrittswissen" },
    ]);
    expect(diff.lines).toHaveLength(1);
    const parts = diff.lines[0].parts;
    const removedText = parts
      .filter((p) => p.change === "removed")
      .map((p) => p.text)
      .join(" ");
    expect(removedText).toContain("Freitag");
    expect(removedText).toContain(marker);
    expect(parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toContain("Montag");

    // Restoring: a new version 3 with the old title and content; versions 1 and 2 stay.
    await restoreRevision(editor, { articleId: id, version: 2, restoreVersion: 1 });
    const restored = await systemDb().article.findUniqueOrThrow({
      where: { id },
      select: { version: true, title: true, kind: true, contentText: true, contentHtml: true },
    });
    expect(restored).toMatchObject({ version: 3, title: "Kassensturz", kind: "PROCEDURE" });
    expect(restored.contentText).toContain("Freitag");
    expect(restored.contentHtml).toContain("Freitag");
    expect((await articleHistory(editor, id)).revisions.map((r) => [r.version, r.changeNote])).toEqual([
      [3, "Version 1 wiederhergestellt"],
      [2, "Termin geändert"],
      [1, "Angelegt"],
    ]);
    expect(await systemDb().auditEvent.count({ where: { entityId: id, action: "article.restore" } })).toBe(1);
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: marker })).hits.map((hit) => hit.id)).toEqual([id]);
    // A restore from an outdated page is refused.
    await expect(restoreRevision(editor, { articleId: id, version: 2, restoreVersion: 2 })).rejects.toThrow("inzwischen");
    expect((await systemDb().article.findUniqueOrThrow({ where: { id } })).version).toBe(3);
  });

  it("Lesende, fremde Kommunen und unbekannte Versionen bekommen nichts", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Geheime Vorfassung" }));
    await expect(articleHistory(org.viewers.READER, id)).rejects.toThrow("nicht gefunden");
    await expect(compareRevisions(org.viewers.READER, id, 1, 1)).rejects.toThrow("nicht gefunden");
    await expect(restoreRevision(org.viewers.READER, { articleId: id, version: 1, restoreVersion: 1 })).rejects.toThrow("nicht gefunden");
    for (const role of ["ADMIN", "HR", "EDITOR"] as const) {
      await expect(articleHistory(other.viewers[role], id)).rejects.toThrow("nicht gefunden");
      await expect(restoreRevision(other.viewers[role], { articleId: id, version: 1, restoreVersion: 1 })).rejects.toThrow(
        "nicht gefunden",
      );
    }
    // HR does not read unpublished versions; an owner without edit right reads the history but cannot restore.
    await expect(articleHistory(org.viewers.HR, id)).rejects.toThrow("nicht gefunden");
    await systemDb().article.update({ where: { id }, data: { ownerId: org.viewers.READER.userId } });
    expect((await articleHistory(org.viewers.READER, id)).canRestore).toBe(false);
    await expect(restoreRevision(org.viewers.READER, { articleId: id, version: 1, restoreVersion: 1 })).rejects.toThrow("nicht bearbeiten");
    await systemDb().article.update({ where: { id }, data: { ownerId: org.viewers.EDITOR.userId } });
    await expect(compareRevisions(org.viewers.EDITOR, id, 1, 99)).rejects.toThrow("nicht gefunden");
    await expect(compareRevisions(org.viewers.EDITOR, id, "x", 1)).rejects.toThrow("zwei Versionen");
    expect((await systemDb().article.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("unter dem Vier-Augen-Prinzip geht eine Wiederherstellung in die Prüfung (als Arbeitskopie)", async () => {
    const org = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Vier Augen Wiederherstellen" }));
    await updateArticle(
      org.viewers.EDITOR,
      articleInput({ id, version: 1, title: "Vier Augen Wiederherstellen", content: paragraphDoc("Zweite Fassung.") }),
    );
    await updateGovernanceSettings(org.viewers.ADMIN, { requireFourEyes: "on", defaultReviewIntervalMonths: "12" });
    await restoreRevision(org.viewers.EDITOR, { articleId: id, version: 2, restoreVersion: 1 });
    // The published version stays online; the restore waits for approval as the working copy.
    expect((await systemDb().article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    expect((await systemDb().articleWorkingCopy.findUniqueOrThrow({ where: { articleId: id } })).status).toBe("IN_REVIEW");
  });
});
