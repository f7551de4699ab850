/**
 * Every main page carries the Content-Security-Policy (a new nonce each time,
 * no 'unsafe-inline' for scripts) and the other security headers, and the
 * scripts Next.js puts into the page carry that nonce – so the pages still work
 * in Chromium (all other e2e tests run with the policy too).
 */
import { describe, expect, inject, it } from "vitest";
import { signInCookie } from "../../scripts/bench/http-client";
import { systemDb } from "@/lib/db/client";
import { DEMO_PASSWORD } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Sicherheitsköpfe der Seiten", () => {
  it("CSP mit Nonce, frame-ancestors/object-src/base-uri 'none', nosniff und DENY auf den Hauptseiten; Skripte tragen die Nonce", async () => {
    const cookie = await signInCookie(appUrl, "redaktion@musterhausen.example", DEMO_PASSWORD);
    const article = await systemDb().article.findFirstOrThrow({
      where: { status: "PUBLISHED", organization: { slug: "musterhausen" } },
      select: { id: true },
    });
    const pages = [
      "/login",
      "/barrierefreiheit",
      "/betrieb/anmelden",
      "/",
      "/wissen",
      `/wissen/${article.id}`,
      "/suche?q=Gewerbe",
      "/wissen/neu",
      "/mein-wissen",
      "/benachrichtigungen",
    ];
    const nonces = new Set<string>();
    for (const page of pages) {
      const response = await fetch(`${appUrl}${page}`, { headers: { cookie }, redirect: "manual" });
      expect(response.status, page).toBeLessThan(400);
      const policy = response.headers.get("content-security-policy") ?? "";
      const scriptSrc = policy.match(/script-src ([^;]*)/)?.[1] ?? "";
      expect(scriptSrc, page).not.toContain("unsafe-inline");
      const nonce = scriptSrc.match(/'nonce-([^']+)'/)?.[1];
      expect(nonce, page).toBeTruthy();
      nonces.add(nonce!);
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(policy, page).toContain(directive);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      // Served over plain HTTP here: no HSTS (it is sent when NEXTAUTH_URL is https://).
      expect(response.headers.get("strict-transport-security")).toBeNull();
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const script of scripts) expect(script, page).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(pages.length);
    // The "not found" page is rendered per request too; a prerendered one would carry scripts without the nonce.
    const missing = await fetch(`${appUrl}/gibt-es-nicht-${Date.now()}`, { headers: { cookie } });
    expect(missing.status).toBe(404);
    const missingNonce = (missing.headers.get("content-security-policy") ?? "").match(/'nonce-([^']+)'/)?.[1];
    const missingScripts = (await missing.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(missingScripts.length).toBeGreaterThan(0);
    for (const script of missingScripts) expect(script).toContain(`nonce="${missingNonce}"`);
  });
  it("mehr als 12 MB an eine Seite oder Schnittstelle: deutsche Antwort 413, kein 500", async () => {
    const cookie = await signInCookie(appUrl, "redaktion@musterhausen.example", DEMO_PASSWORD);
    const body = "x".repeat(13.5 * 1024 * 1024);
    for (const [target, type] of [
      ["/wissen/neu", "application/x-www-form-urlencoded"],
      ["/wissen/neu", "text/plain;charset=UTF-8"],
      ["/api/suche", "application/json"],
    ]) {
      const response = await fetch(`${appUrl}${target}`, { method: "POST", headers: { cookie, "content-type": type }, body });
      expect(response.status, `${target} ${type}`).toBe(413);
      expect(await response.text()).toContain("zu groß (mehr als 12 MB)");
    }
  });
});
