import type { Prisma } from "../db/generated/client";
import type { ArticleKind, ArticleStatus } from "../db/generated/enums";
import type { Viewer } from "../auth/viewer";

/** Editor JSON is plain JSON data; Prisma's Json input type just cannot see that. */
export const jsonValue = (value: unknown) => value as Prisma.InputJsonValue;

/** The state of an article a revision keeps. */
export interface RevisionSnapshot {
  version: number;
  title: string;
  kind: ArticleKind;
  status: ArticleStatus;
  content: Prisma.InputJsonValue;
  contentText: string;
}

/**
 * The revision row every change of an article writes (creation, save, workflow
 * step): who made the version, what it contains and why. `contentChanged` is
 * false for a status change only, which matters for four-eyes approval.
 */
export function revisionRecord(
  viewer: Viewer,
  snapshot: RevisionSnapshot,
  changeNote: string | null,
  contentChanged = true,
): Prisma.ArticleRevisionUncheckedCreateWithoutArticleInput {
  return { organizationId: viewer.organizationId, authorId: viewer.userId, changeNote, contentChanged, ...snapshot };
}
