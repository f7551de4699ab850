/** The contact form of the accessibility statement: usable without an account, on desktop and phone; the admin finds the message. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Barriere melden im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("ohne Anmeldung melden; Fehler bleiben im Formular; die Administration sieht die Meldung und erledigt sie", async () => {
    const text = `Die Tabellen im Cockpit sind mit der Lupe schwer lesbar ${Date.now()}`;
    for (const width of [1366, 390]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await page.goto(`${appUrl}/barrierefreiheit`);
      expect(await violationsOf(page)).toEqual([]);
      await saveScreenshot(page, `barriere-melden-${width}`);
      if (width === 390) continue;
      await page.getByLabel("Ihre Kommune").selectOption({ label: "Stadt Musterhausen" });
      await page.getByLabel("Was ist Ihnen aufgefallen?").fill("kurz");
      await page.getByRole("button", { name: "Meldung senden" }).click();
      await expectText(page.locator("#feedback-message-error"), "mindestens 10 Zeichen");
      expect(await page.getByLabel("Ihre Kommune").inputValue()).not.toBe("");
      await page.getByLabel("Was ist Ihnen aufgefallen?").fill(text);
      await page.getByLabel("Welche Seite? (freiwillig)").fill("/cockpit");
      await page.getByRole("button", { name: "Meldung senden" }).click();
      await expectText(page.getByRole("status"), "bei der Administration von Stadt Musterhausen angekommen");
    }

    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await admin.goto(`${appUrl}/verwaltung`);
    await admin.getByRole("link", { name: "Meldungen zur Barrierefreiheit" }).click();
    const item = admin.locator("li", { hasText: text });
    await expectText(item, "Seite: /cockpit");
    expect(await violationsOf(admin)).toEqual([]);
    await item.getByRole("button", { name: /^Erledigt/ }).click();
    await expectText(admin.locator(".alert--success"), "Als erledigt markiert");
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/verwaltung/barrierefreiheit`))?.status()).toBe(404);
  });
});
