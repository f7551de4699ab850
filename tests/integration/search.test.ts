import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { takeWorkflowStep } from "@/lib/knowledge/article-workflow";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { reindexAllArticles } from "@/lib/search/reindex";
import { withMeilisearchDown } from "./helpers/meili-outage";
import { articleInput, createTestOrganization, paragraphDoc, type TestOrganization } from "./helpers/test-organization";

const plain = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");

describe("Suche über Meilisearch (echter Server)", () => {
  let org: TestOrganization;
  let other: TestOrganization;
  const marker = `Kranich${Date.now()}`;

  beforeAll(async () => {
    org = await createTestOrganization();
    other = await createTestOrganization("Nachbarkommune");
    await createArticle(
      org.viewers.EDITOR,
      articleInput({
        title: `Gewerbeanmeldung ${marker}`,
        content: paragraphDoc(`Die Gewerbeanmeldung nimmt das Bürgeramt entgegen. ${marker}`),
      }),
    );
    await createArticle(
      org.viewers.EDITOR,
      articleInput({
        title: `Entwurf Hundesteuer ${marker}`,
        status: "DRAFT",
        content: paragraphDoc(`Geheime Hundesteuer-Notiz <script>alert(1)</script> ${marker}`),
      }),
    );
    await createArticle(
      other.viewers.EDITOR,
      articleInput({
        title: `Fremde Gewerbeanmeldung ${marker}`,
        content: paragraphDoc(`Nur für die Nachbarkommune ${marker}`),
      }),
    );
    const drained = await drainSearchOutbox();
    expect(drained.failed).toBe(0);
    expect(await systemDb().searchOutbox.count({ where: { organizationId: { in: [org.id, other.id] } } })).toBe(0);
  });

  it("findet Komposita über Wortteile (deutsche Segmentierung)", async () => {
    const result = await searchArticles(org.viewers.READER, { q: `anmeldung ${marker}` });
    expect(result.hits.map((hit) => plain(hit.title))).toContain(`Gewerbeanmeldung ${marker}`);
    const hit = result.hits.find((candidate) => plain(candidate.title).startsWith("Gewerbeanmeldung"))!;
    expect(hit.snippet.some((segment) => segment.highlighted)).toBe(true);
  });

  it("zeigt nur Artikel der eigenen Kommune, Entwürfe nur für Berechtigte", async () => {
    const forReader = await searchArticles(org.viewers.READER, { q: marker });
    expect(forReader.hits.map((hit) => plain(hit.title))).toEqual([`Gewerbeanmeldung ${marker}`]);
    expect(forReader.total).toBe(1);
    const forEditor = await searchArticles(org.viewers.EDITOR, { q: marker });
    expect(forEditor.hits.map((hit) => plain(hit.title)).sort()).toEqual([`Entwurf Hundesteuer ${marker}`, `Gewerbeanmeldung ${marker}`]);
    const forOther = await searchArticles(other.viewers.ADMIN, { q: marker });
    expect(forOther.hits.map((hit) => plain(hit.title))).toEqual([`Fremde Gewerbeanmeldung ${marker}`]);
    expect(JSON.stringify(forOther)).not.toContain("Bürgeramt entgegen");
    const draftOnly = await searchArticles(org.viewers.READER, { q: `Hundesteuer ${marker}` });
    expect(JSON.stringify(draftOnly)).not.toContain("Geheime");
  });

  it("liefert Treffer als Textsegmente: Markup aus Inhalt oder Anfrage bleibt Text", async () => {
    const result = await searchArticles(org.viewers.EDITOR, { q: `alert ${marker}` });
    const draft = result.hits.find((hit) => plain(hit.title).startsWith("Entwurf"))!;
    expect(plain(draft.snippet)).toContain("<script>alert(1)</script>");
    const query = await searchArticles(org.viewers.EDITOR, { q: `<b>${marker}</b>` });
    expect(query.hits.every((hit) => hit.title.every((segment) => !segment.text.includes("<b>")))).toBe(true);
  });

  it("entfernt einen Artikel aus den Treffern eines Lesers, sobald er archiviert ist – auch bevor der Index nachzieht", async () => {
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: `Bald Archiv ${marker}` }));
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: `Bald ${marker}` })).hits.map((hit) => hit.id)).toContain(id);
    await takeWorkflowStep(org.viewers.EDITOR, { id, version: 1, step: "archive" });
    // Not drained yet: the index still says PUBLISHED, the database check filters it out.
    expect((await searchArticles(org.viewers.READER, { q: `Bald ${marker}` })).hits.map((hit) => hit.id)).not.toContain(id);
  });

  it("fasst mehrere Änderungen an einem Artikel zu einer Indexaktualisierung zusammen", async () => {
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: `Mehrfach ${marker}` }));
    await updateArticle(org.viewers.EDITOR, { ...articleInput({ title: `Mehrfach zwei ${marker}` }), id, version: 1 });
    await updateArticle(org.viewers.EDITOR, { ...articleInput({ title: `Mehrfach drei ${marker}` }), id, version: 2 });
    expect(await systemDb().searchOutbox.count({ where: { articleId: id } })).toBe(3);
    const result = await drainSearchOutbox();
    expect(result.failed).toBe(0);
    expect(await systemDb().searchOutbox.count({ where: { articleId: id } })).toBe(0);
    const hits = await searchArticles(org.viewers.READER, { q: `Mehrfach ${marker}` });
    expect(hits.hits.map((hit) => plain(hit.title))).toEqual([`Mehrfach drei ${marker}`]);
  });

  it("baut den Index neu auf und tauscht ihn aus, ohne Treffer zu verlieren", async () => {
    const result = await reindexAllArticles();
    expect(result.indexed).toBeGreaterThanOrEqual(3);
    await drainSearchOutbox();
    const hits = await searchArticles(org.viewers.READER, { q: `anmeldung ${marker}` });
    expect(hits.hits.map((hit) => plain(hit.title))).toContain(`Gewerbeanmeldung ${marker}`);
  });

  it("ignoriert leere Anfragen und liest führende Bindestriche nicht als NICHT", async () => {
    expect((await searchArticles(org.viewers.READER, { q: "   " })).hits).toEqual([]);
    const result = await searchArticles(org.viewers.READER, { q: `-anmeldung ${marker}` });
    expect(result.hits.map((hit) => plain(hit.title))).toContain(`Gewerbeanmeldung ${marker}`);
  });
});

describe("Outbox, wenn Meilisearch nicht erreichbar ist", () => {
  it("speichert trotzdem, merkt sich den Fehler mit Wartezeit und holt die Änderung danach nach", async () => {
    const org = await createTestOrganization();
    const marker = `Regenpfeifer${Date.now()}`;
    let id = "";
    await withMeilisearchDown(async () => {
      id = (await createArticle(org.viewers.EDITOR, articleInput({ title: `Ausfall ${marker}` }))).id;
      const failed = await drainSearchOutbox();
      expect(failed.failed).toBeGreaterThan(0);
      const row = await systemDb().searchOutbox.findFirstOrThrow({ where: { articleId: id } });
      expect(row.attempts).toBe(1);
      expect(row.lastError).toBeTruthy();
      expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
      // Search falls back to PostgreSQL's German full-text search, with the same permission rules.
      const fallback = await searchArticles(org.viewers.READER, { q: `Ausfälle ${marker}` });
      expect(fallback.fallback).toBe(true);
      expect(fallback.hits.map((hit) => hit.id)).toEqual([id]);
      expect(fallback.hits[0].title.filter((segment) => segment.highlighted).map((segment) => segment.text)).toEqual(["Ausfall", marker]);
      // Trigrams on titles: a typo and a compound part still find the article; another municipality's does not appear.
      const other = await createTestOrganization();
      const typoId = (await createArticle(org.viewers.EDITOR, articleInput({ title: "Sondernutzungserlaubnis für Außengastronomie" }))).id;
      await createArticle(other.viewers.EDITOR, articleInput({ title: "Sondernutzungserlaubnis für Außengastronomie" }));
      const typo = await searchArticles(org.viewers.READER, { q: "Sondernutzungserlaubniss" });
      expect(typo.fallback).toBe(true);
      expect(typo.hits.map((hit) => hit.id)).toEqual([typoId]);
      const part = await searchArticles(org.viewers.READER, { q: "erlaubnis gastronomie" });
      expect(part.hits.map((hit) => hit.id)).toEqual([typoId]);
    });
    // Backoff: not retried before its time, then picked up.
    await drainSearchOutbox();
    expect((await systemDb().searchOutbox.findFirstOrThrow({ where: { articleId: id } })).attempts).toBe(1);
    await systemDb().searchOutbox.updateMany({ where: { articleId: id }, data: { availableAt: new Date() } });
    const recovered = await drainSearchOutbox();
    expect(recovered.failed).toBe(0);
    expect(await systemDb().searchOutbox.count({ where: { articleId: id } })).toBe(0);
    expect((await searchArticles(org.viewers.READER, { q: marker })).hits.map((hit) => hit.id)).toEqual([id]);
  });
});
