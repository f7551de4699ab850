import "server-only";
/**
 * A printable collection ("Vertretungsmappe") of all published articles of one
 * task, or of one position (articles linked to the position or to any of its
 * tasks), with the tasks' owners and ranked deputies. Only published articles:
 * a folder for a stand-in contains what is valid, and every colleague may read it.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { invalid, notFound } from "../errors";
import { verificationState, type VerificationState } from "./verification";
import type { ArticleKind } from "./labels";
import { deadlinesBetween, type DeadlineOccurrence } from "./article-blocks";
import { addMonths, today } from "../dates";

const selectionSchema = z.union([
  z.object({ aufgabe: z.uuid(), stelle: z.undefined().optional() }),
  z.object({ stelle: z.uuid(), aufgabe: z.undefined().optional() }),
]);

export interface CollectionTask {
  id: string;
  title: string;
  legalBasis: string | null;
  systems: string[];
  owners: string[];
  deputies: string[];
}

export interface CollectionArticle {
  id: string;
  title: string;
  kind: ArticleKind;
  version: number;
  updatedAt: Date;
  ownerName: string;
  nextReviewAt: Date | null;
  verification: VerificationState;
  contentHtml: string;
}

export interface PrintCollection {
  heading: string;
  unitName: string;
  tasks: CollectionTask[];
  articles: CollectionArticle[];
  /** Deadlines from the articles' Frist blocks in the next 12 months, by date. */
  deadlines: DeadlineOccurrence[];
}

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

const taskSelect = {
  id: true,
  title: true,
  legalBasis: true,
  systems: true,
  assignments: {
    orderBy: [{ role: "asc" as const }, { rank: "asc" as const }],
    select: { role: true, person: { select: { firstName: true, lastName: true } } },
  },
} satisfies Prisma.TaskSelect;

export async function printCollection(viewer: Viewer, query: unknown, now: Date = new Date()): Promise<PrintCollection> {
  const parsed = selectionSchema.safeParse(query);
  if (!parsed.success) throw invalid("Bitte wählen Sie eine Aufgabe oder eine Stelle.");
  const organizationId = viewer.organizationId;
  let heading: string;
  let unitName: string;
  let tasks;
  let articleWhere: object;
  if (parsed.data.aufgabe) {
    const task = await db().task.findFirst({
      where: { id: parsed.data.aufgabe, organizationId },
      select: { ...taskSelect, orgUnit: { select: { name: true } } },
    });
    if (!task) throw notFound("Die Aufgabe");
    heading = `Aufgabe: ${task.title}`;
    unitName = task.orgUnit.name;
    tasks = [task];
    articleWhere = { tasks: { some: { taskId: task.id } } };
  } else {
    const position = await db().position.findFirst({
      where: { id: parsed.data.stelle, organizationId },
      select: {
        id: true,
        title: true,
        positionNumber: true,
        orgUnit: { select: { name: true } },
        tasks: { orderBy: { title: "asc" }, select: taskSelect },
      },
    });
    if (!position) throw notFound("Die Stelle");
    heading = `Stelle: ${position.title} (${position.positionNumber})`;
    unitName = position.orgUnit.name;
    tasks = position.tasks;
    articleWhere = {
      OR: [
        { positions: { some: { positionId: position.id } } },
        { tasks: { some: { taskId: { in: position.tasks.map((task) => task.id) } } } },
      ],
    };
  }
  const articles = await db().article.findMany({
    where: { organizationId, status: "PUBLISHED", ...articleWhere },
    orderBy: [{ kind: "asc" }, { title: "asc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      version: true,
      updatedAt: true,
      status: true,
      nextReviewAt: true,
      contentHtml: true,
      owner: { select: { displayName: true } },
    },
  });
  const from = today(now);
  const deadlines =
    articles.length > 0
      ? await deadlinesBetween(
          viewer,
          from,
          addMonths(from, 12),
          articles.map((article) => article.id),
        )
      : [];
  return {
    heading,
    unitName,
    deadlines,
    tasks: tasks.map((task) => ({
      id: task.id,
      title: task.title,
      legalBasis: task.legalBasis,
      systems: task.systems,
      owners: task.assignments.filter((a) => a.role === "OWNER").map((a) => personName(a.person)),
      deputies: task.assignments.filter((a) => a.role === "DEPUTY").map((a) => personName(a.person)),
    })),
    articles: articles.map((article) => ({
      id: article.id,
      title: article.title,
      kind: article.kind,
      version: article.version,
      updatedAt: article.updatedAt,
      ownerName: article.owner.displayName,
      nextReviewAt: article.nextReviewAt,
      verification: verificationState(article),
      contentHtml: article.contentHtml,
    })),
  };
}
