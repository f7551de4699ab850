/** Master data in the browser: HR changes a task's criticality and deputies; the cockpit drill-down shows the new deputy. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Stammdaten im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Aufgabe bearbeiten: Fehler bleiben im Formular, Vertretungsreihenfolge wird gespeichert", async () => {
    const page = await signedInPage(browser, appUrl, "personalamt@musterhausen.example");
    await page.goto(`${appUrl}/verwaltung`);
    await page.getByRole("link", { name: "Aufgaben, Beschäftigte, Stellen und Einheiten" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Aufgaben");
    expect(await violationsOf(page)).toEqual([]);
    await page.getByRole("link", { name: "KA04 bearbeiten" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "KA04");
    await page.getByLabel("Bezeichnung").fill("");
    await page.getByLabel(/^5 – sehr hoch/).check();
    await page.getByLabel("2. Vertretung").selectOption({ label: "Engel, Jonas (P1004)" });
    await page.getByRole("button", { name: "Speichern" }).click();
    await expectText(page.getByRole("alert"), "Bezeichnung fehlt.");
    expect(await page.getByLabel("2. Vertretung").inputValue()).toBe("P1004");
    await page.getByLabel("Bezeichnung").fill("Hundesteuer veranlagen");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL(/\/verwaltung\/stammdaten\/aufgaben\?gespeichert=1$/);
    const row = page.getByRole("row", { name: /KA04/ });
    // People by name, not only by their personnel number.
    await expectText(row, "Engel, Jonas (P1004)");
    expect(await violationsOf(page)).toEqual([]);

    await page.getByRole("link", { name: "Beschäftigte" }).click();
    await expectText(page.getByRole("table"), "P1004");
    await page.getByRole("navigation", { name: "Stammdaten" }).getByRole("link", { name: "Organisationseinheiten" }).click();
    const tree = page.locator("section", { has: page.getByRole("heading", { name: "Aufbau" }) });
    await expectText(
      tree.locator("li", { has: page.getByRole("link", { name: "Fachbereich 1 – Bürgerdienste und Ordnung" }) }),
      "Bürgeramt",
    );
    expect(await violationsOf(page)).toEqual([]);
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/verwaltung/stammdaten/personen`))?.status()).toBe(404);
  });
});
