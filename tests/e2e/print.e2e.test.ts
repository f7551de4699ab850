/** Print layout: an article and the Vertretungsmappe of a task, in print media and as a PDF from Chromium. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Druckansicht", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Artikel und Vertretungsmappe einer Aufgabe drucken ohne Navigation und Formulare", async () => {
    const page = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await page.goto(`${appUrl}/suche?q=Tagesabschluss`);
    await page.getByRole("link", { name: "Tagesabschluss der Stadtkasse" }).first().click();
    await page.waitForURL(/\/wissen\/[0-9a-f-]{36}$/);
    expect(await page.getByRole("button", { name: "Drucken oder als PDF speichern" }).count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Rückmeldung senden" }).isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1, name: "Tagesabschluss der Stadtkasse" }).isVisible()).toBe(true);
    expect(await page.locator(".article-body").first().isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("link", { name: /Mappe zur Aufgabe Zahlungsverkehr und Tagesabschluss/ }).click();
    await page.waitForURL(/\/mappe\?aufgabe=/);
    await expectText(page.getByRole("heading", { level: 1 }), "Vertretungsmappe");
    await expectText(page.locator(".print-cover__subject"), "Aufgabe: Zahlungsverkehr und Tagesabschluss der Stadtkasse");
    await expectText(page.getByRole("row", { name: /Zahlungsverkehr/ }), "GemKVO");
    await expectText(page.getByRole("navigation", { name: /Inhalt/ }), "Tagesabschluss der Stadtkasse");
    expect(await violationsOf(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Drucken oder als PDF speichern" }).isVisible()).toBe(false);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    // Chromium's own print to PDF produces a document (saved for a look, git-ignored).
    await mkdir("screenshots", { recursive: true });
    const pdf = await page.pdf({ path: "screenshots/vertretungsmappe.pdf", format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5_000);

    // The chooser page works with the keyboard-friendly selects; an unknown task is a 404.
    await page.emulateMedia({ media: "screen" });
    await page.goto(`${appUrl}/mappe`);
    expect(await violationsOf(page)).toEqual([]);
    expect((await page.goto(`${appUrl}/mappe?aufgabe=00000000-0000-4000-8000-000000000000`))?.status()).toBe(404);
  });
});
