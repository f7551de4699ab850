import "server-only";
/**
 * Queries over the structured blocks of articles: deadlines in a period (for
 * the Vertretungsmappe and the deputy view) and the blocks of a type. Only
 * published articles of the viewer's organization.
 */
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { deadlineOccurrences, deadlineSchema, scheduleText, type ExtractedBlock } from "../content/structured-blocks";

type Tx = Prisma.TransactionClient;

/** Replaces an article's stored blocks with those of the version just saved (inside the save's transaction). */
export async function replaceArticleBlocks(tx: Tx, organizationId: string, articleId: string, blocks: ExtractedBlock[]): Promise<void> {
  await tx.articleBlock.deleteMany({ where: { organizationId, articleId } });
  if (blocks.length === 0) return;
  await tx.articleBlock.createMany({
    data: blocks.map((block, position) => ({
      organizationId,
      articleId,
      position,
      type: block.type,
      text: block.text,
      data: block.data as Prisma.InputJsonValue,
    })),
  });
}

export interface DeadlineOccurrence {
  date: Date;
  title: string;
  note: string;
  /** The rule in words, e.g. "jährlich zum 15.02.". */
  schedule: string;
  articleId: string;
  articleTitle: string;
}

/**
 * Deadlines (Frist blocks) falling between `from` and `to`, sorted by date, from
 * published articles — optionally only those with the given ids.
 */
export async function deadlinesBetween(viewer: Viewer, from: Date, to: Date, articleIds?: string[]): Promise<DeadlineOccurrence[]> {
  const rows = await db().articleBlock.findMany({
    where: {
      organizationId: viewer.organizationId,
      type: "deadline",
      article: { status: "PUBLISHED", organizationId: viewer.organizationId },
      ...(articleIds ? { articleId: { in: articleIds } } : {}),
    },
    take: 5000,
    select: { data: true, articleId: true, article: { select: { title: true } } },
  });
  const occurrences: DeadlineOccurrence[] = [];
  for (const row of rows) {
    const parsed = deadlineSchema.safeParse(row.data);
    if (!parsed.success) continue;
    for (const date of deadlineOccurrences(parsed.data, from, to)) {
      occurrences.push({
        date,
        title: parsed.data.title,
        note: parsed.data.note,
        schedule: scheduleText(parsed.data),
        articleId: row.articleId,
        articleTitle: row.article.title,
      });
    }
  }
  return occurrences.sort((a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title, "de"));
}
