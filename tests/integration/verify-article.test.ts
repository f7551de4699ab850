import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { confirmArticleCurrent } from "@/lib/knowledge/verify-article";
import { getArticle } from "@/lib/knowledge/get-article";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Als aktuell bestätigen", () => {
  it("setzt Bestätigung und nächste Prüfung, schreibt Audit und Suchindex in einem Schritt", async () => {
    const org = await createTestOrganization();
    const marker = `Wiedehopf${Date.now()}`;
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: `Prüfbar ${marker}`, unitIds: [org.unitId] }));
    // The review date has passed: the article shows as expired, in the page and in search.
    await db().article.update({ where: { id }, data: { nextReviewAt: new Date("2026-01-31T10:00:00Z") } });
    await db().searchOutbox.create({ data: { articleId: id, organizationId: org.id } });
    await drainSearchOutbox();
    expect((await getArticle(org.viewers.READER, id)).verification).toBe("EXPIRED");
    expect((await searchArticles(org.viewers.READER, { q: marker })).facets.verification).toEqual([{ value: "EXPIRED", label: "EXPIRED", count: 1 }]);

    const now = new Date("2026-11-24T09:00:00Z");
    const { nextReviewAt } = await confirmArticleCurrent(org.viewers.LEAD, id, now);
    expect(nextReviewAt.toISOString()).toBe("2027-11-24T09:00:00.000Z");
    const stored = await db().article.findUniqueOrThrow({ where: { id }, select: { lastVerifiedAt: true, lastVerifiedById: true, nextReviewAt: true } });
    expect(stored).toEqual({ lastVerifiedAt: now, lastVerifiedById: org.viewers.LEAD.userId, nextReviewAt });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "article.verify" } });
    expect(audit.actorId).toBe(org.viewers.LEAD.userId);
    expect(await db().searchOutbox.count({ where: { articleId: id } })).toBe(1);
    await drainSearchOutbox();
    const page = await getArticle(org.viewers.READER, id);
    expect(page).toMatchObject({ verification: "CURRENT", lastVerifiedBy: org.viewers.LEAD.displayName, canVerify: false });
    expect((await searchArticles(org.viewers.READER, { q: marker })).facets.verification).toEqual([{ value: "CURRENT", label: "CURRENT", count: 1 }]);
  });

  it("lässt Lesende, fremde Kommunen und Entwürfe nicht bestätigen und ändert dann nichts", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const published = await createArticle(org.viewers.EDITOR, articleInput({ title: `Fremdprüfung ${Date.now()}` }));
    const draft = await createArticle(org.viewers.EDITOR, articleInput({ title: `Entwurfprüfung ${Date.now()}`, status: "DRAFT" }));
    const before = await db().article.findUniqueOrThrow({ where: { id: published.id }, select: { nextReviewAt: true, lastVerifiedAt: true } });
    await expect(confirmArticleCurrent(org.viewers.READER, published.id)).rejects.toThrow("verantwortliche Person");
    await expect(confirmArticleCurrent(org.viewers.HR, published.id)).rejects.toThrow("verantwortliche Person");
    await expect(confirmArticleCurrent(org.viewers.EDITOR, draft.id)).rejects.toThrow("Nur veröffentlichte Artikel");
    for (const role of ["ADMIN", "EDITOR", "READER"] as const) {
      await expect(confirmArticleCurrent(other.viewers[role], published.id)).rejects.toThrow("nicht gefunden");
    }
    await expect(confirmArticleCurrent(org.viewers.EDITOR, "kein-uuid")).rejects.toThrow("nicht gefunden");
    expect(await db().article.findUniqueOrThrow({ where: { id: published.id }, select: { nextReviewAt: true, lastVerifiedAt: true } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { entityId: published.id, action: "article.verify" } })).toBe(0);
    // The owner may confirm even without editing rights.
    await db().article.update({ where: { id: published.id }, data: { ownerId: org.viewers.READER.userId } });
    await confirmArticleCurrent(org.viewers.READER, published.id);
    expect((await getArticle(org.viewers.READER, published.id)).lastVerifiedBy).toBe(org.viewers.READER.displayName);
  });
});
