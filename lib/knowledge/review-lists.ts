import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { DUE_SOON_DAYS, verificationState, type VerificationState } from "./verification";

export interface DueArticle {
  id: string;
  title: string;
  nextReviewAt: Date;
  verification: VerificationState;
  ownerName: string;
  unitNames: string[];
}

const DAY_MS = 86_400_000;

/** Published articles of the viewer's organization whose review is due within DUE_SOON_DAYS or overdue, oldest first. */
async function dueArticles(viewer: Viewer, extra: object, now: Date): Promise<DueArticle[]> {
  const rows = await db().article.findMany({
    where: {
      organizationId: viewer.organizationId,
      status: "PUBLISHED",
      nextReviewAt: { lt: new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS) },
      ...extra,
    },
    orderBy: { nextReviewAt: "asc" },
    take: 200,
    select: {
      id: true, title: true, status: true, nextReviewAt: true,
      owner: { select: { displayName: true } },
      units: { select: { orgUnit: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    nextReviewAt: row.nextReviewAt!,
    verification: verificationState(row, now),
    ownerName: row.owner.displayName,
    unitNames: row.units.map((link) => link.orgUnit.name),
  }));
}

/** The viewer's own articles that are due or overdue (start page). */
export function dueArticlesOfOwner(viewer: Viewer, now: Date = new Date()): Promise<DueArticle[]> {
  return dueArticles(viewer, { ownerId: viewer.userId }, now);
}

/**
 * Due and overdue articles linked to a unit of the viewer's organization (page
 * "Prüfung fällig"). Published articles only, which every colleague may read; a
 * unit id of another organization or a malformed one gives an empty list.
 */
export async function dueArticlesOfUnit(viewer: Viewer, unitId: unknown, now: Date = new Date()): Promise<DueArticle[]> {
  const parsed = z.uuid().safeParse(unitId);
  if (!parsed.success) return [];
  return dueArticles(viewer, { units: { some: { orgUnitId: parsed.data, orgUnit: { organizationId: viewer.organizationId } } } }, now);
}
