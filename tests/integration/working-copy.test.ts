import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { getArticle } from "@/lib/knowledge/get-article";
import { takeWorkflowStep } from "@/lib/knowledge/article-workflow";
import { articlesAwaitingApproval } from "@/lib/knowledge/review-lists";
import { restoreRevision } from "@/lib/knowledge/revision-history";
import { getEditableVersion, getWorkingCopy, takeWorkingCopyStep, workingCopySummary } from "@/lib/knowledge/working-copy";
import { updateGovernanceSettings } from "@/lib/org/organization-settings";
import { loadTaskCoverage } from "@/lib/coverage/load-coverage";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { articleInput, createTestOrganization, paragraphDoc, type TestOrganization } from "./helpers/test-organization";

/** A published article of the test organization, linked to its task, with four-eyes approval switched on. */
async function publishedUnderFourEyes(org: TestOrganization, marker: string) {
  const { id } = await createArticle(
    org.viewers.EDITOR,
    articleInput({
      title: `Gewerbe ${marker}`,
      taskIds: [org.taskId],
      unitIds: [org.unitId],
      content: paragraphDoc(`Alt ${marker} Fassung.`),
    }),
  );
  await updateGovernanceSettings(org.viewers.ADMIN, { requireFourEyes: "on", defaultReviewIntervalMonths: "12" });
  await drainSearchOutbox();
  return id;
}

const edit = (org: TestOrganization, id: string, text: string, extra: Record<string, unknown> = {}) =>
  articleInput({
    id,
    version: 1,
    title: "Gewerbe überarbeitet",
    status: "IN_REVIEW",
    taskIds: [org.taskId],
    unitIds: [org.unitId],
    content: paragraphDoc(text),
    ...extra,
  });

const articleRow = (id: string) =>
  systemDb().article.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, title: true, contentText: true, confirmationVersion: true },
  });

describe("Arbeitskopie: die veröffentlichte Fassung bleibt online, solange die nächste in Prüfung ist", () => {
  it("Lesende, Suche und Abdeckung behalten die veröffentlichte Fassung bis zur Freigabe; die Prüfung vergleicht mit ihr", async () => {
    const org = await createTestOrganization();
    const marker = `Kiebitz${Date.now()}`;
    const fresh = `Neuwort${Date.now()}`;
    const id = await publishedUnderFourEyes(org, marker);

    const saved = await updateArticle(org.viewers.EDITOR, edit(org, id, `Neu ${fresh} auch digital.`, { changeNote: "Digital ergänzt" }));
    expect(saved).toEqual({ id, version: 1, workingCopyRevision: 1 });
    // The article itself is untouched: readers see the published text, not a 404.
    expect(await articleRow(id)).toMatchObject({ status: "PUBLISHED", version: 1, title: `Gewerbe ${marker}` });
    const reader = await getArticle(org.viewers.READER, id);
    expect(reader.status).toBe("PUBLISHED");
    expect(reader.contentHtml).toContain(`Alt ${marker}`);
    expect(reader.contentHtml).not.toContain(fresh);
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: marker })).hits.map((hit) => hit.id)).toEqual([id]);
    expect((await searchArticles(org.viewers.EDITOR, { q: fresh })).hits).toEqual([]);
    const coverage = (await loadTaskCoverage(org.viewers.HR)).find((row) => row.id === org.taskId);
    expect(coverage?.documented).toBe(true);

    // Readers and HR are not told about the copy; the author and the lead are.
    expect(await workingCopySummary(org.viewers.READER, reader.facts)).toBeNull();
    expect(await workingCopySummary(org.viewers.HR, reader.facts)).toBeNull();
    expect(await workingCopySummary(org.viewers.LEAD, reader.facts)).toMatchObject({ status: "IN_REVIEW" });

    // The review page compares with the published version.
    const copy = await getWorkingCopy(org.viewers.LEAD, id);
    expect(copy).toMatchObject({ status: "IN_REVIEW", revision: 1, changeNote: "Digital ergänzt", published: { version: 1 } });
    expect(copy.changes.fields).toEqual([{ label: "Titel", before: `Gewerbe ${marker}`, after: "Gewerbe überarbeitet" }]);
    expect(copy.changes.lines.some((line) => line.change === "changed" || line.change === "added")).toBe(true);
    expect(copy.steps).toEqual(["approve", "return", "discard"]);

    // Four-eyes: the author may not approve; the lead finds it waiting and approves.
    const byAuthor = await getWorkingCopy(org.viewers.EDITOR, id);
    expect(byAuthor.steps).not.toContain("approve");
    expect(byAuthor.blockedByFourEyes).toBe(true);
    await expect(takeWorkingCopyStep(org.viewers.EDITOR, { id, revision: 1, step: "approve" })).rejects.toThrow("nicht mitgeschrieben");
    expect(await articlesAwaitingApproval(org.viewers.LEAD)).toContainEqual(
      expect.objectContaining({ id, href: `/wissen/${id}/arbeitskopie`, title: "Gewerbe überarbeitet" }),
    );
    expect((await articlesAwaitingApproval(org.viewers.EDITOR)).map((entry) => entry.id)).not.toContain(id);

    await takeWorkingCopyStep(org.viewers.LEAD, { id, revision: 1, step: "approve" });
    expect(await articleRow(id)).toMatchObject({ status: "PUBLISHED", version: 3, title: "Gewerbe überarbeitet" });
    expect(await systemDb().articleWorkingCopy.count({ where: { articleId: id } })).toBe(0);
    expect((await getArticle(org.viewers.READER, id)).contentHtml).toContain(fresh);
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: fresh })).hits.map((hit) => hit.id)).toEqual([id]);
    const revisions = await systemDb().articleRevision.findMany({ where: { articleId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.status, r.contentChanged, r.authorId, r.changeNote])).toEqual([
      [1, "PUBLISHED", true, org.viewers.EDITOR.userId, "Angelegt"],
      [2, "IN_REVIEW", true, org.viewers.EDITOR.userId, "Digital ergänzt"],
      [3, "PUBLISHED", false, org.viewers.LEAD.userId, "Freigegeben und veröffentlicht"],
    ]);
    const audit = await systemDb().auditEvent.findMany({
      where: { entityId: id, action: { startsWith: "article." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((event) => [event.action, event.actorId])).toEqual([
      ["article.create", org.viewers.EDITOR.userId],
      ["article.update", org.viewers.EDITOR.userId],
      ["article.approve", org.viewers.LEAD.userId],
    ]);
  });

  it("zurückgeben, weiter bearbeiten, erneut einreichen, verwerfen; veraltete Seiten und Parallelbearbeitung ändern nichts", async () => {
    const org = await createTestOrganization();
    const id = await publishedUnderFourEyes(org, `Reiher${Date.now()}`);
    await updateArticle(org.viewers.EDITOR, edit(org, id, "Erster Versuch."));
    // A second editor who opened the published version before the copy existed: conflict, the copy stays.
    await expect(updateArticle(org.viewers.ADMIN, edit(org, id, "Parallel."))).rejects.toThrow("inzwischen");
    expect((await getWorkingCopy(org.viewers.LEAD, id)).contentHtml).toContain("Erster Versuch.");
    // Return needs a note; then the copy is a draft with the note.
    await expect(takeWorkingCopyStep(org.viewers.LEAD, { id, revision: 1, step: "return" })).rejects.toThrow("Angaben");
    await takeWorkingCopyStep(org.viewers.LEAD, { id, revision: 1, step: "return", note: "Bitte Fristen ergänzen." });
    // A second click from the outdated page is refused; approving a draft under four-eyes as well.
    await expect(takeWorkingCopyStep(org.viewers.LEAD, { id, revision: 1, step: "return", note: "nochmal" })).rejects.toThrow("Status");
    await expect(takeWorkingCopyStep(org.viewers.ADMIN, { id, revision: 2, step: "approve" })).rejects.toThrow("zuerst zur Prüfung");
    expect(await getWorkingCopy(org.viewers.EDITOR, id)).toMatchObject({
      status: "DRAFT",
      revision: 2,
      returnNote: "Bitte Fristen ergänzen.",
    });

    // The edit page starts from the copy, with its save counter.
    const editable = await getEditableVersion(org.viewers.EDITOR, id);
    expect(editable).toMatchObject({ status: "DRAFT", workingCopyRevision: 2, title: "Gewerbe überarbeitet", version: 1 });
    await expect(updateArticle(org.viewers.EDITOR, edit(org, id, "Alt.", { workingCopyRevision: 1 }))).rejects.toThrow("inzwischen");
    // The lead also writes on the copy: now neither author may approve under four-eyes.
    await updateArticle(org.viewers.LEAD, edit(org, id, "Mit Fristen.", { status: "DRAFT", workingCopyRevision: 2 }));
    await updateArticle(org.viewers.EDITOR, edit(org, id, "Mit Fristen, geprüft.", { workingCopyRevision: 3 }));
    const resubmitted = await getWorkingCopy(org.viewers.ADMIN, id);
    expect(resubmitted).toMatchObject({ status: "IN_REVIEW", revision: 4, returnNote: null });
    expect(resubmitted.authorNames).toEqual(
      [org.viewers.EDITOR.displayName, org.viewers.LEAD.displayName].sort((a, b) => a.localeCompare(b, "de")),
    );
    await expect(takeWorkingCopyStep(org.viewers.LEAD, { id, revision: 4, step: "approve" })).rejects.toThrow("nicht mitgeschrieben");

    // Archiving the published article is refused while a copy exists.
    await expect(takeWorkflowStep(org.viewers.ADMIN, { id, version: 1, step: "archive" })).rejects.toThrow("Arbeitskopie");
    expect((await articleRow(id)).status).toBe("PUBLISHED");

    // Discard: the copy is gone, the published version is unchanged, audited.
    await expect(takeWorkingCopyStep(org.viewers.READER, { id, revision: 4, step: "discard" })).rejects.toThrow("nicht gefunden");
    await takeWorkingCopyStep(org.viewers.EDITOR, { id, revision: 4, step: "discard" });
    expect(await systemDb().articleWorkingCopy.count({ where: { articleId: id } })).toBe(0);
    expect(await articleRow(id)).toMatchObject({ status: "PUBLISHED", version: 1 });
    expect(await systemDb().auditEvent.count({ where: { entityId: id, action: "article.discardWorkingCopy" } })).toBe(1);
    // A save from the now outdated copy editor is refused instead of starting a copy from stale text.
    await expect(updateArticle(org.viewers.EDITOR, edit(org, id, "Spät.", { workingCopyRevision: 4 }))).rejects.toThrow(
      "freigegeben oder verworfen",
    );
    await expect(getWorkingCopy(org.viewers.EDITOR, id)).rejects.toThrow("nicht gefunden");
  });

  it("ohne Vier-Augen-Prinzip: Entwurf als Arbeitskopie, direktes Veröffentlichen übernimmt sie; wesentliche Änderung bittet um Kenntnisnahme", async () => {
    const org = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Ohne vier Augen", unitIds: [org.unitId] }));
    await updateArticle(
      org.viewers.EDITOR,
      articleInput({ id, version: 1, status: "DRAFT", unitIds: [org.unitId], content: paragraphDoc("Entwurf.") }),
    );
    expect((await articleRow(id)).status).toBe("PUBLISHED");
    // Publishing without having started from the copy would lose it: conflict.
    await expect(
      updateArticle(org.viewers.ADMIN, articleInput({ id, version: 1, unitIds: [org.unitId], content: paragraphDoc("Anders.") })),
    ).rejects.toThrow("Arbeitskopie");
    await updateArticle(
      org.viewers.EDITOR,
      articleInput({
        id,
        version: 1,
        workingCopyRevision: 1,
        unitIds: [org.unitId],
        content: paragraphDoc("Endfassung."),
        requestConfirmation: true,
      }),
    );
    expect(await articleRow(id)).toMatchObject({ status: "PUBLISHED", version: 2, contentText: "Endfassung.", confirmationVersion: 2 });
    expect(await systemDb().articleWorkingCopy.count({ where: { articleId: id } })).toBe(0);

    // A copy approved later takes its "wesentliche Änderung" along.
    await updateArticle(
      org.viewers.EDITOR,
      articleInput({
        id,
        version: 2,
        status: "DRAFT",
        unitIds: [org.unitId],
        content: paragraphDoc("Noch neuer."),
        requestConfirmation: true,
      }),
    );
    await takeWorkingCopyStep(org.viewers.EDITOR, { id, revision: 1, step: "approve" });
    expect(await articleRow(id)).toMatchObject({ status: "PUBLISHED", version: 4, contentText: "Noch neuer.", confirmationVersion: 4 });
  });

  it("eine Wiederherstellung unter dem Vier-Augen-Prinzip wird eine Arbeitskopie; die alte Fassung bleibt online", async () => {
    const org = await createTestOrganization();
    const { id } = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "Wiederherstellen", content: paragraphDoc("Erste Fassung.") }),
    );
    await updateArticle(
      org.viewers.EDITOR,
      articleInput({ id, version: 1, title: "Wiederherstellen", content: paragraphDoc("Zweite Fassung.") }),
    );
    await updateGovernanceSettings(org.viewers.ADMIN, { requireFourEyes: "on", defaultReviewIntervalMonths: "12" });
    await restoreRevision(org.viewers.EDITOR, { articleId: id, version: 2, restoreVersion: 1 });
    expect(await articleRow(id)).toMatchObject({ status: "PUBLISHED", version: 2, contentText: "Zweite Fassung." });
    const copy = await getWorkingCopy(org.viewers.ADMIN, id);
    expect(copy).toMatchObject({ status: "IN_REVIEW", changeNote: "Version 1 wiederhergestellt" });
    expect(copy.contentHtml).toContain("Erste Fassung.");
    await takeWorkingCopyStep(org.viewers.ADMIN, { id, revision: 1, step: "approve" });
    expect(await articleRow(id)).toMatchObject({ status: "PUBLISHED", contentText: "Erste Fassung." });
  });

  it("fremde Kommunen und schwächere Rollen bekommen nichts: weder Kopie noch Schritt noch Bearbeitung", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const id = await publishedUnderFourEyes(org, `Milan${Date.now()}`);
    await updateArticle(org.viewers.EDITOR, edit(org, id, "Vertraulicher Entwurf."));
    const facts = (await getArticle(org.viewers.READER, id)).facts;
    for (const viewer of [org.viewers.READER, org.viewers.HR, ...Object.values(other.viewers)]) {
      await expect(getWorkingCopy(viewer, id)).rejects.toThrow("nicht gefunden");
      await expect(takeWorkingCopyStep(viewer, { id, revision: 1, step: "approve" })).rejects.toThrow(/nicht gefunden|Berechtigung/);
      await expect(takeWorkingCopyStep(viewer, { id, revision: 1, step: "discard" })).rejects.toThrow(/nicht gefunden|Berechtigung/);
      await expect(getEditableVersion(viewer, id)).rejects.toThrow("nicht gefunden");
      expect(await articlesAwaitingApproval(viewer)).not.toContainEqual(expect.objectContaining({ id }));
    }
    for (const viewer of Object.values(other.viewers)) {
      expect(await workingCopySummary(viewer, { ...facts, organizationId: viewer.organizationId })).toBeNull();
    }
    await expect(takeWorkingCopyStep(org.viewers.LEAD, { id: "kaputt", revision: 1, step: "approve" })).rejects.toThrow("Angaben");
    await expect(takeWorkingCopyStep(org.viewers.LEAD, { id, revision: 1, step: "springen" })).rejects.toThrow("Angaben");
    expect(await systemDb().articleWorkingCopy.findUniqueOrThrow({ where: { articleId: id } })).toMatchObject({
      status: "IN_REVIEW",
      revision: 1,
    });
    expect((await articleRow(id)).version).toBe(1);
  });
});
