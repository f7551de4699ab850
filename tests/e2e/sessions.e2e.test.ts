/** Sessions and sign-in against the real app server: logout ends the session, redirects stay home, forged headers do not help. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD, expectText, launchChromium, signedInPage } from "./browser";

const appUrl = inject("appUrl");

/** One sign-in attempt through next-auth's credentials endpoint, as the login form sends it. */
async function attemptSignIn(email: string, password: string, forwardedFor: string): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  // With json=true next-auth answers with the URL the form would go to; errors travel in its query.
  const { url } = (await response.json()) as { url: string };
  return new URL(url, appUrl).searchParams.get("error") ?? "";
}

describe.skipIf(!appUrl)("Sitzungen und Anmeldung im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("nach dem Abmelden ist das alte Sitzungs-Cookie wertlos", async () => {
    const page = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    const cookies = await page.context().cookies();
    expect(cookies.some((cookie) => cookie.name.includes("session-token"))).toBe(true);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL(/\/login/);

    // A second browser that copied the cookie before the logout gets the login page, not the start page.
    const thief = await (await browser.newContext()).newPage();
    await thief.context().addCookies(cookies);
    await thief.goto(`${appUrl}/`);
    await page.waitForTimeout(100);
    expect(new URL(thief.url()).pathname).toBe("/login");
    const api = await thief.request.get(`${appUrl}/api/suche?q=Melde`);
    expect(api.status()).toBe(401);
  });

  it.each(["/\\evil.example/", "/\t/evil.example/", "//evil.example/"])(
    "nach der Anmeldung führt callbackUrl=%j nicht auf einen anderen Host",
    async (target) => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${appUrl}/login?callbackUrl=${encodeURIComponent(target)}`);
      await page.getByLabel("E-Mail-Adresse").fill("lesen@musterhausen.example");
      await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Anmelden" }).click();
      await expectText(page.getByRole("heading", { level: 1 }), "Willkommen");
      expect(new URL(page.url()).origin).toBe(appUrl);
    },
  );

  it("wechselnde X-Forwarded-For-Köpfe umgehen die Drosselung nicht", async () => {
    const email = `unbekannt-${Date.now()}@musterhausen.example`;
    const answers: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) answers.push(await attemptSignIn(email, "falsch", `198.51.100.${attempt + 1}`));
    expect(answers.slice(0, 5).every((answer) => answer.includes("E-Mail-Adresse oder Passwort ist nicht richtig."))).toBe(true);
    expect(answers[5]).toContain("Zu viele fehlgeschlagene Anmeldeversuche");
  });
});
