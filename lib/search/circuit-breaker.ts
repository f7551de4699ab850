/**
 * A circuit breaker for the search requests to Meilisearch. A hanging engine
 * (process stopped, machine overloaded) would otherwise make every search wait
 * for its timeout before the PostgreSQL fallback answers. After one failed or
 * timed-out request the circuit opens: searches go to the fallback at once.
 * After `openMs` one request (half-open probe) may try the engine again; if it
 * succeeds, the circuit closes, otherwise it stays open for another period.
 */

export class CircuitOpenError extends Error {
  constructor() {
    super("Suchmaschine vorübergehend übersprungen (Schutzschalter offen)");
    this.name = "CircuitOpenError";
  }
}

export type CircuitState = "closed" | "open" | "half-open";

export interface CircuitBreakerOptions {
  /** Time a request may take before it counts as failed. */
  timeoutMs: number;
  /** How long the circuit stays open before a probe is allowed. */
  openMs: number;
  /** Errors that say nothing about the engine's health (e.g. a 4xx for a bad query) do not open the circuit. */
  countsAsOutage?: (error: unknown) => boolean;
  now?: () => number;
}

export class CircuitBreaker {
  private state: CircuitState = "closed";
  private openedAt = 0;
  private probing = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get currentState(): CircuitState {
    if (this.state === "open" && this.now() - this.openedAt >= this.options.openMs) return "half-open";
    return this.state;
  }

  /** Runs `request` with an abort signal that fires after the timeout, or refuses at once while open. */
  async run<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const state = this.currentState;
    if (state === "open" || (state === "half-open" && this.probing)) throw new CircuitOpenError();
    const probe = state === "half-open";
    if (probe) this.probing = true;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`Zeitüberschreitung nach ${this.options.timeoutMs} ms`)),
      this.options.timeoutMs,
    );
    try {
      const result = await Promise.race([
        request(controller.signal),
        // A transport that ignores the signal must not hold the caller longer than the timeout.
        new Promise<never>((_, reject) =>
          controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true }),
        ),
      ]);
      this.state = "closed";
      return result;
    } catch (error) {
      if (controller.signal.aborted || (this.options.countsAsOutage?.(error) ?? true)) {
        this.state = "open";
        this.openedAt = this.now();
      } else if (probe) {
        // A refused query still shows the engine answering.
        this.state = "closed";
      }
      throw error;
    } finally {
      clearTimeout(timer);
      if (probe) this.probing = false;
    }
  }
}
