import "server-only";
import { getEnv } from "../env";
import { drainSearchOutboxQuietly } from "./drain-outbox";

const holder = globalThis as unknown as { digicheckDrainTimer?: NodeJS.Timeout };

/**
 * Drains the search outbox on a timer, so changes reach the index even when the
 * drain right after a request failed (e.g. Meilisearch was down). Several
 * instances may run this at once; SKIP LOCKED keeps them apart.
 */
export function startSearchDrainTimer(): void {
  if (holder.digicheckDrainTimer) return;
  let running = false;
  holder.digicheckDrainTimer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await drainSearchOutboxQuietly();
    } finally {
      running = false;
    }
  }, getEnv().SEARCH_DRAIN_INTERVAL_MS);
  holder.digicheckDrainTimer.unref();
}
