import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { readableArticlesWhere } from "../auth/policy";

const titleSchema = z.string().trim().min(3).max(200);

/**
 * Articles the viewer can read that already carry this title (case and
 * surrounding spaces ignored) – the form shows a hint, so nobody writes the
 * same instruction twice without noticing. Never blocks a save.
 */
export async function articlesWithSameTitle(
  viewer: Viewer,
  rawTitle: unknown,
  exceptId?: unknown,
): Promise<{ id: string; title: string }[]> {
  const title = titleSchema.safeParse(rawTitle);
  if (!title.success) return [];
  const except = z.uuid().safeParse(exceptId);
  return db().article.findMany({
    where: {
      AND: [
        readableArticlesWhere(viewer),
        { title: { equals: title.data, mode: "insensitive" } },
        ...(except.success ? [{ id: { not: except.data } }] : []),
      ],
    },
    select: { id: true, title: true },
    take: 5,
  });
}
