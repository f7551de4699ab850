import "server-only";
/**
 * System job (hourly): the owner of a published article whose review is due
 * within DUE_SOON_DAYS, or overdue, gets one notification per due date. One
 * INSERT … SELECT; the unique (userId, dedupeKey) makes repeated runs and
 * several servers harmless. A new due date (after a review) notifies again.
 */
import { systemDb } from "../db/client";
import { addDays, subDays } from "../dates";
import { DUE_SOON_DAYS } from "../knowledge/verification";

export async function notifyDueReviews(now: Date = new Date()): Promise<number> {
  const dueBefore = addDays(now, DUE_SOON_DAYS);
  return systemDb().$executeRaw`
    INSERT INTO "Notification" ("id", "organizationId", "userId", "kind", "subject", "href", "dedupeKey", "createdAt")
    SELECT gen_random_uuid(), a."organizationId", a."ownerId", 'REVIEW_DUE', a."title", '/wissen/' || a."id",
           'review:' || a."id" || ':' || to_char(a."nextReviewAt", 'YYYY-MM-DD'), ${now}
      FROM "Article" a JOIN "User" u ON u."id" = a."ownerId" AND u."active"
     WHERE a."status" = 'PUBLISHED' AND a."nextReviewAt" < ${dueBefore}
    ON CONFLICT ("userId", "dedupeKey") DO NOTHING`;
}

/** Deletes notifications older than the given days (the list is a short-lived inbox, not an archive). */
export async function deleteOldNotifications(now: Date, keptDays: number): Promise<number> {
  const deleted = await systemDb().notification.deleteMany({ where: { createdAt: { lt: subDays(now, keptDays) } } });
  return deleted.count;
}
