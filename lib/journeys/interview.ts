import "server-only";
/**
 * "Mein Wissen sichern": the tasks of a person (leaving or not), a guided
 * interview per task answered in several sittings, and handing it in as an
 * Austrittswissen draft for review, linked to the task. Only the people who own
 * or deputise the task may document it.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canDocumentTask } from "../auth/policy";
import { conflict, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadCoverageRows } from "../coverage/load-coverage";
import { createTaskDocumentation } from "../knowledge/save-article";
import type { TiptapNodeJson } from "../content/document-schema";
import { INTERVIEW_QUESTIONS, type InterviewAnswers } from "./interview-questions";

const answersSchema = z.object(
  Object.fromEntries(
    INTERVIEW_QUESTIONS.map((question) => [
      question.key,
      z
        .string({ error: `„${question.section}“: Bitte geben Sie Text ein.` })
        .max(10_000, `„${question.section}“: höchstens 10.000 Zeichen.`)
        .optional(),
    ]),
  ),
  { error: "Die Antworten konnten nicht gelesen werden. Bitte laden Sie die Seite neu." },
);

/** The viewer's own tasks (as owner) with coverage, interview state and progress, most at risk first. */
export async function myKnowledge(viewer: Viewer, now: Date = new Date()) {
  if (!viewer.personId) return null;
  const [person, rows, interviews] = await Promise.all([
    db().person.findFirst({
      where: { id: viewer.personId, organizationId: viewer.organizationId },
      select: { plannedExitMonth: true, exitReason: true },
    }),
    loadCoverageRows({ organizationId: viewer.organizationId, assignments: { some: { personId: viewer.personId, role: "OWNER" } } }, now),
    db().knowledgeInterview.findMany({
      where: { organizationId: viewer.organizationId, personId: viewer.personId },
      select: { taskId: true, articleId: true, updatedAt: true, answers: true },
    }),
  ]);
  if (!person) return null;
  const byTask = new Map(interviews.map((interview) => [interview.taskId, interview]));
  const tasks = rows
    .map((row) => {
      const interview = byTask.get(row.id);
      const answered = interview
        ? Object.values(interview.answers as InterviewAnswers).filter((answer) => (answer ?? "").trim() !== "").length
        : 0;
      return {
        ...row,
        interview: interview
          ? { answered, handedIn: interview.articleId !== null, articleId: interview.articleId, updatedAt: interview.updatedAt }
          : null,
      };
    })
    .sort((a, b) => b.risk - a.risk);
  return {
    plannedExitMonth: person.plannedExitMonth,
    tasks,
    documented: tasks.filter((task) => task.maturity >= 2).length,
  };
}

async function taskForDocumenting(viewer: Viewer, taskId: unknown) {
  const id = z.uuid().safeParse(taskId);
  if (!id.success) throw notFound("Die Aufgabe");
  const task = await db().task.findFirst({
    where: { id: id.data, organizationId: viewer.organizationId },
    select: { id: true, organizationId: true, title: true, orgUnitId: true, positionId: true, assignments: { select: { personId: true } } },
  });
  if (!task || !canDocumentTask(viewer, { organizationId: task.organizationId, personIds: task.assignments.map((a) => a.personId) }))
    throw notFound("Die Aufgabe");
  return task;
}

export async function getInterview(viewer: Viewer, taskId: unknown) {
  const task = await taskForDocumenting(viewer, taskId);
  const interview = await db().knowledgeInterview.findUnique({
    where: { taskId_personId: { taskId: task.id, personId: viewer.personId! }, organizationId: viewer.organizationId },
  });
  return {
    task: { id: task.id, title: task.title },
    answers: (interview?.answers ?? {}) as InterviewAnswers,
    articleId: interview?.articleId ?? null,
    updatedAt: interview?.updatedAt ?? null,
  };
}

/** Saves the answers given so far (any subset); the interview can be continued later. */
export async function saveInterviewAnswers(viewer: Viewer, taskId: unknown, raw: unknown): Promise<{ updatedAt: Date }> {
  const task = await taskForDocumenting(viewer, taskId);
  const parsed = answersSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "Bitte prüfen Sie Ihre Antworten.");
  const key = { taskId: task.id, personId: viewer.personId! };
  const existing = await db().knowledgeInterview.findUnique({
    where: { taskId_personId: key, organizationId: viewer.organizationId },
    select: { answers: true },
  });
  const answers = { ...((existing?.answers ?? {}) as InterviewAnswers), ...parsed.data };
  const saved = await db().knowledgeInterview.upsert({
    where: { taskId_personId: key, organizationId: viewer.organizationId },
    create: { ...key, organizationId: viewer.organizationId, answers },
    update: { answers },
    select: { updatedAt: true },
  });
  return saved;
}

const BULLET = /^[-*•–]\s+/;
const NUMBERED = /^\d{1,3}[.)]\s+/;
const inline = (value: string): TiptapNodeJson => ({ type: "text", text: value });

/**
 * One block of an answer: runs of "- …" lines become a bullet list, runs of
 * "1. …" lines a numbered list, other lines a paragraph (line breaks kept) –
 * so "Folgende Schritte:" followed by dashes reads as a sentence and a list.
 */
export function answerBlocks(block: string): TiptapNodeJson[] {
  const lines = block
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const kindOf = (line: string) => (BULLET.test(line) ? "bulletList" : NUMBERED.test(line) ? "orderedList" : "paragraph");
  const nodes: TiptapNodeJson[] = [];
  for (let index = 0; index < lines.length;) {
    const kind = kindOf(lines[index]!);
    const run: string[] = [];
    while (index < lines.length && kindOf(lines[index]!) === kind) run.push(lines[index++]!);
    if (kind === "paragraph") {
      nodes.push({
        type: "paragraph",
        content: run.flatMap((line, position) => (position === 0 ? [inline(line)] : [{ type: "hardBreak" }, inline(line)])),
      });
    } else {
      const marker = kind === "bulletList" ? BULLET : NUMBERED;
      nodes.push({
        type: kind,
        content: run.map((line) => ({ type: "listItem", content: [{ type: "paragraph", content: [inline(line.replace(marker, ""))] }] })),
      });
    }
  }
  return nodes;
}

/** The answers as an Austrittswissen document: the eight sections of the template, answers as paragraphs and lists. */
export function interviewDocument(answers: InterviewAnswers): TiptapNodeJson {
  const text = inline;
  const content: TiptapNodeJson[] = [];
  for (const question of INTERVIEW_QUESTIONS) {
    content.push({ type: "heading", attrs: { level: 2 }, content: [text(question.section)] });
    const answer = (answers[question.key] ?? "").trim();
    if (!answer) {
      content.push({ type: "paragraph", content: [{ type: "text", text: "(noch offen)", marks: [{ type: "italic" }] }] });
      continue;
    }
    for (const block of answer.split(/\n\s*\n/)) content.push(...answerBlocks(block));
  }
  return { type: "doc", content };
}

/**
 * Hands the interview in: a new Austrittswissen article "In Prüfung", linked to
 * the task, owned by the person. Checking, creating and linking run in one
 * transaction with the interview row locked, so a double submit creates one article.
 */
export async function handInInterview(viewer: Viewer, taskId: unknown): Promise<{ articleId: string }> {
  const task = await taskForDocumenting(viewer, taskId);
  const personId = viewer.personId!;
  return db().$transaction(async (tx) => {
    const [interview] = await tx.$queryRaw<{ articleId: string | null; answers: InterviewAnswers }[]>`
      SELECT "articleId"::text AS "articleId", answers FROM "KnowledgeInterview"
      WHERE "taskId" = ${task.id}::uuid AND "personId" = ${personId}::uuid AND "organizationId" = ${viewer.organizationId}::uuid
      FOR UPDATE`;
    if (interview?.articleId)
      throw conflict("Diese Befragung wurde schon als Artikel übergeben. Ergänzungen bitte im Artikel oder über die Redaktion.");
    const answers = interview?.answers ?? {};
    if (!interview || !INTERVIEW_QUESTIONS.some((question) => (answers[question.key] ?? "").trim() !== "")) {
      throw invalid("Bitte beantworten Sie mindestens eine Frage, bevor Sie übergeben.");
    }
    const { id } = await createTaskDocumentation(
      tx,
      viewer,
      { id: task.id, organizationId: task.organizationId, personIds: task.assignments.map((a) => a.personId) },
      {
        title: `Austrittswissen: ${task.title}`.slice(0, 200),
        kind: "EXIT",
        content: interviewDocument(answers),
        unitIds: [task.orgUnitId],
        positionIds: task.positionId ? [task.positionId] : [],
        changeNote: "Aus der Befragung „Mein Wissen sichern“",
      },
    );
    await tx.knowledgeInterview.update({
      where: { taskId_personId: { taskId: task.id, personId }, organizationId: viewer.organizationId },
      data: { articleId: id },
    });
    await recordAuditEvent(tx, viewer, {
      action: "journey.interview-hand-in",
      entityType: "Task",
      entityId: task.id,
      data: { articleId: id },
    });
    return { articleId: id };
  });
}
