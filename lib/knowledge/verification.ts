/**
 * Verification state of an article, derived from its next review date:
 * aktuell, bald fällig (within DUE_SOON_DAYS), abgelaufen; articles that are not
 * published have none.
 */
import { addDays, addMonths } from "../dates";
export const VERIFICATION_STATES = ["CURRENT", "DUE_SOON", "EXPIRED", "NONE"] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const VERIFICATION_LABELS: Record<VerificationState, string> = {
  CURRENT: "aktuell",
  DUE_SOON: "bald fällig",
  EXPIRED: "abgelaufen",
  NONE: "ohne Prüfung",
};

export const DUE_SOON_DAYS = 30;

export function verificationState(article: { status: string; nextReviewAt: Date | null }, now: Date = new Date()): VerificationState {
  if (article.status !== "PUBLISHED" || !article.nextReviewAt) return "NONE";
  if (article.nextReviewAt < now) return "EXPIRED";
  if (article.nextReviewAt < addDays(now, DUE_SOON_DAYS)) return "DUE_SOON";
  return "CURRENT";
}

/**
 * The next review date: `months` review interval after `from`, on the Berlin
 * calendar (31 January + 1 month = end of February), whatever the server's TZ.
 */
export function nextReviewDate(from: Date, months: number): Date {
  return addMonths(from, months);
}

/**
 * Dates to set when an article is saved with status `status`: the first
 * publication date is kept, and every (re-)publication starts a new review interval.
 */
export function publicationDates(status: string, previouslyPublishedAt: Date | null, intervalMonths: number, now: Date = new Date()) {
  if (status !== "PUBLISHED") return {};
  return { publishedAt: previouslyPublishedAt ?? now, nextReviewAt: nextReviewDate(now, intervalMonths) };
}
