import "server-only";
/**
 * "Fragen und Antworten" on an article. Any reader of the article asks; its
 * owner or an editor answers and may mark the answer as taken into the text.
 * Answered questions are shown to every reader and become part of the article's
 * search document (so the answer is found); open questions are seen by the
 * asker and by those who may answer. Asking privately stays ArticleFeedback.
 */
import { z } from "zod";
import { db } from "../db/client";
import { notifyUsers } from "../notifications/notify";
import type { Viewer } from "../auth/viewer";
import { canAnswerArticleQuestion } from "../auth/policy";
import { forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { enqueueArticleIndexing } from "../search/outbox";
import { fieldErrorsOf } from "./article-input";
import { loadReadableArticleFacts } from "./get-article";

const questionSchema = z.object({
  question: z
    .string({ error: "Bitte schreiben Sie Ihre Frage." })
    .trim()
    .min(5, "Bitte schreiben Sie Ihre Frage (mindestens 5 Zeichen).")
    .max(1000, "Höchstens 1.000 Zeichen."),
});
const answerSchema = z.object({
  answer: z
    .string({ error: "Bitte schreiben Sie eine Antwort." })
    .trim()
    .min(2, "Bitte schreiben Sie eine Antwort.")
    .max(4000, "Höchstens 4.000 Zeichen."),
});

/** A reader asks a question everyone reading the article will see once it is answered. */
export async function askQuestion(viewer: Viewer, articleId: unknown, input: unknown): Promise<{ id: string }> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  const parsed = questionSchema.safeParse(input);
  if (!parsed.success) throw invalid("Bitte prüfen Sie Ihre Frage.", fieldErrorsOf(parsed.error));
  return db().$transaction(async (tx) => {
    const created = await tx.articleQuestion.create({
      data: { organizationId: viewer.organizationId, articleId: facts.id, question: parsed.data.question, askedById: viewer.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, {
      action: "article.question.ask",
      entityType: "Article",
      entityId: facts.id,
      data: { questionId: created.id },
    });
    return created;
  });
}

/** The question with its article's policy facts, if the viewer may read the article; otherwise not found. */
async function questionForAnswering(viewer: Viewer, questionId: unknown) {
  const id = z.uuid().safeParse(questionId);
  if (!id.success) throw notFound("Die Frage");
  const question = await db().articleQuestion.findFirst({
    where: { id: id.data, organizationId: viewer.organizationId },
    select: { id: true, articleId: true, answer: true, askedById: true },
  });
  if (!question) throw notFound("Die Frage");
  const facts = await loadReadableArticleFacts(viewer, question.articleId).catch(() => {
    throw notFound("Die Frage");
  });
  if (!canAnswerArticleQuestion(viewer, facts)) throw forbidden("Antworten dürfen die verantwortliche Person und die Redaktion.");
  return { question, facts };
}

/** The owner or an editor answers (or corrects the answer); the answer is searchable from now on. */
export async function answerQuestion(viewer: Viewer, questionId: unknown, input: unknown): Promise<{ articleId: string }> {
  const parsed = answerSchema.safeParse(input);
  const { question, facts } = await questionForAnswering(viewer, questionId);
  if (!parsed.success) throw invalid("Bitte prüfen Sie Ihre Antwort.", fieldErrorsOf(parsed.error));
  await db().$transaction(async (tx) => {
    await tx.articleQuestion.update({
      where: { id: question.id, organizationId: viewer.organizationId },
      data: { answer: parsed.data.answer, answeredById: viewer.userId, answeredAt: new Date() },
    });
    await enqueueArticleIndexing(tx, { id: facts.id, organizationId: viewer.organizationId });
    // The asker hears of the first answer (a later correction does not notify again).
    const { title } = await tx.article.findUniqueOrThrow({
      where: { id: facts.id, organizationId: viewer.organizationId },
      select: { title: true },
    });
    await notifyUsers(tx, { organizationId: viewer.organizationId, actorUserId: viewer.userId }, [question.askedById], {
      kind: "QUESTION_ANSWERED",
      subject: title,
      href: `/wissen/${facts.id}#questions-heading`,
      dedupeKey: `question:${question.id}`,
    });
    await recordAuditEvent(tx, viewer, {
      action: "article.question.answer",
      entityType: "Article",
      entityId: facts.id,
      data: { questionId: question.id },
    });
  });
  return { articleId: facts.id };
}

/** "In den Artikel übernommen" (or taken back): tells readers the text now covers it. */
export async function markQuestionTakenIntoArticle(viewer: Viewer, questionId: unknown, taken: boolean): Promise<{ articleId: string }> {
  const { question, facts } = await questionForAnswering(viewer, questionId);
  if (!question.answer) throw invalid("Erst beantworten, dann als übernommen markieren.");
  await db().articleQuestion.update({
    where: { id: question.id, organizationId: viewer.organizationId },
    data: { takenIntoArticle: taken },
  });
  return { articleId: facts.id };
}

export interface ArticleQuestionView {
  id: string;
  question: string;
  askedAt: Date;
  /** Only shown to the asker ("Ihre Frage"); other readers do not learn who asked. */
  askedByMe: boolean;
  answer: string | null;
  answeredAt: Date | null;
  answeredByName: string | null;
  takenIntoArticle: boolean;
}

/**
 * The questions of an article for the viewer: answered ones for every reader,
 * open ones only for their asker and for those who may answer. Oldest first.
 */
export async function questionsOfArticle(viewer: Viewer, articleId: unknown) {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  const canAnswer = canAnswerArticleQuestion(viewer, facts);
  const rows = await db().articleQuestion.findMany({
    where: {
      organizationId: viewer.organizationId,
      articleId: facts.id,
      ...(canAnswer ? {} : { OR: [{ answer: { not: null } }, { askedById: viewer.userId }] }),
    },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      question: true,
      createdAt: true,
      askedById: true,
      answer: true,
      answeredAt: true,
      takenIntoArticle: true,
      answeredBy: { select: { displayName: true } },
    },
  });
  const questions: ArticleQuestionView[] = rows.map((row) => ({
    id: row.id,
    question: row.question,
    askedAt: row.createdAt,
    askedByMe: row.askedById === viewer.userId,
    answer: row.answer,
    answeredAt: row.answeredAt,
    answeredByName: row.answeredBy?.displayName ?? null,
    takenIntoArticle: row.takenIntoArticle,
  }));
  return { canAnswer, questions };
}
