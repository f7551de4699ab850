import "server-only";
import { systemDb } from "../db/client";
import { DUE_SOON_DAYS } from "../knowledge/verification";

/**
 * An article's verification state (aktuell → bald fällig → abgelaufen) changes
 * with time, without any edit. This queues the published articles whose state
 * changed between `since` and `now`, so the index (facet "Prüfstand", ranking)
 * follows. Returns how many were queued.
 */
export async function enqueueVerificationChanges(since: Date, now: Date = new Date()): Promise<number> {
  return systemDb().$executeRaw`
    INSERT INTO "SearchOutbox" ("organizationId", "articleId")
    SELECT "organizationId", id FROM "Article"
    WHERE status = 'PUBLISHED' AND "nextReviewAt" IS NOT NULL AND (
      ("nextReviewAt" > ${since} AND "nextReviewAt" <= ${now})
      OR ("nextReviewAt" - make_interval(days => ${DUE_SOON_DAYS}) > ${since} AND "nextReviewAt" - make_interval(days => ${DUE_SOON_DAYS}) <= ${now})
    )`;
}
