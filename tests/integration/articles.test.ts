import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { getArticle, getArticleForEditing } from "@/lib/knowledge/get-article";
import { listArticles } from "@/lib/knowledge/list-articles";
import { DomainError } from "@/lib/errors";
import { articleInput, createTestOrganization, paragraphDoc, type TestOrganization } from "./helpers/test-organization";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("Artikel: Speichern, Versionen, Revisionen", () => {
  let org: TestOrganization;
  beforeAll(async () => {
    org = await createTestOrganization();
  });

  it("legt Artikel mit Revision, Outbox-Eintrag und Audit-Ereignis in einer Transaktion an", async () => {
    const { id, version } = await createArticle(org.viewers.EDITOR, articleInput({ taskIds: [org.taskId], unitIds: [org.unitId] }));
    expect(version).toBe(1);
    const stored = await systemDb().article.findUniqueOrThrow({ where: { id }, include: { revisions: true, tasks: true, units: true } });
    expect(stored.contentText).toBe("Die Gewerbeanmeldung wird im Fachverfahren erfasst.");
    expect(stored.contentHtml).toBe("<p>Die Gewerbeanmeldung wird im Fachverfahren erfasst.</p>");
    expect(stored.revisions.map((revision) => revision.version)).toEqual([1]);
    expect(stored.tasks.map((link) => link.taskId)).toEqual([org.taskId]);
    expect(stored.nextReviewAt).not.toBeNull();
    expect(await systemDb().searchOutbox.count({ where: { articleId: id } })).toBeGreaterThanOrEqual(1);
    expect(await systemDb().auditEvent.count({ where: { entityId: id, action: "article.create" } })).toBe(1);
  });

  it("speichert eine neue Version und lehnt einen veralteten Stand ab, ohne etwas zu ändern", async () => {
    const { id } = await createArticle(org.viewers.EDITOR, articleInput());
    const saved = await updateArticle(org.viewers.EDITOR, { ...articleInput({ title: "Neuer Titel" }), id, version: 1 });
    expect(saved.version).toBe(2);
    const before = await systemDb().article.findUniqueOrThrow({ where: { id } });
    const outboxBefore = await systemDb().searchOutbox.count({ where: { articleId: id } });
    const stale = updateArticle(org.viewers.ADMIN, { ...articleInput({ title: "Veralteter Titel" }), id, version: 1 });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(stale).rejects.toThrow(/inzwischen .* geändert/);
    const after = await systemDb().article.findUniqueOrThrow({ where: { id } });
    expect(after.title).toBe("Neuer Titel");
    expect(after.version).toBe(before.version);
    expect(await systemDb().articleRevision.count({ where: { articleId: id } })).toBe(2);
    expect(await systemDb().searchOutbox.count({ where: { articleId: id } })).toBe(outboxBefore);
  });

  it("gibt verständliche deutsche Meldungen für ungültige Eingaben und speichert nichts", async () => {
    const count = await systemDb().article.count({ where: { organizationId: org.id } });
    await expect(createArticle(org.viewers.EDITOR, articleInput({ title: "x" }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { title: ["Der Titel muss mindestens 3 Zeichen lang sein."] },
    });
    await expect(createArticle(org.viewers.EDITOR, articleInput({ kind: "WIKI" }))).rejects.toMatchObject({
      fieldErrors: { kind: ["Bitte eine Wissensart auswählen."] },
    });
    await expect(
      createArticle(org.viewers.EDITOR, articleInput({ content: { type: "doc", content: [{ type: "script", text: "alert(1)" }] } })),
    ).rejects.toThrow("Der Inhalt enthält Elemente, die der Editor nicht kennt.");
    await expect(createArticle(org.viewers.EDITOR, articleInput({ content: "<p>html</p>" }))).rejects.toMatchObject({ code: "INVALID" });
    expect(await systemDb().article.count({ where: { organizationId: org.id } })).toBe(count);
  });

  it("entfernt javascript:-Links und gibt eingeschleustes Markup nur als Text aus", async () => {
    const content = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Klick", marks: [{ type: "link", attrs: { href: "javascript:alert(document.cookie)" } }] },
            { type: "text", text: " <img src=x onerror=alert(1)>" },
            {
              type: "text",
              text: " Amt",
              marks: [{ type: "link", attrs: { href: "https://www.musterhausen.example", onclick: "alert(1)" } }],
            },
          ],
        },
      ],
    };
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ content }));
    const article = await getArticle(org.viewers.READER, id);
    expect(article.contentHtml).not.toContain("javascript:");
    expect(article.contentHtml).not.toContain("<img");
    expect(article.contentHtml).not.toContain("onclick");
    expect(article.contentHtml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(article.contentHtml).toContain('href="https://www.musterhausen.example"');
  });
});

describe("Artikel: Berechtigungen und Mandantentrennung (Matrix)", () => {
  let org: TestOrganization;
  let other: TestOrganization;
  let publishedId: string;
  let draftId: string;
  let ownUnitDraftId: string;

  beforeAll(async () => {
    org = await createTestOrganization();
    other = await createTestOrganization("Andere Kommune");
    publishedId = (await createArticle(org.viewers.EDITOR, articleInput({ title: "Veröffentlicht" }))).id;
    draftId = (await createArticle(org.viewers.EDITOR, articleInput({ title: "Geheimer Entwurf", status: "DRAFT" }))).id;
    ownUnitDraftId = (
      await createArticle(org.viewers.EDITOR, articleInput({ title: "Entwurf Bürgeramt", status: "DRAFT", unitIds: [org.subUnitId] }))
    ).id;
  });

  const readMatrix = [
    // role, published, draft of no unit, draft of the lead's (sub)unit
    ["ADMIN", "OK", "OK", "OK"],
    ["HR", "OK", "NOT_FOUND", "NOT_FOUND"],
    ["LEAD", "OK", "NOT_FOUND", "OK"],
    ["EDITOR", "OK", "OK", "OK"],
    ["READER", "OK", "NOT_FOUND", "NOT_FOUND"],
  ] as const;

  it.each(readMatrix)(
    "%s liest veröffentlicht=%s, Entwurf=%s, Entwurf der eigenen Einheit=%s",
    async (role, published, draft, ownUnitDraft) => {
      expect(await codeOf(getArticle(org.viewers[role], publishedId))).toBe(published);
      expect(await codeOf(getArticle(org.viewers[role], draftId))).toBe(draft);
      expect(await codeOf(getArticle(org.viewers[role], ownUnitDraftId))).toBe(ownUnitDraft);
      const listed = (await listArticles(org.viewers[role])).map((article) => article.id);
      expect(listed.includes(draftId)).toBe(draft === "OK");
      expect(listed.includes(ownUnitDraftId)).toBe(ownUnitDraft === "OK");
      expect(listed.includes(publishedId)).toBe(true);
    },
  );

  it.each(["ADMIN", "HR", "LEAD", "EDITOR", "READER"] as const)("%s der anderen Kommune bekommt nichts", async (role) => {
    const viewer = other.viewers[role];
    expect(await codeOf(getArticle(viewer, publishedId))).toBe("NOT_FOUND");
    expect(await codeOf(getArticle(viewer, draftId))).toBe("NOT_FOUND");
    expect(await codeOf(getArticleForEditing(viewer, publishedId))).toBe("NOT_FOUND");
    expect(await codeOf(updateArticle(viewer, { ...articleInput({ title: "Übernommen" }), id: publishedId, version: 1 }))).toBe(
      "NOT_FOUND",
    );
    const listed = (await listArticles(viewer)).map((article) => article.id);
    expect(listed).not.toContain(publishedId);
    expect(listed).not.toContain(draftId);
    expect((await systemDb().article.findUniqueOrThrow({ where: { id: publishedId } })).title).toBe("Veröffentlicht");
  });

  const writeMatrix = [
    // role, create, open editor for another unit's draft, for own (sub)unit's draft, save own (sub)unit's draft
    ["ADMIN", "OK", "OK", "OK", "OK"],
    ["HR", "FORBIDDEN", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"],
    ["LEAD", "OK", "NOT_FOUND", "OK", "OK"],
    ["EDITOR", "OK", "OK", "OK", "OK"],
    ["READER", "FORBIDDEN", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"],
  ] as const;

  it.each(writeMatrix)(
    "%s: anlegen=%s, fremde Einheit bearbeiten=%s, eigene Einheit öffnen=%s, speichern=%s",
    async (role, create, editOther, editOwn, saveOwn) => {
      const viewer = org.viewers[role];
      expect(await codeOf(createArticle(viewer, articleInput({ status: "DRAFT", unitIds: role === "LEAD" ? [org.unitId] : [] })))).toBe(
        create,
      );
      const editForm = async (id: string) => codeOf(getArticleForEditing(viewer, id));
      expect(await editForm(draftId)).toBe(editOther);
      expect(await editForm(ownUnitDraftId)).toBe(editOwn);
      const current = await systemDb().article.findUniqueOrThrow({ where: { id: ownUnitDraftId }, select: { version: true } });
      const saveResult = await codeOf(
        updateArticle(viewer, {
          ...articleInput({ title: "Entwurf Bürgeramt", status: "DRAFT", unitIds: [org.subUnitId] }),
          id: ownUnitDraftId,
          version: current.version,
        }),
      );
      expect(saveResult).toBe(saveOwn);
    },
  );

  it("verweigert Verknüpfungen mit Aufgaben, Einheiten und Stellen einer anderen Kommune", async () => {
    const count = await systemDb().article.count({ where: { organizationId: org.id } });
    for (const link of [{ taskIds: [other.taskId] }, { unitIds: [other.unitId] }, { positionIds: [other.positionId] }]) {
      await expect(createArticle(org.viewers.EDITOR, articleInput(link))).rejects.toMatchObject({ code: "INVALID" });
    }
    expect(await systemDb().article.count({ where: { organizationId: org.id } })).toBe(count);
  });

  it("eine Leitung veröffentlicht nur in Einheiten, die sie leitet – direkt oder über die verknüpfte Aufgabe", async () => {
    const lead = org.viewers.LEAD;
    const foreignTask = await systemDb().task.create({
      data: {
        organizationId: org.id,
        orgUnitId: org.otherUnitId,
        title: "Haushaltsplan aufstellen",
        criticality: 4,
        frequency: "YEARLY",
        systems: [],
      },
    });
    const before = await systemDb().article.count({ where: { organizationId: org.id } });
    for (const links of [
      { unitIds: [org.otherUnitId] },
      { unitIds: [org.unitId, org.otherUnitId] },
      { unitIds: [org.unitId], taskIds: [foreignTask.id] },
    ]) {
      await expect(createArticle(lead, articleInput({ status: "PUBLISHED", ...links }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await systemDb().article.count({ where: { organizationId: org.id } })).toBe(before);
    // Into a foreign unit only as a draft or for review; in their own unit (and sub-unit) published.
    expect(await codeOf(createArticle(lead, articleInput({ status: "IN_REVIEW", unitIds: [org.otherUnitId] })))).toBe("OK");
    const own = await createArticle(lead, articleInput({ status: "PUBLISHED", unitIds: [org.subUnitId], taskIds: [org.taskId] }));
    // Moving the published article into a foreign unit keeps it from staying published.
    await expect(
      updateArticle(lead, { ...articleInput({ status: "PUBLISHED", unitIds: [org.otherUnitId] }), id: own.id, version: own.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await systemDb().article.findUniqueOrThrow({ where: { id: own.id }, select: { version: true } })).toEqual({
      version: own.version,
    });
  });

  it("filtert die Liste nach Einheit und Wissensart; ungültige Filter werden ignoriert", async () => {
    const exit = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "Übergabe Kämmerei", kind: "EXIT", unitIds: [org.otherUnitId] }),
    );
    const ids = async (filter: Record<string, unknown>) => (await listArticles(org.viewers.READER, filter)).map((article) => article.id);
    expect(await ids({ unitId: org.otherUnitId })).toEqual([exit.id]);
    expect(await ids({ kind: "EXIT" })).toEqual([exit.id]);
    expect(await ids({ unitId: org.otherUnitId, kind: "ENTRY" })).toEqual([]);
    expect(await ids({ unitId: other.unitId })).toEqual([]);
    expect((await ids({ unitId: "kaputt", kind: "<script>" })).length).toBe((await ids({})).length);
  });

  it("liest keine Artikel über ungültige IDs", async () => {
    expect(await codeOf(getArticle(org.viewers.ADMIN, "kein-uuid"))).toBe("NOT_FOUND");
    expect(await codeOf(getArticle(org.viewers.ADMIN, "00000000-0000-4000-8000-000000000000"))).toBe("NOT_FOUND");
  });

  it("zeigt einem Leser seinen eigenen Entwurf nicht, wenn er nicht Eigentümer ist, aber dem Eigentümer immer", async () => {
    const readerOwned = await systemDb().article.create({
      data: {
        organizationId: org.id,
        title: "Eigener Entwurf",
        kind: "EXIT",
        status: "DRAFT",
        content: paragraphDoc("x"),
        contentText: "x",
        contentHtml: "<p>x</p>",
        ownerId: org.viewers.READER.userId,
        createdById: org.viewers.READER.userId,
      },
    });
    expect(await codeOf(getArticle(org.viewers.READER, readerOwned.id))).toBe("OK");
    expect(await codeOf(getArticle(other.viewers.ADMIN, readerOwned.id))).toBe("NOT_FOUND");
  });
});
