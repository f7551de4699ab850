import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { answerQuestion, askQuestion, markQuestionTakenIntoArticle, questionsOfArticle } from "@/lib/knowledge/article-questions";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles } from "@/lib/search/search-articles";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Fragen und Antworten am Artikel", () => {
  it("Lesende fragen, Verantwortliche antworten; beantwortete Fragen sehen alle Lesenden, die Suche findet die Antwort", async () => {
    const org = await createTestOrganization();
    const marker = `Wachtel${Date.now()}`;
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe Fragen", unitIds: [org.unitId] }));
    const { id: questionId } = await askQuestion(org.viewers.READER, id, { question: "Gilt das auch für Reisegewerbe?" });
    // Open: the asker and those who may answer see it, other readers not.
    expect((await questionsOfArticle(org.viewers.READER, id)).questions).toMatchObject([{ askedByMe: true, answer: null }]);
    expect((await questionsOfArticle(org.viewers.HR, id)).questions).toEqual([]);
    expect(await questionsOfArticle(org.viewers.EDITOR, id)).toMatchObject({ canAnswer: true, questions: [{ askedByMe: false }] });
    expect((await questionsOfArticle(org.viewers.LEAD, id)).canAnswer).toBe(true);

    // Readers and HR may not answer; bad input changes nothing.
    await expect(answerQuestion(org.viewers.READER, questionId, { answer: "Ja." })).rejects.toThrow("Antworten dürfen");
    await expect(answerQuestion(org.viewers.HR, questionId, { answer: "Ja." })).rejects.toThrow("Antworten dürfen");
    await expect(answerQuestion(org.viewers.EDITOR, questionId, { answer: " " })).rejects.toThrow("Antwort");
    await expect(markQuestionTakenIntoArticle(org.viewers.EDITOR, questionId, true)).rejects.toThrow("Erst beantworten");
    expect((await systemDb().articleQuestion.findUniqueOrThrow({ where: { id: questionId } })).answer).toBeNull();

    await answerQuestion(org.viewers.EDITOR, questionId, { answer: `Nein, dafür gibt es die Reisegewerbekarte ${marker}.` });
    await markQuestionTakenIntoArticle(org.viewers.EDITOR, questionId, true);
    const forHr = await questionsOfArticle(org.viewers.HR, id);
    expect(forHr).toMatchObject({
      canAnswer: false,
      questions: [{ askedByMe: false, takenIntoArticle: true, answeredByName: org.viewers.EDITOR.displayName }],
    });
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: marker })).hits.map((hit) => hit.id)).toEqual([id]);
    expect(await systemDb().auditEvent.count({ where: { entityId: id, action: { startsWith: "article.question." } } })).toBe(2);
  });

  it("fremde Kommunen bekommen nichts; Fragen zu unlesbaren Entwürfen werden abgelehnt", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Fremdfragen" }));
    const { id: draftId } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Entwurf", status: "DRAFT" }));
    const { id: questionId } = await askQuestion(org.viewers.READER, id, { question: "Wer ist zuständig?" });
    await answerQuestion(org.viewers.EDITOR, questionId, { answer: "Das Bürgeramt." });
    for (const viewer of Object.values(other.viewers)) {
      await expect(questionsOfArticle(viewer, id)).rejects.toThrow("nicht gefunden");
      await expect(askQuestion(viewer, id, { question: "Darf ich fragen?" })).rejects.toThrow("nicht gefunden");
      await expect(answerQuestion(viewer, questionId, { answer: "Fremd." })).rejects.toThrow("nicht gefunden");
      await expect(markQuestionTakenIntoArticle(viewer, questionId, false)).rejects.toThrow("nicht gefunden");
    }
    await expect(askQuestion(org.viewers.READER, draftId, { question: "Darf ich fragen?" })).rejects.toThrow("nicht gefunden");
    await expect(askQuestion(org.viewers.READER, id, { question: "?" })).rejects.toThrow("Frage");
    await expect(answerQuestion(org.viewers.EDITOR, "kaputt", { answer: "x" })).rejects.toThrow("nicht gefunden");
    expect(await systemDb().articleQuestion.count({ where: { articleId: { in: [id, draftId] } } })).toBe(1);
    expect((await systemDb().articleQuestion.findUniqueOrThrow({ where: { id: questionId } })).answer).toBe("Das Bürgeramt.");
  });
});
