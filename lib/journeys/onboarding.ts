import "server-only";
/**
 * "Einarbeitung": the onboarding path of a newcomer's position(s). Without a
 * lead-edited path it is built from the position: first the Eintrittswissen,
 * then each task of the position (most critical first) with its published
 * instructions. A lead can reorder, add and remove items (onboarding-path.ts).
 * Plus the systems to get access to, contacts and the units' glossary.
 * The newcomer ticks off what they have read and practised; only they see it,
 * unless the organization allows leads to (canSeeOnboardingProgress).
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { notFound } from "../errors";
import { contactSchema } from "../content/structured-blocks";
import { practiceStateOf } from "./practice";

export type PathItem =
  | { kind: "TASK"; taskId: string; title: string }
  | { kind: "ARTICLE"; articleId: string; title: string }
  | { kind: "CONTACT"; label: string; details: string };

type PathArticle = { id: string; title: string; kind: string };
export interface PathStep {
  title: string;
  taskId: string | null;
  articles: PathArticle[];
}

const articleSelect = { id: true, title: true, kind: true } as const;

/** The proposal for a position when no lead has edited its path: Eintrittswissen, then tasks by criticality. */
async function proposedItems(organizationId: string, positionId: string, client: Prisma.TransactionClient): Promise<PathItem[]> {
  const [entry, tasks] = await Promise.all([
    client.article.findMany({
      where: {
        organizationId,
        status: "PUBLISHED",
        kind: "ENTRY",
        OR: [{ positions: { some: { positionId } } }, { tasks: { some: { task: { positionId } } } }],
      },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
    client.task.findMany({
      where: { organizationId, positionId },
      orderBy: [{ criticality: "desc" }, { title: "asc" }],
      select: { id: true, title: true },
    }),
  ]);
  return [
    ...entry.map((article) => ({ kind: "ARTICLE" as const, articleId: article.id, title: article.title })),
    ...tasks.map((task) => ({ kind: "TASK" as const, taskId: task.id, title: task.title })),
  ];
}

/** The path items of a position: the lead-edited list if there is one, else the proposal (read with `client`, e.g. a transaction). */
export async function pathItemsOf(
  organizationId: string,
  positionId: string,
  client: Prisma.TransactionClient = db(),
): Promise<{ items: PathItem[]; edited: boolean }> {
  const rows = await client.onboardingPathItem.findMany({
    where: { organizationId, positionId },
    orderBy: { sortOrder: "asc" },
    select: {
      kind: true,
      taskId: true,
      articleId: true,
      label: true,
      details: true,
      task: { select: { title: true } },
      article: { select: { title: true } },
    },
  });
  if (rows.length === 0) return { items: await proposedItems(organizationId, positionId, client), edited: false };
  return {
    edited: true,
    items: rows.map((row): PathItem =>
      row.kind === "TASK"
        ? { kind: "TASK", taskId: row.taskId!, title: row.task?.title ?? "" }
        : row.kind === "ARTICLE"
          ? { kind: "ARTICLE", articleId: row.articleId!, title: row.article?.title ?? "" }
          : { kind: "CONTACT", label: row.label, details: row.details },
    ),
  };
}

/**
 * Steps, contacts, systems and glossary of the path for some positions. Consecutive
 * single articles form one step ("Zum Einstieg" at the start); a task is a step with
 * its published instructions. Only published articles appear.
 */
export async function buildPath(organizationId: string, positionIds: string[]) {
  const perPosition = await Promise.all(positionIds.map((positionId) => pathItemsOf(organizationId, positionId)));
  const items = perPosition.flatMap((path) => path.items);
  const taskIds = [...new Set(items.flatMap((item) => (item.kind === "TASK" ? [item.taskId] : [])))];
  const articleIds = [...new Set(items.flatMap((item) => (item.kind === "ARTICLE" ? [item.articleId] : [])))];
  const [tasks, singles, positions] = await Promise.all([
    db().task.findMany({
      where: { organizationId, id: { in: taskIds } },
      select: {
        id: true,
        title: true,
        systems: true,
        articleLinks: {
          where: { article: { status: "PUBLISHED", kind: { not: "ENTRY" } } },
          orderBy: { article: { title: "asc" } },
          select: { article: { select: articleSelect } },
        },
      },
    }),
    db().article.findMany({ where: { organizationId, status: "PUBLISHED", id: { in: articleIds } }, select: articleSelect }),
    db().position.findMany({ where: { organizationId, id: { in: positionIds } }, select: { orgUnitId: true } }),
  ]);
  const taskById = new Map(tasks.map((task) => [task.id, task]));
  const articleById = new Map(singles.map((article) => [article.id, article]));
  const steps: PathStep[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (item.kind === "TASK") {
      const task = taskById.get(item.taskId);
      if (!task || seen.has(`task:${task.id}`)) continue;
      seen.add(`task:${task.id}`);
      steps.push({ title: task.title, taskId: task.id, articles: task.articleLinks.map((link) => link.article) });
    } else if (item.kind === "ARTICLE") {
      const article = articleById.get(item.articleId);
      if (!article || seen.has(`article:${article.id}`)) continue;
      seen.add(`article:${article.id}`);
      const last = steps.at(-1);
      if (last && last.taskId === null) last.articles.push(article);
      else steps.push({ title: steps.length === 0 ? "Zum Einstieg" : "Zum Lesen", taskId: null, articles: [article] });
    }
  }
  const pathArticleIds = [...new Set(steps.flatMap((step) => step.articles.map((article) => article.id)))];
  const unitIds = [...new Set(positions.map((position) => position.orgUnitId))];
  const [contactBlocks, glossary] = await Promise.all([
    db().articleBlock.findMany({
      where: { organizationId, type: "contact", articleId: { in: pathArticleIds } },
      orderBy: { position: "asc" },
      select: { data: true },
    }),
    db().glossaryEntry.findMany({
      where: { organizationId, orgUnitId: { in: unitIds } },
      orderBy: { term: "asc" },
      select: { id: true, term: true, meaning: true },
    }),
  ]);
  const fromArticles = contactBlocks.flatMap((block) => {
    const contact = contactSchema.safeParse(block.data);
    return contact.success
      ? [
          {
            label: contact.data.name,
            details: [contact.data.unit, contact.data.phone, contact.data.email, contact.data.note].filter(Boolean).join(", "),
          },
        ]
      : [];
  });
  const contacts = [
    ...new Map(
      [...items.flatMap((item) => (item.kind === "CONTACT" ? [{ label: item.label, details: item.details }] : [])), ...fromArticles].map(
        (contact) => [contact.label, contact],
      ),
    ).values(),
  ];
  return {
    steps,
    articleIds: pathArticleIds,
    contacts,
    glossary,
    systems: [...new Set(tasks.filter((task) => seen.has(`task:${task.id}`)).flatMap((task) => task.systems))].sort((a, b) =>
      a.localeCompare(b, "de"),
    ),
  };
}

/** How many of the path's articles a user has read and practised. */
export async function progressOf(organizationId: string, userId: string, articleIds: string[]) {
  const rows = await db().onboardingProgress.findMany({
    where: { organizationId, userId, articleId: { in: articleIds } },
    select: { articleId: true, readAt: true, practisedAt: true },
  });
  return new Map(rows.map((row) => [row.articleId, { read: row.readAt !== null, practised: row.practisedAt !== null }]));
}

/** The viewer's own path with their ticks. */
export async function onboardingPath(viewer: Viewer) {
  if (!viewer.personId) return null;
  const positions = await db().personPosition.findMany({
    where: { personId: viewer.personId, person: { organizationId: viewer.organizationId } },
    orderBy: { position: { title: "asc" } },
    select: { position: { select: { id: true, title: true } } },
  });
  if (positions.length === 0) return null;
  const path = await buildPath(
    viewer.organizationId,
    positions.map((link) => link.position.id),
  );
  const [progress, practice] = await Promise.all([
    progressOf(viewer.organizationId, viewer.userId, path.articleIds),
    practiceStateOf(
      viewer,
      path.steps.flatMap((step) => (step.taskId ? [step.taskId] : [])),
    ),
  ]);
  const practisedAt = new Map(practice.map((task) => [task.id, task.practicedAt]));
  const withProgress = (article: PathArticle) => ({
    ...article,
    read: progress.get(article.id)?.read ?? false,
    practised: progress.get(article.id)?.practised ?? false,
  });
  const steps = path.steps.map((step) => ({
    ...step,
    articles: step.articles.map(withProgress),
    /** Task steps the newcomer may mark "selbst durchgeführt": when they did it (null: not yet). */
    taskDoneAt: step.taskId && practisedAt.has(step.taskId) ? (practisedAt.get(step.taskId) ?? null) : undefined,
  }));
  return {
    positions: positions.map((link) => link.position.title),
    steps,
    systems: path.systems,
    contacts: path.contacts,
    glossary: path.glossary,
    total: path.articleIds.length,
    read: path.articleIds.filter((id) => progress.get(id)?.read).length,
  };
}

const tickSchema = z.object({ articleId: z.uuid(), what: z.enum(["read", "practised"]), done: z.boolean() });

/** Ticks "gelesen" or "geübt" for one article of the viewer's path (or takes it back). */
export async function tickOnboarding(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<void> {
  const parsed = tickSchema.safeParse(raw);
  if (!parsed.success) throw notFound("Der Artikel");
  const article = await db().article.findFirst({
    where: { id: parsed.data.articleId, organizationId: viewer.organizationId, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!article) throw notFound("Der Artikel");
  const field = parsed.data.what === "read" ? "readAt" : "practisedAt";
  const value = parsed.data.done ? now : null;
  await db().onboardingProgress.upsert({
    where: { userId_articleId: { userId: viewer.userId, articleId: article.id }, organizationId: viewer.organizationId },
    create: { organizationId: viewer.organizationId, userId: viewer.userId, articleId: article.id, [field]: value },
    update: { [field]: value },
  });
}
