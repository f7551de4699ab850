/** Operations endpoints of the real app server: health, readiness, Prometheus metrics behind a token. */
import { spawnSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";

const appUrl = inject("appUrl");
const TOKEN = "e2e-metriken-token-0123456789";

describe.skipIf(!appUrl)("Betrieb: Gesundheit, Bereitschaft, Metriken", () => {
  it("health antwortet ohne Sitzung; ready prüft Datenbank, Suche und Outbox", async () => {
    const health = await fetch(`${appUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${appUrl}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      database: "ok",
      search: "ok",
      outboxBacklog: expect.any(Number),
      message: "Bereit.",
    });
  });

  it("das Symbol der Seite (favicon) kommt ohne Anmeldung, die Anmeldeseite verweist darauf", async () => {
    const login = await (await fetch(`${appUrl}/login`)).text();
    const href = /<link rel="icon" href="([^"]+)"/.exec(login)?.[1];
    expect(href).toMatch(/^\/icon\.svg/);
    const icon = await fetch(new URL(href!, appUrl), { redirect: "manual" });
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
  });

  it("Metriken nur mit Token; Anfragedauer je Route, Fehlanmeldungen und Outbox", async () => {
    expect((await fetch(`${appUrl}/api/metrics`)).status).toBe(401);
    expect((await fetch(`${appUrl}/api/metrics`, { headers: { authorization: "Bearer falsch" } })).status).toBe(401);

    await fetch(`${appUrl}/login`);
    const csrf = await fetch(`${appUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    await fetch(`${appUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email: `metrik-${Date.now()}@test.example`, password: "falsch", json: "true" }),
    });

    const metrics = await fetch(`${appUrl}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/digicheck_http_request_duration_seconds_count\{method="GET",route="\/login",status="200"\} [1-9]/);
    expect(text).toMatch(/digicheck_login_failures_total\{kind="kommune"\} [1-9]/);
    expect(text).toMatch(/digicheck_search_outbox_backlog \d+/);
    // No personal data in metrics: the e-mail address of the failed login does not appear.
    expect(text).not.toContain("@test.example");
  });

  it("LOG_FORMAT=json schreibt jede Zeile als JSON-Objekt", () => {
    const result = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "const m = await import('./scripts/stack/json-logs.mjs'); m.switchToJsonLogs(); console.warn('Achtung: %d Fehler', 3); console.log('läuft');",
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(result.stderr.trim())).toMatchObject({ level: "warn", message: "Achtung: 3 Fehler", time: expect.any(String) });
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ level: "info", message: "läuft" });
  });
});
