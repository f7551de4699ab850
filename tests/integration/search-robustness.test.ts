import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { reindexAllArticles } from "@/lib/search/reindex";
import { checkSearchIndex } from "@/lib/search/check-index";
import { enqueueVerificationChanges } from "@/lib/search/verification-refresh";
import { retryStuckIndexing, searchOutboxStatus } from "@/lib/search/outbox-status";
import { articleIndexName, meili } from "@/lib/search/meili-client";
import { articleDocumentSelect, documentChecksum, toArticleDocument } from "@/lib/search/article-document";
import { articleInput, createTestOrganization, paragraphDoc } from "./helpers/test-organization";
import { subDays } from "@/lib/dates";
import { buildTask } from "./helpers/factories";

const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id);

describe("Outbox mit mehreren Instanzen", () => {
  it("verarbeitet parallel laufende Abgleiche ohne Doppelarbeit und ohne Reste", async () => {
    const org = await createTestOrganization();
    const marker = `Austernfischer${Date.now()}`;
    const created = [];
    for (let index = 0; index < 24; index++) {
      created.push(await createArticle(org.viewers.EDITOR, articleInput({ title: `Parallel ${index} ${marker}` })));
    }
    // Repeated changes to one article collapse into one index update.
    let version = created[0].version;
    for (let round = 0; round < 3; round++) {
      version = (
        await updateArticle(org.viewers.EDITOR, articleInput({ id: created[0].id, version, title: `Parallel geändert ${round} ${marker}` }))
      ).version;
    }
    const results = await Promise.all([drainSearchOutbox(5), drainSearchOutbox(5), drainSearchOutbox(5)]);
    expect(results.reduce((sum, result) => sum + result.failed, 0)).toBe(0);
    await drainSearchOutbox();
    expect(await systemDb().searchOutbox.count({ where: { organizationId: org.id } })).toBe(0);
    expect((await searchArticles(org.viewers.READER, { q: marker })).total).toBe(24);
    expect(ids(await searchArticles(org.viewers.READER, { q: `geändert ${marker}` }))).toEqual([created[0].id]);
  });

  it("lässt einen Artikel liegen, den gerade eine andere Instanz indexiert", async () => {
    const org = await createTestOrganization();
    const busy = await createArticle(org.viewers.EDITOR, articleInput({ title: `Belegt ${Date.now()}` }));
    const free = await createArticle(org.viewers.EDITOR, articleInput({ title: `Frei ${Date.now()}` }));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    // Another "instance": holds the article's lock inside its own transaction.
    const other = systemDb().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(4242, hashtext(${busy.id}))`;
        lockTaken();
        await held;
      },
      { timeout: 30_000 },
    );
    await taken;
    await drainSearchOutbox();
    expect(await systemDb().searchOutbox.count({ where: { articleId: busy.id } })).toBe(1);
    expect(await systemDb().searchOutbox.count({ where: { articleId: free.id } })).toBe(0);
    release();
    await other;
    await drainSearchOutbox();
    expect(await systemDb().searchOutbox.count({ where: { articleId: busy.id } })).toBe(0);
  });
});

describe("Hängende Einträge", () => {
  it("zeigt Administratoren der eigenen Organisation fehlgeschlagene Zeilen mit Fehler und lässt sie erneut versuchen", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const article = await createArticle(org.viewers.EDITOR, articleInput({ title: `Hängt ${Date.now()}` }));
    await systemDb().searchOutbox.updateMany({
      where: { articleId: article.id },
      data: { attempts: 3, lastError: "connect ECONNREFUSED 127.0.0.1:7700", availableAt: new Date(Date.now() + 600_000) },
    });
    const status = await searchOutboxStatus(org.viewers.ADMIN);
    expect(status.stuck).toEqual([
      expect.objectContaining({ articleId: article.id, attempts: 3, lastError: "connect ECONNREFUSED 127.0.0.1:7700" }),
    ]);
    expect(status.stuck[0].articleTitle).toMatch(/^Hängt/);
    expect((await searchOutboxStatus(other.viewers.ADMIN)).stuck).toEqual([]);
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(searchOutboxStatus(org.viewers[role])).rejects.toThrow("Berechtigung");
      await expect(retryStuckIndexing(org.viewers[role])).rejects.toThrow("Berechtigung");
    }
    expect(await retryStuckIndexing(other.viewers.ADMIN)).toBe(0);
    expect(await retryStuckIndexing(org.viewers.ADMIN)).toBe(1);
    await drainSearchOutbox();
    expect(await systemDb().searchOutbox.count({ where: { articleId: article.id } })).toBe(0);
  });
});

describe("search:check und Neuaufbau", () => {
  it("findet fehlende, veraltete und verwaiste Dokumente und repariert sie", async () => {
    const org = await createTestOrganization();
    const marker = `Kiebitz${Date.now()}`;
    const a = await createArticle(org.viewers.EDITOR, articleInput({ title: `Fehlt ${marker}` }));
    const b = await createArticle(org.viewers.EDITOR, articleInput({ title: `Veraltet ${marker}` }));
    await drainSearchOutbox();
    const index = meili().index(articleIndexName());
    const orphan = crypto.randomUUID();
    // Break the index on purpose: one document gone, one changed behind our back, one without article.
    await index.deleteDocument(a.id).waitTask();
    // An older version of b wins the race (its own checksum is consistent, but not the database's).
    const current = toArticleDocument(await systemDb().article.findUniqueOrThrow({ where: { id: b.id }, select: articleDocumentSelect }));
    const older = { ...current, title: "Ältere Fassung", titleParts: "fassung" };
    await index.addDocuments([{ ...older, checksum: documentChecksum(older) }]).waitTask();
    await index
      .addDocuments([
        {
          id: orphan,
          organizationId: org.id,
          title: `Verwaist ${marker}`,
          titleParts: "",
          status: "PUBLISHED",
          ownerId: org.viewers.EDITOR.userId,
        },
      ])
      .waitTask();
    expect(ids(await searchArticles(org.viewers.READER, { q: `Fehlt ${marker}` }))).not.toContain(a.id);

    const found = await checkSearchIndex();
    expect(found.missing).toContain(a.id);
    expect(found.outdated).toContain(b.id);
    expect(found.orphaned).toContain(orphan);
    expect(found.repaired).toBe(false);

    const repaired = await checkSearchIndex({ repair: true });
    expect(repaired.missing).toContain(a.id);
    const after = await checkSearchIndex();
    expect([after.missing, after.outdated, after.orphaned].flat().filter((id) => [a.id, b.id, orphan].includes(id))).toEqual([]);
    expect(ids(await searchArticles(org.viewers.READER, { q: `Fehlt ${marker}` }))).toContain(a.id);
    expect((await index.getDocument(b.id)).title).toBe(`Veraltet ${marker}`);
  });

  it("vergleicht im Index gespeicherten Inhalt, nicht nur die Prüfsumme; Listen in fester Reihenfolge", async () => {
    const org = await createTestOrganization();
    const marker = `Brachvogel${Date.now()}`;
    // Tasks linked in descending id order: the document lists them in id order all the same.
    const tasks = await Promise.all(
      ["Erste", "Zweite", "Dritte"].map((title) => buildTask(org.id, org.unitId, { title: `${title} Aufgabe ${marker}` })),
    );
    const linked = [...tasks].sort((x, y) => (x.id < y.id ? 1 : -1)).map((task) => task.id);
    const article = await createArticle(org.viewers.EDITOR, articleInput({ title: `Inhalt ${marker}`, taskIds: linked }));
    await drainSearchOutbox();
    const row = await systemDb().article.findUniqueOrThrow({ where: { id: article.id }, select: articleDocumentSelect });
    expect(toArticleDocument(row).taskIds).toEqual([...linked].sort());
    const index = meili().index(articleIndexName());
    // Someone changes the title in the index and leaves the checksum as it was.
    const stored = await index.getDocument(article.id);
    await index.updateDocuments([{ id: article.id, title: "Untergeschoben", checksum: stored.checksum }]).waitTask();
    const byChecksum = await checkSearchIndex();
    expect(byChecksum.outdated).not.toContain(article.id);
    const byContent = await checkSearchIndex({ compareContent: true, repair: true });
    expect(byContent.outdated).toContain(article.id);
    expect((await index.getDocument(article.id)).title).toBe(`Inhalt ${marker}`);
    const again = await checkSearchIndex({ compareContent: true });
    expect([...again.outdated, ...again.missing]).not.toContain(article.id);
  });

  it("sucht während des Neuaufbaus weiter und verliert keinen Treffer", async () => {
    const org = await createTestOrganization();
    const marker = `Rotschenkel${Date.now()}`;
    const { id } = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: `Neuaufbau ${marker}`, content: paragraphDoc(`Bleibt auffindbar ${marker}`) }),
    );
    await drainSearchOutbox();
    let rebuilding = true;
    const lines: string[] = [];
    const rebuild = reindexAllArticles({ batchSize: 50, log: (line) => lines.push(line) }).finally(() => (rebuilding = false));
    const seen: number[] = [];
    while (rebuilding) {
      seen.push(ids(await searchArticles(org.viewers.READER, { q: marker })).includes(id) ? 1 : 0);
    }
    await rebuild;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((hit) => hit === 1)).toBe(true);
    expect(lines.some((line) => /Artikel übergeben/.test(line))).toBe(true);
    expect(ids(await searchArticles(org.viewers.READER, { q: marker }))).toContain(id);
  });
});

describe("Prüfstand im Index", () => {
  it("stellt Artikel neu ein, deren Prüftermin inzwischen abgelaufen ist", async () => {
    const org = await createTestOrganization();
    const marker = `Sandregenpfeifer${Date.now()}`;
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: `Prüfung ${marker}` }));
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: marker })).facets.verification).toEqual([
      { value: "CURRENT", label: "CURRENT", count: 1 },
    ]);
    // Time passes: the review date is now yesterday.
    await systemDb().article.update({ where: { id }, data: { nextReviewAt: subDays(new Date(), 1) } });
    expect(await enqueueVerificationChanges(subDays(new Date(), 2))).toBeGreaterThanOrEqual(1);
    await drainSearchOutbox();
    const result = await searchArticles(org.viewers.READER, { q: marker });
    expect(result.facets.verification).toEqual([{ value: "EXPIRED", label: "EXPIRED", count: 1 }]);
    expect(result.hits[0].verification).toBe("EXPIRED");
    expect(ids(await searchArticles(org.viewers.READER, { q: marker, verification: "EXPIRED" }))).toEqual([id]);
    expect(ids(await searchArticles(org.viewers.READER, { q: marker, verification: "CURRENT" }))).toEqual([]);
  });
});
