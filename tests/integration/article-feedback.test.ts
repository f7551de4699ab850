import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { giveFeedback, openFeedbackForOwner, openFeedbackOfArticle, resolveFeedback } from "@/lib/knowledge/article-feedback";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Rückmeldungen zu Artikeln", () => {
  it("Lesende melden „veraltet“ oder fragen; die verantwortliche Person sieht und erledigt es, festgehalten mit wer und wann", async () => {
    const org = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: `Rückmeldbar ${Date.now()}`, unitIds: [org.unitId] }));
    const { id: feedbackId } = await giveFeedback(org.viewers.READER, id, {
      kind: "OUTDATED",
      message: "Die Gebühr ist seit Januar höher.",
    });
    await giveFeedback(org.viewers.HR, id, { kind: "QUESTION", message: "Gilt das auch für Vereine?" });

    // The owner (editor) and the lead of the unit see both; the reader who asked sees none on the article.
    expect((await openFeedbackOfArticle(org.viewers.EDITOR, id)).map((entry) => entry.kind)).toEqual(["OUTDATED", "QUESTION"]);
    expect(await openFeedbackOfArticle(org.viewers.LEAD, id)).toHaveLength(2);
    expect(await openFeedbackOfArticle(org.viewers.READER, id)).toEqual([]);
    expect((await openFeedbackForOwner(org.viewers.EDITOR)).map((entry) => entry.authorName)).toEqual([
      org.viewers.READER.displayName,
      org.viewers.HR.displayName,
    ]);
    expect(await openFeedbackForOwner(org.viewers.READER)).toEqual([]);

    await expect(resolveFeedback(org.viewers.READER, feedbackId, "erledigt")).rejects.toThrow("verantwortliche Person");
    await expect(resolveFeedback(org.viewers.EDITOR, feedbackId, " ")).rejects.toThrow("Bitte schreiben Sie kurz");
    await resolveFeedback(org.viewers.EDITOR, feedbackId, "Gebühr im Abschnitt Ablauf angepasst.");
    await expect(resolveFeedback(org.viewers.EDITOR, feedbackId, "noch einmal")).rejects.toThrow("bereits erledigt");
    const stored = await systemDb().articleFeedback.findUniqueOrThrow({ where: { id: feedbackId } });
    expect(stored).toMatchObject({
      status: "RESOLVED",
      resolution: "Gebühr im Abschnitt Ablauf angepasst.",
      resolvedById: org.viewers.EDITOR.userId,
    });
    expect(stored.resolvedAt).toBeInstanceOf(Date);
    expect((await openFeedbackOfArticle(org.viewers.EDITOR, id)).map((entry) => entry.kind)).toEqual(["QUESTION"]);
    const actions = (await systemDb().auditEvent.findMany({ where: { entityId: id, action: { startsWith: "article.feedback" } } }))
      .map((event) => event.action)
      .sort();
    expect(actions).toEqual(["article.feedback", "article.feedback", "article.feedback.resolve"]);
  });

  it("prüft die Eingabe, lässt fremde Kommunen und verborgene Entwürfe außen vor und ändert dann nichts", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const published = await createArticle(org.viewers.EDITOR, articleInput({ title: `Öffentlich ${Date.now()}` }));
    const draft = await createArticle(org.viewers.EDITOR, articleInput({ title: `Entwurf ${Date.now()}`, status: "DRAFT" }));
    await expect(giveFeedback(org.viewers.READER, published.id, { kind: "OUTDATED", message: "kurz" })).rejects.toThrow(
      "markierten Angaben",
    );
    await expect(giveFeedback(org.viewers.READER, published.id, { kind: "LOB", message: "Das ist ein Lob." })).rejects.toThrow(
      "markierten Angaben",
    );
    await expect(giveFeedback(org.viewers.READER, draft.id, { kind: "QUESTION", message: "Was steht im Entwurf?" })).rejects.toThrow(
      "nicht gefunden",
    );
    await expect(giveFeedback(other.viewers.ADMIN, published.id, { kind: "QUESTION", message: "Fremde Frage hier?" })).rejects.toThrow(
      "nicht gefunden",
    );
    expect(await systemDb().articleFeedback.count({ where: { articleId: { in: [published.id, draft.id] } } })).toBe(0);
    const { id: feedbackId } = await giveFeedback(org.viewers.READER, published.id, { kind: "QUESTION", message: "Wer ist zuständig?" });
    await expect(resolveFeedback(other.viewers.ADMIN, feedbackId, "von außen")).rejects.toThrow("nicht gefunden");
    await expect(openFeedbackOfArticle(other.viewers.ADMIN, published.id)).rejects.toThrow("nicht gefunden");
    expect(await openFeedbackForOwner(other.viewers.EDITOR)).toEqual([]);
    expect((await systemDb().articleFeedback.findUniqueOrThrow({ where: { id: feedbackId } })).status).toBe("OPEN");
  });
});
