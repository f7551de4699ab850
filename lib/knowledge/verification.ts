/**
 * Verification state of an article, derived from its next review date:
 * aktuell, bald fällig (within DUE_SOON_DAYS), abgelaufen; articles that are not
 * published have none.
 */
export const VERIFICATION_STATES = ["CURRENT", "DUE_SOON", "EXPIRED", "NONE"] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const VERIFICATION_LABELS: Record<VerificationState, string> = {
  CURRENT: "aktuell",
  DUE_SOON: "bald fällig",
  EXPIRED: "abgelaufen",
  NONE: "ohne Prüfung",
};

export const DUE_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

export function verificationState(
  article: { status: string; nextReviewAt: Date | null },
  now: Date = new Date(),
): VerificationState {
  if (article.status !== "PUBLISHED" || !article.nextReviewAt) return "NONE";
  const remaining = article.nextReviewAt.getTime() - now.getTime();
  if (remaining < 0) return "EXPIRED";
  if (remaining < DUE_SOON_DAYS * DAY_MS) return "DUE_SOON";
  return "CURRENT";
}

/** Dates at which an article's state changes on its own (for re-indexing). */
export function verificationChangeDates(nextReviewAt: Date): Date[] {
  return [new Date(nextReviewAt.getTime() - DUE_SOON_DAYS * DAY_MS), nextReviewAt];
}

/** The next review date: `months` review interval after `from`. */
export function nextReviewDate(from: Date, months: number): Date {
  const next = new Date(from);
  next.setMonth(next.getMonth() + months);
  return next;
}

/**
 * Dates to set when an article is saved with status `status`: the first
 * publication date is kept, and every (re-)publication starts a new review interval.
 */
export function publicationDates(status: string, previouslyPublishedAt: Date | null, intervalMonths: number, now: Date = new Date()) {
  if (status !== "PUBLISHED") return {};
  return { publishedAt: previouslyPublishedAt ?? now, nextReviewAt: nextReviewDate(now, intervalMonths) };
}
