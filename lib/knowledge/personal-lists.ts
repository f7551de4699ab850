import "server-only";
/**
 * "Merken" and "Zuletzt angesehen": the person's own lists. Private by
 * design – every function takes the viewer and reads or writes only the
 * viewer's rows; nothing here is audited, counted or shown to anyone else,
 * and the history can be cleared. Lists show only articles the viewer can
 * still read (an article that became a draft of someone else drops out).
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { readableArticlesWhere } from "../auth/policy";
import { loadReadableArticleFacts } from "./get-article";
import type { ArticleKind } from "./labels";

/** How many visits are kept per person. */
export const VISITS_KEPT = 20;

export interface PersonalListEntry {
  id: string;
  title: string;
  kind: ArticleKind;
  at: Date;
}

export async function isBookmarked(viewer: Viewer, articleId: string): Promise<boolean> {
  const row = await db().articleBookmark.findUnique({
    where: { userId_articleId: { userId: viewer.userId, articleId }, organizationId: viewer.organizationId },
    select: { articleId: true },
  });
  return row !== null;
}

/** Sets or removes the bookmark; only on an article the viewer can read. */
export async function setBookmark(viewer: Viewer, articleId: unknown, on: boolean): Promise<void> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  if (on) {
    await db().articleBookmark.upsert({
      where: { userId_articleId: { userId: viewer.userId, articleId: facts.id }, organizationId: viewer.organizationId },
      create: { organizationId: viewer.organizationId, userId: viewer.userId, articleId: facts.id },
      update: {},
    });
  } else {
    await db().articleBookmark.deleteMany({ where: { organizationId: viewer.organizationId, userId: viewer.userId, articleId: facts.id } });
  }
}

/** Records that the viewer opened a readable article (called after the page is sent) and keeps the newest VISITS_KEPT. */
export async function recordVisit(viewer: Viewer, articleId: string, now: Date = new Date()): Promise<void> {
  const id = z.uuid().safeParse(articleId);
  if (!id.success) return;
  // One statement instead of upsert + read + delete: this runs after every article view.
  // The trim leaves the visited row alone (one statement must not touch a row twice).
  await db().$executeRaw`
    WITH visit AS (
      INSERT INTO "ArticleVisit" ("organizationId", "userId", "articleId", "visitedAt")
      VALUES (${viewer.organizationId}::uuid, ${viewer.userId}::uuid, ${id.data}::uuid, ${now})
      ON CONFLICT ("userId", "articleId") DO UPDATE SET "visitedAt" = EXCLUDED."visitedAt"
      RETURNING "articleId"
    )
    DELETE FROM "ArticleVisit"
    WHERE "organizationId" = ${viewer.organizationId}::uuid AND "userId" = ${viewer.userId}::uuid AND "articleId" IN (
      SELECT "articleId" FROM "ArticleVisit"
      WHERE "organizationId" = ${viewer.organizationId}::uuid AND "userId" = ${viewer.userId}::uuid AND "articleId" <> ${id.data}::uuid
      ORDER BY "visitedAt" DESC OFFSET ${VISITS_KEPT - 1}
    )`;
}

const entrySelect = { id: true, title: true, kind: true } as const;

export async function myBookmarks(viewer: Viewer): Promise<PersonalListEntry[]> {
  const rows = await db().articleBookmark.findMany({
    where: { organizationId: viewer.organizationId, userId: viewer.userId, article: readableArticlesWhere(viewer) },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { createdAt: true, article: { select: entrySelect } },
  });
  return rows.map((row) => ({ ...row.article, at: row.createdAt }));
}

export async function myRecentArticles(viewer: Viewer): Promise<PersonalListEntry[]> {
  const rows = await db().articleVisit.findMany({
    where: { organizationId: viewer.organizationId, userId: viewer.userId, article: readableArticlesWhere(viewer) },
    orderBy: { visitedAt: "desc" },
    take: VISITS_KEPT,
    select: { visitedAt: true, article: { select: entrySelect } },
  });
  return rows.map((row) => ({ ...row.article, at: row.visitedAt }));
}

/** "Verlauf löschen". */
export async function clearMyVisits(viewer: Viewer): Promise<void> {
  await db().articleVisit.deleteMany({ where: { organizationId: viewer.organizationId, userId: viewer.userId } });
}
