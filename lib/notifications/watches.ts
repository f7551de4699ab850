import "server-only";
/**
 * "Beobachten": the person follows an article (new published versions) or a
 * task (every article published for it). Private like "Merken": only the
 * viewer's own rows are read or written, and only on what she can read.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { notFound } from "../errors";
import { readableArticlesWhere } from "../auth/policy";
import { loadReadableArticleFacts } from "../knowledge/get-article";

export type WatchTarget = { articleId: string } | { taskId: string };

const whereOf = (viewer: Viewer, target: WatchTarget) => ({ organizationId: viewer.organizationId, userId: viewer.userId, ...target });

export async function isWatching(viewer: Viewer, target: WatchTarget): Promise<boolean> {
  return (await db().watch.count({ where: whereOf(viewer, target) })) > 0;
}

/** Resolves what the form names to a target the viewer may watch, or not found. */
async function readableTarget(viewer: Viewer, raw: { articleId?: unknown; taskId?: unknown }): Promise<WatchTarget> {
  if (raw.articleId) return { articleId: (await loadReadableArticleFacts(viewer, raw.articleId)).id };
  const taskId = z.uuid().safeParse(raw.taskId);
  if (!taskId.success) throw notFound("Die Aufgabe");
  const task = await db().task.findFirst({ where: { id: taskId.data, organizationId: viewer.organizationId }, select: { id: true } });
  if (!task) throw notFound("Die Aufgabe");
  return { taskId: task.id };
}

export async function setWatch(viewer: Viewer, raw: { articleId?: unknown; taskId?: unknown }, on: boolean): Promise<WatchTarget> {
  const target = await readableTarget(viewer, raw);
  if (on) {
    const exists = await isWatching(viewer, target);
    // A double click may race past the check; the unique key keeps it one row.
    if (!exists) await db().watch.createMany({ data: [whereOf(viewer, target)], skipDuplicates: true });
  } else {
    await db().watch.deleteMany({ where: whereOf(viewer, target) });
  }
  return target;
}

export interface WatchEntry {
  kind: "article" | "task";
  id: string;
  title: string;
  href: string;
}

/** What the viewer watches: readable articles and her municipality's tasks, by title. */
export async function myWatches(viewer: Viewer): Promise<WatchEntry[]> {
  const rows = await db().watch.findMany({
    where: {
      organizationId: viewer.organizationId,
      userId: viewer.userId,
      OR: [{ article: readableArticlesWhere(viewer) }, { taskId: { not: null } }],
    },
    take: 200,
    select: { article: { select: { id: true, title: true } }, task: { select: { id: true, title: true } } },
  });
  return rows
    .map((row): WatchEntry | null =>
      row.article
        ? { kind: "article", id: row.article.id, title: row.article.title, href: `/wissen/${row.article.id}` }
        : row.task
          ? { kind: "task", id: row.task.id, title: row.task.title, href: `/mappe?aufgabe=${row.task.id}` }
          : null,
    )
    .filter((entry): entry is WatchEntry => entry !== null)
    .sort((a, b) => a.title.localeCompare(b.title, "de"));
}
