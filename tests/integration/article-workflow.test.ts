import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { takeWorkflowStep } from "@/lib/knowledge/article-workflow";
import { takeWorkingCopyStep } from "@/lib/knowledge/working-copy";
import { getArticle } from "@/lib/knowledge/get-article";
import { articlesAwaitingApproval } from "@/lib/knowledge/review-lists";
import { governanceSettings, updateGovernanceSettings } from "@/lib/org/organization-settings";
import { articleInput, createTestOrganization, paragraphDoc } from "./helpers/test-organization";
import { daysBetween } from "@/lib/dates";

async function stateOf(id: string) {
  return systemDb().article.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, publishedAt: true, nextReviewAt: true },
  });
}

describe("Status-Workflow mit Vier-Augen-Prinzip", () => {
  it("Entwurf → In Prüfung → Freigabe durch eine zweite Person → Veröffentlicht → Archiviert", async () => {
    const org = await createTestOrganization();
    await updateGovernanceSettings(org.viewers.ADMIN, { requireFourEyes: "on", defaultReviewIntervalMonths: "6" });
    const author = org.viewers.EDITOR;
    // Publishing by saving is refused under four-eyes approval, and nothing is created.
    const before = await systemDb().article.count({ where: { organizationId: org.id } });
    await expect(createArticle(author, articleInput({ title: "Vier Augen direkt", status: "PUBLISHED" }))).rejects.toThrow(
      "Vier-Augen-Prinzip",
    );
    expect(await systemDb().article.count({ where: { organizationId: org.id } })).toBe(before);

    const { id } = await createArticle(
      author,
      articleInput({ title: "Vier Augen Meldebescheinigung", status: "DRAFT", unitIds: [org.unitId] }),
    );
    expect((await systemDb().article.findUniqueOrThrow({ where: { id } })).reviewIntervalMonths).toBe(6);
    await expect(getArticle(org.viewers.READER, id)).rejects.toThrow("nicht gefunden");
    // The author cannot approve a draft; submit first.
    await expect(takeWorkflowStep(author, { id, version: 1, step: "approve" })).rejects.toThrow("zuerst zur Prüfung");
    await takeWorkflowStep(author, { id, version: 1, step: "submit" });
    expect((await stateOf(id)).status).toBe("IN_REVIEW");
    // The author (also editor) is blocked; HR and readers do not even see it in review; nothing changes.
    await expect(takeWorkflowStep(author, { id, version: 2, step: "approve" })).rejects.toThrow("nicht mitgeschrieben");
    await expect(takeWorkflowStep(org.viewers.HR, { id, version: 2, step: "approve" })).rejects.toThrow("nicht gefunden");
    await expect(takeWorkflowStep(org.viewers.READER, { id, version: 2, step: "approve" })).rejects.toThrow("nicht gefunden");
    expect(await stateOf(id)).toMatchObject({ status: "IN_REVIEW", version: 2, publishedAt: null });
    expect((await getArticle(author, id)).blockedByFourEyes).toBe(true);
    // The lead of the linked unit sees it on the start page and approves.
    expect((await articlesAwaitingApproval(org.viewers.LEAD)).map((a) => a.id)).toContain(id);
    expect((await articlesAwaitingApproval(author)).map((a) => a.id)).not.toContain(id);
    await takeWorkflowStep(org.viewers.LEAD, { id, version: 2, step: "approve" });
    const published = await stateOf(id);
    expect(published).toMatchObject({ status: "PUBLISHED", version: 3 });
    expect(daysBetween(published.publishedAt!, published.nextReviewAt!)).toBeGreaterThan(175);
    expect((await getArticle(org.viewers.READER, id)).status).toBe("PUBLISHED");
    const revisions = await systemDb().articleRevision.findMany({ where: { articleId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.status, r.contentChanged, r.changeNote])).toEqual([
      ["DRAFT", true, "Angelegt"],
      ["IN_REVIEW", false, "Zur Prüfung eingereicht"],
      ["PUBLISHED", false, "Freigegeben und veröffentlicht"],
    ]);
    const audit = await systemDb().auditEvent.findMany({
      where: { entityId: id, action: { startsWith: "article." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((event) => [event.action, event.actorId])).toEqual([
      ["article.create", author.userId],
      ["article.submit", author.userId],
      ["article.approve", org.viewers.LEAD.userId],
    ]);
    expect(await systemDb().searchOutbox.count({ where: { articleId: id } })).toBeGreaterThanOrEqual(1);

    // Editing the published article under four-eyes approval: "Veröffentlicht" is refused; "In Prüfung" goes to a
    // working copy while readers keep version 3 (working-copy.test.ts covers the copy in depth).
    const edit = articleInput({
      id,
      version: 3,
      title: "Vier Augen Meldebescheinigung",
      unitIds: [org.unitId],
      content: paragraphDoc("Neu: auch digital."),
    });
    await expect(updateArticle(author, edit)).rejects.toThrow("Vier-Augen-Prinzip");
    expect((await stateOf(id)).version).toBe(3);
    await updateArticle(author, { ...edit, status: "IN_REVIEW" });
    expect(await stateOf(id)).toMatchObject({ status: "PUBLISHED", version: 3 });
    expect((await getArticle(org.viewers.READER, id)).contentHtml).not.toContain("digital");
    // The lead who approved before may approve this version: they did not write it.
    await takeWorkingCopyStep(org.viewers.LEAD, { id, revision: 1, step: "approve" });
    expect((await getArticle(org.viewers.READER, id)).contentHtml).toContain("digital");
    await takeWorkflowStep(org.viewers.LEAD, { id, version: 5, step: "archive" });
    expect((await stateOf(id)).status).toBe("ARCHIVED");
    await expect(getArticle(org.viewers.READER, id)).rejects.toThrow("nicht gefunden");
    await takeWorkflowStep(author, { id, version: 6, step: "reopen" });
    expect((await stateOf(id)).status).toBe("DRAFT");
  });

  it("Zurückgeben braucht eine Notiz; veraltete Seiten, fremde Kommunen und falsche Schritte ändern nichts", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Rückgabe Test", status: "IN_REVIEW" }));
    await expect(takeWorkflowStep(org.viewers.ADMIN, { id, version: 1, step: "return" })).rejects.toThrow("Angaben");
    await expect(takeWorkflowStep(org.viewers.ADMIN, { id, version: 1, step: "return", note: "   " })).rejects.toThrow("Angaben");
    await expect(takeWorkflowStep(org.viewers.ADMIN, { id, version: 1, step: "springen" })).rejects.toThrow("Angaben");
    await expect(takeWorkflowStep(org.viewers.ADMIN, { id, version: 1, step: "archive" })).rejects.toThrow("Status");
    for (const role of ["ADMIN", "EDITOR", "LEAD"] as const) {
      await expect(takeWorkflowStep(other.viewers[role], { id, version: 1, step: "approve" })).rejects.toThrow("nicht gefunden");
    }
    expect(await stateOf(id)).toMatchObject({ status: "IN_REVIEW", version: 1 });
    await takeWorkflowStep(org.viewers.ADMIN, { id, version: 1, step: "return", note: "Bitte die Fristen ergänzen." });
    // A second click from the same, now outdated page is refused.
    await expect(takeWorkflowStep(org.viewers.ADMIN, { id, version: 1, step: "return", note: "nochmal" })).rejects.toThrow(
      /Status|geändert/,
    );
    const latest = await systemDb().articleRevision.findFirstOrThrow({ where: { articleId: id }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({
      status: "DRAFT",
      changeNote: "Zur Überarbeitung zurückgegeben: Bitte die Fristen ergänzen.",
      contentChanged: false,
    });
    // Without four-eyes approval an editor publishes a draft directly (one step).
    await takeWorkflowStep(org.viewers.EDITOR, { id, version: 2, step: "approve" });
    expect((await stateOf(id)).status).toBe("PUBLISHED");
    // Stale version: conflict, nothing written.
    await expect(takeWorkflowStep(org.viewers.EDITOR, { id, version: 2, step: "archive" })).rejects.toThrow("inzwischen geändert");
    expect((await stateOf(id)).status).toBe("PUBLISHED");
  });
});

describe("Einstellungen der Organisation", () => {
  it("nur die Administration ändert sie; ungültige Eingaben ändern nichts; alles im Prüfprotokoll", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    expect(await governanceSettings(org.id)).toEqual({
      requireFourEyes: false,
      defaultReviewIntervalMonths: 12,
      readConfirmationsEnabled: false,
      leadsSeeOnboardingProgress: false,
    });
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(
        updateGovernanceSettings(org.viewers[role], { requireFourEyes: "on", defaultReviewIntervalMonths: "3" }),
      ).rejects.toThrow("Administration");
    }
    await expect(updateGovernanceSettings(org.viewers.ADMIN, { defaultReviewIntervalMonths: "0" })).rejects.toThrow("markierten");
    await expect(updateGovernanceSettings(org.viewers.ADMIN, { defaultReviewIntervalMonths: "zwölf" })).rejects.toThrow("markierten");
    await expect(updateGovernanceSettings(org.viewers.ADMIN, { defaultReviewIntervalMonths: "61" })).rejects.toThrow("markierten");
    expect(await governanceSettings(org.id)).toEqual({
      requireFourEyes: false,
      defaultReviewIntervalMonths: 12,
      readConfirmationsEnabled: false,
      leadsSeeOnboardingProgress: false,
    });
    // The admin of another municipality changes only their own.
    await updateGovernanceSettings(other.viewers.ADMIN, {
      requireFourEyes: "on",
      defaultReviewIntervalMonths: "24",
      readConfirmationsEnabled: "on",
    });
    expect((await governanceSettings(org.id)).requireFourEyes).toBe(false);
    await updateGovernanceSettings(org.viewers.ADMIN, { readConfirmationsEnabled: "on", defaultReviewIntervalMonths: "18" });
    expect(await governanceSettings(org.id)).toEqual({
      requireFourEyes: false,
      defaultReviewIntervalMonths: 18,
      readConfirmationsEnabled: true,
      leadsSeeOnboardingProgress: false,
    });
    const audit = await systemDb().auditEvent.findMany({ where: { organizationId: org.id, action: "organization.settings" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({
      before: { defaultReviewIntervalMonths: 12 },
      after: { defaultReviewIntervalMonths: 18, readConfirmationsEnabled: true },
    });
    // New articles take the organization's interval; the form can set its own.
    const a = await createArticle(org.viewers.EDITOR, articleInput({ title: "Intervall Vorgabe" }));
    const b = await createArticle(org.viewers.EDITOR, articleInput({ title: "Intervall eigen", reviewIntervalMonths: "3" }));
    await expect(
      createArticle(org.viewers.EDITOR, articleInput({ title: "Intervall falsch", reviewIntervalMonths: "100" })),
    ).rejects.toThrow("markierten");
    const intervals = await systemDb().article.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { id: true, reviewIntervalMonths: true },
    });
    expect(Object.fromEntries(intervals.map((row) => [row.id, row.reviewIntervalMonths]))).toEqual({ [a.id]: 18, [b.id]: 3 });
  });
});

describe("Prüfende Person", () => {
  it("eine benannte Fachperson gibt unter dem Vier-Augen-Prinzip frei; fremde oder gesperrte Personen werden abgelehnt; Übergabe nimmt die Rolle mit", async () => {
    const { handOverOwnership } = await import("@/lib/knowledge/ownership-handover");
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    await updateGovernanceSettings(org.viewers.ADMIN, { requireFourEyes: "on", defaultReviewIntervalMonths: "12" });
    const expert = org.viewers.READER;
    await expect(
      createArticle(
        org.viewers.EDITOR,
        articleInput({ title: "Fremde Prüferin", status: "DRAFT", verifierId: other.viewers.READER.userId }),
      ),
    ).rejects.toThrow("Verknüpfungen");
    await expect(
      createArticle(org.viewers.EDITOR, articleInput({ title: "Kaputte Auswahl", status: "DRAFT", verifierId: "x" })),
    ).rejects.toThrow("markierten");
    const { id } = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "Friedhofsgebühren", status: "IN_REVIEW", verifierId: expert.userId }),
    );
    // The expert (a reader) sees the article in review, gets it on the start page and approves it.
    expect((await getArticle(expert, id)).workflowSteps).toEqual(["approve", "return"]);
    expect((await articlesAwaitingApproval(expert)).map((a) => a.id)).toEqual([id]);
    expect((await articlesAwaitingApproval(org.viewers.HR)).map((a) => a.id)).toEqual([]);
    await expect(getArticle(org.viewers.HR, id)).rejects.toThrow("nicht gefunden");
    await takeWorkflowStep(expert, { id, version: 1, step: "approve" });
    expect((await stateOf(id)).status).toBe("PUBLISHED");
    expect(await getArticle(expert, id)).toMatchObject({ canVerify: true, canEdit: false, verifierName: expert.displayName });

    // A locked account cannot be named.
    await systemDb().user.update({ where: { id: org.viewers.HR.userId }, data: { active: false } });
    await expect(
      createArticle(org.viewers.EDITOR, articleInput({ title: "Gesperrte Prüferin", status: "DRAFT", verifierId: org.viewers.HR.userId })),
    ).rejects.toThrow("Verknüpfungen");
    await systemDb().user.update({ where: { id: org.viewers.HR.userId }, data: { active: true } });

    // When the expert leaves, the admin hands over: the verifier role moves, too.
    await handOverOwnership(org.viewers.ADMIN, { fromUserId: expert.userId, toUserId: org.viewers.LEAD.userId });
    expect((await systemDb().article.findUniqueOrThrow({ where: { id } })).verifierId).toBe(org.viewers.LEAD.userId);
  });
});
