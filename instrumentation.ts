/** Starts the periodic search outbox drain in each Node.js server instance. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startSearchDrainTimer } = await import("./lib/search/drain-timer");
  startSearchDrainTimer();
}
