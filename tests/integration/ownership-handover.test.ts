import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { handOverOwnership, handoverCandidates } from "@/lib/knowledge/ownership-handover";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Artikel übertragen", () => {
  it("überträgt alle Artikel einer Person (Administration) bzw. die der eigenen Einheiten (Leitung), mit Suchindex und Audit", async () => {
    const org = await createTestOrganization();
    const marker = `Zwergschwan${Date.now()}`;
    const inLeadUnit = await createArticle(org.viewers.EDITOR, articleInput({ title: `Eigene Einheit ${marker}`, unitIds: [org.unitId] }));
    const elsewhere = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: `Andere Einheit ${marker}`, unitIds: [org.otherUnitId] }),
    );
    const draft = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: `Eigener Entwurf ${marker}`, status: "DRAFT", unitIds: [org.otherUnitId] }),
    );
    await drainSearchOutbox();
    const owners = async () =>
      await systemDb().article.findMany({
        where: { id: { in: [inLeadUnit.id, elsewhere.id, draft.id] } },
        orderBy: { title: "asc" },
        select: { title: true, ownerId: true },
      });

    expect(await handOverOwnership(org.viewers.LEAD, { fromUserId: org.viewers.EDITOR.userId, toUserId: org.viewers.HR.userId })).toEqual({
      moved: 1,
    });
    expect((await systemDb().article.findUniqueOrThrow({ where: { id: inLeadUnit.id } })).ownerId).toBe(org.viewers.HR.userId);
    expect((await systemDb().article.findUniqueOrThrow({ where: { id: elsewhere.id } })).ownerId).toBe(org.viewers.EDITOR.userId);

    // The reader takes over the rest, including a draft – which the reader may now find as its owner.
    expect((await searchArticles(org.viewers.READER, { q: `Entwurf ${marker}` })).hits).toEqual([]);
    expect(
      await handOverOwnership(org.viewers.ADMIN, { fromUserId: org.viewers.EDITOR.userId, toUserId: org.viewers.READER.userId }),
    ).toEqual({ moved: 2 });
    expect((await owners()).map((row) => [row.title.split(" ")[0] + " " + row.title.split(" ")[1], row.ownerId])).toEqual([
      ["Andere Einheit", org.viewers.READER.userId],
      ["Eigene Einheit", org.viewers.HR.userId],
      ["Eigener Entwurf", org.viewers.READER.userId],
    ]);
    expect(await systemDb().searchOutbox.count({ where: { articleId: { in: [elsewhere.id, draft.id] } } })).toBe(2);
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: `Entwurf ${marker}` })).hits.map((hit) => hit.id)).toEqual([draft.id]);
    const audit = await systemDb().auditEvent.findMany({
      where: { organizationId: org.id, action: "article.ownership.handover" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((event) => [event.actorId, (event.data as { articles: number }).articles])).toEqual([
      [org.viewers.LEAD.userId, 1],
      [org.viewers.ADMIN.userId, 2],
    ]);
  });

  it("lässt nur Administration und Leitung übertragen, nur innerhalb der Organisation, und ändert bei Fehlern nichts", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const article = await createArticle(org.viewers.EDITOR, articleInput({ title: `Bleibt ${Date.now()}` }));
    const input = { fromUserId: org.viewers.EDITOR.userId, toUserId: org.viewers.READER.userId };
    for (const role of ["HR", "EDITOR", "READER"] as const) {
      await expect(handOverOwnership(org.viewers[role], input)).rejects.toThrow("Administration und Leitungen");
      await expect(handoverCandidates(org.viewers[role])).rejects.toThrow("Berechtigung");
    }
    await expect(handOverOwnership(other.viewers.ADMIN, input)).rejects.toThrow("markierten Angaben");
    await expect(
      handOverOwnership(org.viewers.ADMIN, { fromUserId: org.viewers.EDITOR.userId, toUserId: other.viewers.READER.userId }),
    ).rejects.toThrow("markierten Angaben");
    await expect(
      handOverOwnership(org.viewers.ADMIN, { fromUserId: org.viewers.EDITOR.userId, toUserId: org.viewers.EDITOR.userId }),
    ).rejects.toThrow("markierten Angaben");
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { active: false } });
    await expect(handOverOwnership(org.viewers.ADMIN, input)).rejects.toThrow("markierten Angaben");
    expect((await systemDb().article.findUniqueOrThrow({ where: { id: article.id } })).ownerId).toBe(org.viewers.EDITOR.userId);
    expect((await handoverCandidates(org.viewers.ADMIN)).map((user) => user.id).sort()).toEqual(
      Object.values(org.viewers)
        .map((viewer) => viewer.userId)
        .sort(),
    );
  });
});
