/** The administrators' audit log in the browser: filter, export, desktop and phone; others get nothing. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, signIn, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Prüfprotokoll im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Administration filtert nach Aktion und exportiert; Personalamt und Lesende bekommen nichts", async () => {
    for (const width of [1366, 390]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await signIn(page, appUrl, "admin@musterhausen.example");
      await page.goto(`${appUrl}/verwaltung`);
      await page.getByRole("link", { name: "Prüfprotokoll" }).click();
      await expectText(page.getByRole("heading", { level: 1 }), "Prüfprotokoll");
      await page.getByLabel("Aktion").selectOption("auth.sign_in");
      await page.getByRole("button", { name: "Filtern" }).click();
      await page.waitForURL(/action=auth\.sign_in/);
      const actions = await page.getByRole("region", { name: "Prüfprotokoll (Tabelle)" }).locator("tbody th").allInnerTexts();
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions)).toEqual(new Set(["auth.sign_in"]));
      expect(await violationsOf(page)).toEqual([]);
      await saveScreenshot(page, `pruefprotokoll-${width}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Als CSV exportieren" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^pruefprotokoll-\d{4}-\d{2}-\d{2}\.csv$/);
    }
    for (const email of ["personalamt@musterhausen.example", "lesen@musterhausen.example"]) {
      const page = await signedInPage(browser, appUrl, email);
      expect((await page.goto(`${appUrl}/verwaltung/protokoll`))?.status(), email).toBe(404);
      expect((await page.request.get(`${appUrl}/verwaltung/protokoll/export`)).status(), email).toBe(404);
    }
  });
});
