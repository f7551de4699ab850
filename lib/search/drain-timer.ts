import "server-only";
import { getEnv } from "../env";
import { drainSearchOutboxQuietly } from "./drain-outbox";
import { enqueueVerificationChanges } from "./verification-refresh";
import { sendReviewReminders } from "../knowledge/review-reminders";
import { anonymiseLeftPeople } from "../privacy/anonymise-exits";
import { recordCoverageSnapshots } from "../coverage/snapshots";
import { subDays } from "../dates";

const VERIFICATION_REFRESH_MS = 60 * 60 * 1000;

const holder = globalThis as unknown as { digicheckDrainTimer?: NodeJS.Timeout };

/**
 * Drains the search outbox on a timer, so changes reach the index even when the
 * drain right after a request failed (e.g. Meilisearch was down). Several
 * instances may run this at once; SKIP LOCKED keeps them apart. Once an hour it
 * also queues articles whose verification state changed with time, sends due
 * review reminders by e-mail, anonymises exit data after the grace period and
 * records the month's coverage figures.
 */
export function startSearchDrainTimer(): void {
  if (holder.digicheckDrainTimer) return;
  let running = false;
  // Looks back two days on start, so a restart does not miss a state change.
  let verificationCheckedAt = subDays(new Date(), 2);
  holder.digicheckDrainTimer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      if (Date.now() - verificationCheckedAt.getTime() >= VERIFICATION_REFRESH_MS) {
        const now = new Date();
        await enqueueVerificationChanges(verificationCheckedAt, now).catch((error) =>
          console.warn("Prüfstände konnten nicht aktualisiert werden:", error instanceof Error ? error.message : error));
        verificationCheckedAt = now;
        // E-mail reminders about due reviews (only with SMTP_URL; at most weekly per person).
        await sendReviewReminders({ now }).catch((error) =>
          console.warn("Erinnerungen konnten nicht versendet werden:", error instanceof Error ? error.message : error));
        // Privacy: anonymise people whose exit lies beyond the grace period; then this month's coverage figures.
        await anonymiseLeftPeople({ now }).catch((error) =>
          console.warn("Austrittsdaten konnten nicht anonymisiert werden:", error instanceof Error ? error.message : error));
        await recordCoverageSnapshots({ now }).catch((error) =>
          console.warn("Monatswerte der Abdeckung konnten nicht gespeichert werden:", error instanceof Error ? error.message : error));
      }
      await drainSearchOutboxQuietly();
    } finally {
      running = false;
    }
  }, getEnv().SEARCH_DRAIN_INTERVAL_MS);
  holder.digicheckDrainTimer.unref();
}
