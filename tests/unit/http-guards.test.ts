import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_RETRY_AFTER_SECONDS as LIB_RETRY_AFTER } from "@/lib/db/unavailable";

interface Guards {
  contentSecurityPolicy(nonce: string, options?: { dev?: boolean }): string;
  guardResponse(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    options?: { dev?: boolean; https?: boolean; context?: { databaseUnavailable: boolean } },
  ): void;
  refuseOversizedBody(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  DATABASE_RETRY_AFTER_SECONDS: number;
}
const guardsPath = "../../scripts/stack/http-guards.mjs";
const guards = (await import(/* @vite-ignore */ guardsPath)) as Guards;
const state = globalThis as unknown as { digicheckDatabaseDownAt?: number };

/** A real node:http server with the guards, answering like a failing or working Next.js would. */
let server: http.Server;
let base: string;
let seenPolicy = "";
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const context = { databaseUnavailable: request.url === "/fehler-markiert" };
    guards.guardResponse(request, response, { https: request.url === "/https", context });
    if (guards.refuseOversizedBody(request, response)) return;
    seenPolicy = String(request.headers["content-security-policy"] ?? "");
    if (request.url === "/fehler" || request.url === "/fehler-markiert") {
      response.statusCode = 500;
      response.end("kaputt");
    } else if (request.url === "/eigene-richtlinie") {
      response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
      response.end("datei");
    } else if (request.url === "/fehler-explizit") {
      response.writeHead(500, "Internal Server Error", { "content-type": "text/plain" });
      response.end("kaputt");
    } else {
      request.resume();
      request.on("end", () => response.end("ok"));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("Sicherheitsköpfe des Anwendungsservers", () => {
  it("setzt eine CSP mit neuer Nonce je Antwort, ohne unsafe-inline für Skripte, und gibt sie an Next weiter", async () => {
    const first = await fetch(`${base}/`);
    const second = await fetch(`${base}/`);
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(policy).toContain(directive);
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    expect(seenPolicy).toBe(second.headers.get("content-security-policy"));
    expect(first.headers.get("strict-transport-security")).toBeNull();
    expect((await fetch(`${base}/https`)).headers.get("strict-transport-security")).toContain("max-age=31536000");
    // A route's own, stricter policy stays (attachments are served with a sandbox).
    expect((await fetch(`${base}/eigene-richtlinie`)).headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(guards.contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
    expect(guards.contentSecurityPolicy("n")).not.toContain("'unsafe-eval'");
  });
});

describe("Datenbank kurz weg: 503 statt 500", () => {
  it("macht aus einem 500 ein 503 mit Retry-After, solange die Datenbank als nicht erreichbar gilt", async () => {
    expect(guards.DATABASE_RETRY_AFTER_SECONDS).toBe(LIB_RETRY_AFTER);
    state.digicheckDatabaseDownAt = undefined;
    expect((await fetch(`${base}/fehler`)).status).toBe(500);
    state.digicheckDatabaseDownAt = Date.now();
    for (const path of ["/fehler", "/fehler-explizit"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe(String(LIB_RETRY_AFTER));
    }
    expect((await fetch(`${base}/`)).status).toBe(200);
    state.digicheckDatabaseDownAt = Date.now() - 60_000;
    expect((await fetch(`${base}/fehler`)).status).toBe(500);
    // A request marked in its own context stays 503 even when the database counts as back.
    state.digicheckDatabaseDownAt = undefined;
    expect((await fetch(`${base}/fehler-markiert`)).status).toBe(503);
    state.digicheckDatabaseDownAt = undefined;
  });
});

describe("Größenlimit für jede Anfrage", () => {
  it("weist mehr als 12 MB mit einer deutschen Seite (413) ab, ohne den Rest zu lesen; 1 MB geht durch", async () => {
    const big = await fetch(`${base}/wissen/neu`, { method: "POST", body: new Uint8Array(13.5 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(await big.text()).toMatch(/lang="de".*zu groß \(mehr als 12 MB\)/s);
    const api = await fetch(`${base}/api/suche`, { method: "POST", body: new Uint8Array(13 * 1024 * 1024) });
    expect(api.status).toBe(413);
    expect(((await api.json()) as { error: string }).error).toContain("zu groß");
    const small = await fetch(`${base}/wissen/neu`, { method: "POST", body: new Uint8Array(1024 * 1024) });
    expect(small.status).toBe(200);
  });
});
