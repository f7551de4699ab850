/** The personal start page: what matters to the person comes first, at desktop and phone width. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, signIn, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Persönliche Startseite im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Neuzugang sieht zuerst die Einarbeitung, die Leitung ihre offenen Lücken; axe ohne Befund", async () => {
    for (const width of [1366, 390]) {
      for (const [email, heading, link] of [
        ["lesen@musterhausen.example", /^Ihre Einarbeitung: \d+ von \d+ Artikeln gelesen$/, "Weiter mit der Einarbeitung"],
        [
          "leitung.buergeramt@musterhausen.example",
          /^Ihre Einheiten: \d+ von \d+ Aufgaben noch nicht abgedeckt$/,
          "Offene Lücken im Cockpit",
        ],
      ] as const) {
        const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
        await signIn(page, appUrl, email);
        await page.goto(`${appUrl}/`);
        // The person's own cards come before search and lists (the newcomer's is the very first).
        const headings = await page.locator("main h2").allInnerTexts();
        const own = headings.findIndex((text) => heading.test(text));
        expect(own).toBeGreaterThanOrEqual(0);
        expect(own).toBeLessThan(headings.indexOf("Wissen finden"));
        if (email.startsWith("lesen")) expect(own).toBe(0);
        const card = page.locator("section", { has: page.getByRole("heading", { name: heading }) });
        expect(await card.getByRole("link", { name: link }).count()).toBe(1);
        expect(await violationsOf(page)).toEqual([]);
        await saveScreenshot(page, `startseite-${email.split("@")[0]}-${width}`);
        if (email.startsWith("lesen")) {
          await expectText(
            page.locator("section", { has: page.getByRole("heading", { name: "Zuletzt geändert" }) }),
            "Zuerst die Artikel Ihrer eigenen",
          );
          await card.getByRole("link", { name: link }).click();
          await page.waitForURL(/\/einarbeitung$/);
        }
        await page.context().close();
      }
    }
  });
});
