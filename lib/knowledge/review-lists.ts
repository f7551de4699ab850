import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canApproveArticle, canPublishArticle } from "../auth/policy";
import { governanceSettings } from "../org/organization-settings";
import { contentAuthorsSinceLastPublication } from "./approval-facts";
import { DUE_SOON_DAYS, verificationState, type VerificationState } from "./verification";
import { addDays } from "../dates";
import { workingCopiesAwaitingApproval } from "./working-copy";

export interface DueArticle {
  id: string;
  title: string;
  nextReviewAt: Date;
  verification: VerificationState;
  ownerName: string;
  unitNames: string[];
}

/** Published articles of the viewer's organization whose review is due within DUE_SOON_DAYS or overdue, oldest first. */
async function dueArticles(viewer: Viewer, extra: object, now: Date): Promise<DueArticle[]> {
  const rows = await db().article.findMany({
    where: {
      organizationId: viewer.organizationId,
      status: "PUBLISHED",
      nextReviewAt: { lt: addDays(now, DUE_SOON_DAYS) },
      ...extra,
    },
    orderBy: { nextReviewAt: "asc" },
    take: 200,
    select: {
      id: true,
      title: true,
      status: true,
      nextReviewAt: true,
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

export interface AwaitingApproval {
  id: string;
  title: string;
  ownerName: string;
  submittedAt: Date;
  /** The page to approve on: the article, or the working copy of a published article. */
  href: string;
}

/**
 * Articles "In Prüfung" the viewer may approve now (start page "Warten auf Ihre
 * Freigabe"): the publish right or named verifier, and under four-eyes approval
 * not written by them; working copies of published articles likewise. Oldest first.
 */
export async function articlesAwaitingApproval(viewer: Viewer): Promise<AwaitingApproval[]> {
  const [settings, rows, copies] = await Promise.all([
    governanceSettings(viewer.organizationId),
    db().article.findMany({
      where: { organizationId: viewer.organizationId, status: "IN_REVIEW" },
      orderBy: { updatedAt: "asc" },
      take: 100,
      select: {
        id: true,
        organizationId: true,
        status: true,
        ownerId: true,
        verifierId: true,
        title: true,
        updatedAt: true,
        owner: { select: { displayName: true } },
        units: { select: { orgUnitId: true } },
      },
    }),
    workingCopiesAwaitingApproval(viewer),
  ]);
  const result: AwaitingApproval[] = copies.map((copy) => ({ ...copy, href: `/wissen/${copy.id}/arbeitskopie` }));
  for (const row of rows) {
    const facts = { ...row, unitIds: row.units.map((unit) => unit.orgUnitId) };
    if (!canPublishArticle(viewer, facts) && facts.verifierId !== viewer.userId) continue;
    const contentAuthorIds = settings.requireFourEyes
      ? await contentAuthorsSinceLastPublication(db(), { id: row.id, organizationId: viewer.organizationId })
      : [];
    if (!canApproveArticle(viewer, facts, { requireFourEyes: settings.requireFourEyes, contentAuthorIds })) continue;
    result.push({ id: row.id, title: row.title, ownerName: row.owner.displayName, submittedAt: row.updatedAt, href: `/wissen/${row.id}` });
  }
  return result.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
