import "server-only";
/**
 * "Einarbeitung": the onboarding path of a newcomer's position(s) – first the
 * Eintrittswissen, then each task of the position (most critical first) with its
 * published instructions, plus the systems they need. The newcomer ticks off
 * what they have read and practised; only they see that progress.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { notFound } from "../errors";

export async function onboardingPath(viewer: Viewer) {
  if (!viewer.personId) return null;
  const positions = await db().personPosition.findMany({
    where: { personId: viewer.personId, person: { organizationId: viewer.organizationId } },
    select: { position: { select: { id: true, title: true } } },
  });
  if (positions.length === 0) return null;
  const positionIds = positions.map((link) => link.position.id);
  const articleSelect = { id: true, title: true, kind: true } as const;
  const [entry, tasks, progress] = await Promise.all([
    db().article.findMany({
      where: { organizationId: viewer.organizationId, status: "PUBLISHED", kind: "ENTRY", OR: [{ positions: { some: { positionId: { in: positionIds } } } }, { tasks: { some: { task: { positionId: { in: positionIds } } } } }] },
      orderBy: { title: "asc" }, select: articleSelect,
    }),
    db().task.findMany({
      where: { organizationId: viewer.organizationId, positionId: { in: positionIds } },
      orderBy: [{ criticality: "desc" }, { title: "asc" }],
      select: { id: true, title: true, criticality: true, systems: true, articleLinks: { where: { article: { status: "PUBLISHED", kind: { not: "ENTRY" } } }, select: { article: { select: articleSelect } } } },
    }),
    db().onboardingProgress.findMany({ where: { userId: viewer.userId }, select: { articleId: true, readAt: true, practisedAt: true } }),
  ]);
  const byArticle = new Map(progress.map((row) => [row.articleId, row]));
  const withProgress = (article: { id: string; title: string; kind: string }) => ({
    ...article, read: Boolean(byArticle.get(article.id)?.readAt), practised: Boolean(byArticle.get(article.id)?.practisedAt),
  });
  const steps = [
    { title: "Zum Einstieg", taskId: null as string | null, articles: entry.map(withProgress) },
    ...tasks.map((task) => ({ title: task.title, taskId: task.id as string | null, articles: task.articleLinks.map((link) => withProgress(link.article)) })),
  ].filter((step) => step.articles.length > 0 || step.taskId);
  const all = new Map(steps.flatMap((step) => step.articles).map((article) => [article.id, article]));
  return {
    positions: positions.map((link) => link.position.title),
    steps,
    systems: [...new Set(tasks.flatMap((task) => task.systems))].sort((a, b) => a.localeCompare(b, "de")),
    total: all.size,
    read: [...all.values()].filter((article) => article.read).length,
  };
}

const tickSchema = z.object({ articleId: z.uuid(), what: z.enum(["read", "practised"]), done: z.boolean() });

/** Ticks "gelesen" or "geübt" for one article of the viewer's path (or takes it back). */
export async function tickOnboarding(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<void> {
  const parsed = tickSchema.safeParse(raw);
  if (!parsed.success) throw notFound("Der Artikel");
  const article = await db().article.findFirst({ where: { id: parsed.data.articleId, organizationId: viewer.organizationId, status: "PUBLISHED" }, select: { id: true } });
  if (!article) throw notFound("Der Artikel");
  const field = parsed.data.what === "read" ? "readAt" : "practisedAt";
  const value = parsed.data.done ? now : null;
  await db().onboardingProgress.upsert({
    where: { userId_articleId: { userId: viewer.userId, articleId: article.id } },
    create: { organizationId: viewer.organizationId, userId: viewer.userId, articleId: article.id, [field]: value },
    update: { [field]: value },
  });
}
