import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
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
    await systemDb().article.update({ where: { id }, data: { nextReviewAt: new Date("2026-01-31T10:00:00Z") } });
    await systemDb().searchOutbox.create({ data: { articleId: id, organizationId: org.id } });
    await drainSearchOutbox();
    expect((await getArticle(org.viewers.READER, id)).verification).toBe("EXPIRED");
    expect((await searchArticles(org.viewers.READER, { q: marker })).facets.verification).toEqual([
      { value: "EXPIRED", label: "EXPIRED", count: 1 },
    ]);

    const now = new Date("2026-11-24T09:00:00Z");
    const { nextReviewAt } = await confirmArticleCurrent(org.viewers.LEAD, id, now);
    expect(nextReviewAt.toISOString()).toBe("2027-11-24T09:00:00.000Z");
    const stored = await systemDb().article.findUniqueOrThrow({
      where: { id },
      select: { lastVerifiedAt: true, lastVerifiedById: true, nextReviewAt: true },
    });
    expect(stored).toEqual({ lastVerifiedAt: now, lastVerifiedById: org.viewers.LEAD.userId, nextReviewAt });
    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "article.verify" } });
    expect(audit.actorId).toBe(org.viewers.LEAD.userId);
    expect(await systemDb().searchOutbox.count({ where: { articleId: id } })).toBe(1);
    await drainSearchOutbox();
    const page = await getArticle(org.viewers.READER, id);
    expect(page).toMatchObject({ verification: "CURRENT", lastVerifiedBy: org.viewers.LEAD.displayName, canVerify: false });
    expect((await searchArticles(org.viewers.READER, { q: marker })).facets.verification).toEqual([
      { value: "CURRENT", label: "CURRENT", count: 1 },
    ]);
  });

  it("lässt Lesende, fremde Kommunen und Entwürfe nicht bestätigen und ändert dann nichts", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const published = await createArticle(org.viewers.EDITOR, articleInput({ title: `Fremdprüfung ${Date.now()}` }));
    const draft = await createArticle(org.viewers.EDITOR, articleInput({ title: `Entwurfprüfung ${Date.now()}`, status: "DRAFT" }));
    const before = await systemDb().article.findUniqueOrThrow({
      where: { id: published.id },
      select: { nextReviewAt: true, lastVerifiedAt: true },
    });
    await expect(confirmArticleCurrent(org.viewers.READER, published.id)).rejects.toThrow("verantwortliche Person");
    await expect(confirmArticleCurrent(org.viewers.HR, published.id)).rejects.toThrow("verantwortliche Person");
    await expect(confirmArticleCurrent(org.viewers.EDITOR, draft.id)).rejects.toThrow("Nur veröffentlichte Artikel");
    for (const role of ["ADMIN", "EDITOR", "READER"] as const) {
      await expect(confirmArticleCurrent(other.viewers[role], published.id)).rejects.toThrow("nicht gefunden");
    }
    await expect(confirmArticleCurrent(org.viewers.EDITOR, "kein-uuid")).rejects.toThrow("nicht gefunden");
    expect(
      await systemDb().article.findUniqueOrThrow({ where: { id: published.id }, select: { nextReviewAt: true, lastVerifiedAt: true } }),
    ).toEqual(before);
    expect(await systemDb().auditEvent.count({ where: { entityId: published.id, action: "article.verify" } })).toBe(0);
    // The owner may confirm even without editing rights.
    await systemDb().article.update({ where: { id: published.id }, data: { ownerId: org.viewers.READER.userId } });
    await confirmArticleCurrent(org.viewers.READER, published.id);
    expect((await getArticle(org.viewers.READER, published.id)).lastVerifiedBy).toBe(org.viewers.READER.displayName);
  });
});

describe("Fällige Prüfungen", () => {
  it("listet je Einheit und für die verantwortliche Person fällige und abgelaufene veröffentlichte Artikel, nie fremde", async () => {
    const { dueArticlesOfOwner, dueArticlesOfUnit } = await import("@/lib/knowledge/review-lists");
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const now = new Date("2026-11-24T12:00:00Z");
    const make = async (title: string, nextReviewAt: Date | null, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") => {
      const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title, status, unitIds: [org.unitId] }));
      await systemDb().article.update({ where: { id }, data: { nextReviewAt } });
      return id;
    };
    const expired = await make("Abgelaufen", new Date("2026-10-01T00:00:00Z"));
    const dueSoon = await make("Bald fällig", new Date("2026-12-10T00:00:00Z"));
    await make("Aktuell", new Date("2027-06-01T00:00:00Z"));
    await make("Entwurf abgelaufen", new Date("2026-01-01T00:00:00Z"), "DRAFT");
    const foreign = await createArticle(other.viewers.EDITOR, articleInput({ title: "Fremd abgelaufen", unitIds: [other.unitId] }));
    await systemDb().article.update({ where: { id: foreign.id }, data: { nextReviewAt: new Date("2026-01-01T00:00:00Z") } });

    const byUnit = await dueArticlesOfUnit(org.viewers.READER, org.unitId, now);
    expect(byUnit.map((article) => [article.id, article.verification])).toEqual([
      [expired, "EXPIRED"],
      [dueSoon, "DUE_SOON"],
    ]);
    expect(await dueArticlesOfUnit(org.viewers.READER, other.unitId, now)).toEqual([]);
    expect(await dueArticlesOfUnit(other.viewers.ADMIN, org.unitId, now)).toEqual([]);
    expect(await dueArticlesOfUnit(org.viewers.READER, "kein-uuid", now)).toEqual([]);
    expect((await dueArticlesOfOwner(org.viewers.EDITOR, now)).map((article) => article.id)).toEqual([expired, dueSoon]);
    expect(await dueArticlesOfOwner(org.viewers.READER, now)).toEqual([]);
  });
});
