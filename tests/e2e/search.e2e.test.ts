/**
 * Search in a real Chromium with the demo data: suggestions while typing in the
 * header (keyboard only), the search page with facets and sorting, no results with
 * a spelling suggestion and "Wissenslücke melden", and who may see the admin pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectText, headerSearchReady, launchChromium, signIn, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");
const READER = "lesen@musterhausen.example";
const HR = "personalamt@musterhausen.example";
const ADMIN = "admin@musterhausen.example";
const OTHER_MUNICIPALITY = "redaktion@beispielstadt.example";

async function listboxOptions(page: Page): Promise<string[]> {
  const list = page.getByRole("listbox", { name: "Vorschläge" });
  await list.waitFor({ state: "visible" });
  return list.getByRole("option").allInnerTexts();
}

describe.skipIf(!appUrl)("Suche im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Vorschläge beim Tippen: Strg+K, Pfeiltasten, Enter öffnet den Artikel, Escape schließt", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, READER);
    await page.goto(`${appUrl}/wissen`);
    await headerSearchReady(page);
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: /Wissen durchsuchen/ });
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    // A typo inside a compound and a word part: "Hundesteur" finds "Hundesteuer".
    await page.keyboard.type("Hundesteur");
    // The typed text is readable in the dark header (it once was white on white).
    const colors = await box.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor]);
    expect(colors).toEqual(["rgb(27, 31, 36)", "rgb(255, 255, 255)"]);
    const options = await listboxOptions(page);
    expect(options[0]).toContain("Hundesteuer: An- und Abmeldung");
    expect(options.at(-1)).toContain("Alle Treffer für „Hundesteur“ anzeigen");
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    const activeId = await box.getAttribute("aria-activedescendant");
    expect(activeId).toBeTruthy();
    expect(await page.locator(`[id="${activeId}"]`).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/wissen\/[0-9a-f-]{36}$/);
    await expectText(page.getByRole("heading", { level: 1 }), "Hundesteuer: An- und Abmeldung");

    // Escape closes the list, a second Escape clears the box; Enter without a choice opens the full search.
    await headerSearchReady(page);
    await page.keyboard.press("Control+k");
    await page.keyboard.type("Gewerbe");
    await listboxOptions(page);
    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Escape");
    expect(await box.inputValue()).toBe("");
    await page.keyboard.type("strasse");
    await listboxOptions(page);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/suche\?q=strasse$/);
    await expectText(page.locator("#results-heading"), "Treffer für „strasse“");
    await context.close();
  });

  it("Suchseite: Facetten mit Zahlen, Sortierung, Abzeichen; ohne Treffer Vorschlag und Wissenslücke melden", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, READER);
    await page.goto(`${appUrl}/suche?q=Vertretung`);
    const facets = page.getByRole("navigation", { name: "Suchergebnisse eingrenzen" });
    const kindLink = facets.getByRole("link", { name: /^Vertretungswissen \(\d+\)/ });
    const count = Number((await kindLink.innerText()).match(/\((\d+)\)/)![1]);
    await kindLink.click();
    await page.waitForURL(/art=DEPUTY/);
    await expectText(page.locator("#results-heading"), `${count} Treffer`);
    expect(await page.locator(".search-result .badge--kind").allInnerTexts()).toEqual(Array(count).fill("Vertretungswissen"));
    expect(await page.locator(".search-result .badge--PUBLISHED").count()).toBe(count);
    await page.getByRole("link", { name: "Neueste zuerst" }).click();
    await page.waitForURL(/sortierung=datum/);
    expect(page.url()).toContain("art=DEPUTY");

    // Three letters off: beyond Meilisearch's typo tolerance, so nothing is found – but "Meinten Sie" knows the word.
    await page.goto(`${appUrl}/suche?q=Hnudestuerx`);
    await expectText(page.locator("#results-heading"), "Keine Treffer");
    const suggestion = page.getByRole("link", { name: "„Hundesteuer“" });
    expect(await suggestion.count()).toBe(1);
    const gapText = `Wie wird die Hundesteuer bei Umzug erstattet? ${Date.now()}`;
    await page.getByLabel("Was haben Sie gesucht?").fill(gapText);
    await page.getByRole("button", { name: "Wissenslücke melden" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "Danke" }), "Ihre Meldung ist angekommen");

    // Readers do not see the organization's signals or the admin page.
    for (const path of ["/wissensluecken", "/verwaltung/suche"]) {
      const response = await page.goto(`${appUrl}${path}`);
      expect(response?.status()).toBe(404);
    }
    const hrPage = await signedInPage(browser, appUrl, HR);
    await hrPage.goto(`${appUrl}/wissensluecken`);
    await expectText(hrPage.locator("main"), gapText);
    await expectText(hrPage.locator("main"), "hnudestuerx");
    // Not orphaned: HR answers it there, and the reader finds the answer on her start page.
    const report = hrPage.locator("li", { hasText: gapText });
    await report.getByLabel("Antwort (schließt die Meldung)").fill("Das steht jetzt im Artikel zur Hundesteuer, Abschnitt Umzug.");
    await report.getByRole("button", { name: "Beantworten und schließen" }).click();
    await expectText(hrPage.locator(".alert--success"), "Beantwortet");
    expect(await violationsOf(hrPage)).toEqual([]);
    await page.goto(`${appUrl}/`);
    const mine = page.locator("section", { has: page.getByRole("heading", { name: "Ihre gemeldeten Wissenslücken" }) }).locator("li", {
      hasText: gapText,
    });
    await expectText(mine, "Das steht jetzt im Artikel zur Hundesteuer");
    await context.close();
  });

  it("Suchbegriffe pflegen (Administration) und die andere Kommune bekommt keine Vorschläge aus Musterhausen", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, ADMIN);
    await page.goto(`${appUrl}/verwaltung/suche`);
    await page.getByLabel("Eigene Suchbegriffe").fill("nur ein Begriff");
    await page.getByRole("button", { name: "Suchbegriffe speichern" }).click();
    await expectText(page.getByRole("alert"), "Zeile 1");
    await page.getByLabel("Eigene Suchbegriffe").fill("Bello, Hundesteuer");
    await page.getByRole("button", { name: "Suchbegriffe speichern" }).click();
    await expectText(page.getByRole("status").filter({ hasText: "Gespeichert" }), "1 Gruppe");
    await page.goto(`${appUrl}/suche?q=Bello`);
    expect(await page.getByRole("link", { name: "Hundesteuer: An- und Abmeldung" }).count()).toBe(1);

    const other = await signedInPage(browser, appUrl, OTHER_MUNICIPALITY);
    const response = await other.goto(`${appUrl}/api/suche?vorschlag=1&q=Hundesteuer`);
    const body = await response!.text();
    expect(response!.status()).toBe(200);
    expect(body).not.toContain("An- und Abmeldung");
    expect((JSON.parse(body) as { hits: unknown[] }).hits).toEqual([]);
    await other.goto(`${appUrl}/suche?q=Bello`);
    await expectText(other.locator("#results-heading"), "Keine Treffer");
    await context.close();
  });
});
