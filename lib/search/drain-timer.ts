import "server-only";
import { getEnv } from "../env";
import { drainSearchOutboxQuietly } from "./drain-outbox";
import { enqueueVerificationChanges } from "./verification-refresh";
import { sendReviewReminders } from "../knowledge/review-reminders";
import { anonymiseLeftPeople } from "../privacy/anonymise-exits";
import { recordCoverageSnapshots } from "../coverage/snapshots";
import { refreshAllVerbundContributions } from "../verbund/participation";
import { subDays } from "../dates";
import { deleteEndedSessions } from "../auth/sessions";
import { deleteOldNotifications, notifyDueReviews } from "../notifications/review-due";
import { sendNotificationDigests } from "../notifications/digest";
import { NOTIFICATIONS_KEPT_DAYS } from "../notifications/notifications";

const VERIFICATION_REFRESH_MS = 60 * 60 * 1000;

const holder = globalThis as unknown as { digicheckDrainTimer?: NodeJS.Timeout };

/**
 * Drains the search outbox on a timer, so changes reach the index even when the
 * drain right after a request failed (e.g. Meilisearch was down). Several
 * instances may run this at once; SKIP LOCKED keeps them apart. Once an hour it
 * also queues articles whose verification state changed with time, sends due
 * review reminders by e-mail, notifies owners of due reviews, sends the weekly
 * notification digests, anonymises exit data after the grace period and
 * records the month's coverage figures.
 */
/** A background job's failure is logged and does not stop the others. */
async function warnOnFailure(message: string, job: Promise<unknown>): Promise<void> {
  try {
    await job;
  } catch (error) {
    console.warn(`${message}:`, error instanceof Error ? error.message : error);
  }
}

export function startSearchDrainTimer(): void {
  if (holder.digicheckDrainTimer) return;
  let running = false;
  // Looks back two days on start, so a restart does not miss a state change.
  let verificationCheckedAt = subDays(new Date(), 2);
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (Date.now() - verificationCheckedAt.getTime() >= VERIFICATION_REFRESH_MS) {
        const now = new Date();
        await warnOnFailure("Prüfstände konnten nicht aktualisiert werden", enqueueVerificationChanges(verificationCheckedAt, now));
        verificationCheckedAt = now;
        // E-mail reminders about due reviews (only with SMTP_URL; at most weekly per person).
        await warnOnFailure("Erinnerungen konnten nicht versendet werden", sendReviewReminders({ now }));
        // Notifications: due reviews, the weekly digests (only with SMTP_URL), and the old ones removed.
        await warnOnFailure("Benachrichtigungen zu fälligen Prüfungen fehlgeschlagen", notifyDueReviews(now));
        await warnOnFailure("Wöchentliche Zusammenfassungen konnten nicht versendet werden", sendNotificationDigests({ now }));
        await warnOnFailure("Alte Benachrichtigungen konnten nicht gelöscht werden", deleteOldNotifications(now, NOTIFICATIONS_KEPT_DAYS));
        // Privacy: anonymise people whose exit lies beyond the grace period; then this month's coverage figures.
        await warnOnFailure("Austrittsdaten konnten nicht anonymisiert werden", anonymiseLeftPeople({ now }));
        await warnOnFailure("Monatswerte der Abdeckung konnten nicht gespeichert werden", recordCoverageSnapshots({ now }));
        await warnOnFailure("Verbundzahlen konnten nicht aktualisiert werden", refreshAllVerbundContributions(now));
        await warnOnFailure("Beendete Sitzungen konnten nicht gelöscht werden", deleteEndedSessions(now));
      }
      await drainSearchOutboxQuietly();
    } finally {
      running = false;
    }
  };
  holder.digicheckDrainTimer = setInterval(
    () => void warnOnFailure("Hintergrundaufgaben fehlgeschlagen", tick()),
    getEnv().SEARCH_DRAIN_INTERVAL_MS,
  );
  holder.digicheckDrainTimer.unref();
}
