import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { systemDb } from "../db/client";
import type { TiptapNodeJson } from "../content/document-schema";
import { verificationState, type VerificationState } from "../knowledge/verification";
import { indexParts } from "./index-parts";

/**
 * What the index stores per article. Title, headings and body (with the
 * answered questions of the article) are searched as written, without German
 * segmentation, so the engine's typo tolerance works on whole words; beside
 * each, a "…Parts" field holds the compound parts and spelling variants of its
 * words (index-parts.ts), so parts are found by the same single query.
 * Permission fields are used as filters; `checksum` lets `search:check` compare
 * index and database.
 */
export interface ArticleDocument {
  id: string;
  organizationId: string;
  title: string;
  headings: string;
  text: string;
  titleParts: string;
  headingParts: string;
  textParts: string;
  kind: string;
  status: string;
  ownerId: string;
  unitIds: string[];
  unitNames: string[];
  positionIds: string[];
  positionNames: string[];
  taskIds: string[];
  taskNames: string[];
  verification: VerificationState;
  /** Ranking tie-breaker: published and verified first, drafts later, archived last. */
  trust: number;
  updatedAt: number;
  checksum: string;
}

export const articleDocumentSelect = {
  id: true,
  organizationId: true,
  title: true,
  kind: true,
  status: true,
  ownerId: true,
  content: true,
  contentText: true,
  nextReviewAt: true,
  updatedAt: true,
  // In a fixed order: the lists feed the checksum, so an unordered read would make
  // an unchanged article look outdated to the index check.
  units: { orderBy: { orgUnitId: "asc" }, select: { orgUnit: { select: { id: true, name: true } } } },
  positions: { orderBy: { positionId: "asc" }, select: { position: { select: { id: true, title: true } } } },
  tasks: { orderBy: { taskId: "asc" }, select: { task: { select: { id: true, title: true } } } },
  // Answered "Fragen und Antworten" are searched with the body (they are shown to every reader).
  questions: { where: { answer: { not: null } }, orderBy: { createdAt: "asc" }, take: 100, select: { question: true, answer: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleDocumentRow = Prisma.ArticleGetPayload<{ select: typeof articleDocumentSelect }>;

function headingTexts(node: TiptapNodeJson, into: string[] = []): string[] {
  if (node.type === "heading") {
    const parts: string[] = [];
    const collect = (child: TiptapNodeJson) => {
      if (child.text) parts.push(child.text);
      child.content?.forEach(collect);
    };
    collect(node);
    into.push(parts.join(""));
    return into;
  }
  node.content?.forEach((child) => headingTexts(child, into));
  return into;
}

function trustOf(status: string, verification: VerificationState): number {
  if (status === "PUBLISHED") return verification === "EXPIRED" ? 2 : 3;
  if (status === "ARCHIVED") return 0;
  return 1;
}

export function toArticleDocument(article: ArticleDocumentRow, now: Date = new Date()): ArticleDocument {
  const headings = headingTexts(article.content as unknown as TiptapNodeJson).join(" · ");
  const text = [article.contentText, ...article.questions.map((entry) => `Frage: ${entry.question} Antwort: ${entry.answer}`)].join("\n");
  const verification = verificationState(article, now);
  const document: Omit<ArticleDocument, "checksum"> = {
    id: article.id,
    organizationId: article.organizationId,
    title: article.title,
    headings,
    text,
    titleParts: indexParts(article.title),
    headingParts: indexParts(headings),
    textParts: indexParts(text),
    kind: article.kind,
    status: article.status,
    ownerId: article.ownerId,
    unitIds: article.units.map((link) => link.orgUnit.id),
    unitNames: article.units.map((link) => link.orgUnit.name),
    positionIds: article.positions.map((link) => link.position.id),
    positionNames: article.positions.map((link) => link.position.title),
    taskIds: article.tasks.map((link) => link.task.id),
    taskNames: article.tasks.map((link) => link.task.title),
    verification,
    trust: trustOf(article.status, verification),
    updatedAt: Math.floor(article.updatedAt.getTime() / 1000),
  };
  return { ...document, checksum: documentChecksum(document) };
}

/** Same content, whatever the order of keys (a document read back from the engine has its own order). */
export function sameDocumentContent(stored: Record<string, unknown>, expected: ArticleDocument): boolean {
  return canonicalJson(stored) === canonicalJson(expected as unknown as Record<string, unknown>);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Content checksum of everything the index holds for an article (the checksum field itself left out). */
export function documentChecksum(document: Omit<ArticleDocument, "checksum"> & { checksum?: string }): string {
  return createHash("sha256")
    .update(JSON.stringify({ ...document, checksum: undefined }))
    .digest("hex")
    .slice(0, 32);
}

/** All articles of all organizations in id order, a batch at a time (for rebuilds and checks). */
export async function* articleBatches(batchSize: number): AsyncGenerator<ArticleDocumentRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const batch = await systemDb().article.findMany({
      select: articleDocumentSelect,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) return;
    yield batch;
    cursor = batch[batch.length - 1].id;
  }
}
