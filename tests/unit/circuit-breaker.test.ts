import { describe, expect, it } from "vitest";
import { CircuitBreaker, CircuitOpenError } from "@/lib/search/circuit-breaker";

const never = () => new Promise<never>(() => {});

describe("Schutzschalter für die Suchmaschine", () => {
  it("öffnet nach einer Zeitüberschreitung, lehnt dann sofort ab und lässt nach der Pause genau eine Probe durch", async () => {
    let clock = 0;
    const breaker = new CircuitBreaker({ timeoutMs: 30, openMs: 1000, now: () => clock });
    expect(await breaker.run(async () => "ok")).toBe("ok");
    const started = Date.now();
    await expect(breaker.run(never)).rejects.toThrow("Zeitüberschreitung nach 30 ms");
    expect(Date.now() - started).toBeLessThan(500);
    expect(breaker.currentState).toBe("open");
    let called = false;
    await expect(
      breaker.run(async () => {
        called = true;
        return 1;
      }),
    ).rejects.toBeInstanceOf(CircuitOpenError);
    expect(called).toBe(false);

    clock = 1000;
    expect(breaker.currentState).toBe("half-open");
    let release: (value: string) => void = () => {};
    const probe = breaker.run(() => new Promise<string>((resolve) => (release = resolve)));
    // While the probe runs, others still go to the fallback.
    await expect(breaker.run(async () => "zweite")).rejects.toBeInstanceOf(CircuitOpenError);
    release("zurück");
    expect(await probe).toBe("zurück");
    expect(breaker.currentState).toBe("closed");
  });

  it("eine gescheiterte Probe öffnet wieder; ein abgelehnter Suchausdruck (4xx) öffnet nicht", async () => {
    let clock = 0;
    const badQuery = new Error("400");
    const breaker = new CircuitBreaker({ timeoutMs: 50, openMs: 100, now: () => clock, countsAsOutage: (error) => error !== badQuery });
    await expect(breaker.run(() => Promise.reject(badQuery))).rejects.toBe(badQuery);
    expect(breaker.currentState).toBe("closed");
    await expect(breaker.run(() => Promise.reject(new Error("ECONNREFUSED")))).rejects.toThrow("ECONNREFUSED");
    expect(breaker.currentState).toBe("open");
    clock = 100;
    await expect(breaker.run(() => Promise.reject(new Error("ECONNREFUSED")))).rejects.toThrow();
    expect(breaker.currentState).toBe("open");
    clock = 150;
    expect(breaker.currentState).toBe("open");
    clock = 200;
    expect(await breaker.run(async () => "wieder da")).toBe("wieder da");
    expect(breaker.currentState).toBe("closed");
  });
});
