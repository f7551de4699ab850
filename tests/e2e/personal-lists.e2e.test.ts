/** "Merken", "Zuletzt angesehen" and breadcrumbs in the browser, at desktop and phone width; nobody else sees the lists. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, saveScreenshot, signIn, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Merken und Zuletzt angesehen im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Leserin merkt einen Artikel, findet ihn und ihren Verlauf unter „Meine Arbeit“, löscht den Verlauf", async () => {
    const article = await systemDb().article.findFirstOrThrow({
      where: { organization: { slug: "musterhausen" }, status: "PUBLISHED", units: { some: {} }, tasks: { some: {} } },
      select: { id: true, title: true, units: { take: 1, select: { orgUnit: { select: { name: true } } } } },
    });
    for (const width of [1366, 390]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await signIn(page, appUrl, "lesen@musterhausen.example");
      await page.goto(`${appUrl}/wissen/${article.id}`);
      const crumbs = page.getByRole("navigation", { name: "Brotkrümelpfad" });
      await expectText(crumbs, "Wissen");
      await expectText(crumbs, article.units[0]!.orgUnit.name);
      const toggle = page.getByRole("button", { name: /^Merken$|^Gemerkt/ });
      if ((await toggle.getAttribute("aria-pressed")) !== "true") {
        await toggle.click();
        await expectText(page.locator(".alert--success"), "Gemerkt");
      }
      expect(await page.getByRole("button", { name: /^Gemerkt/ }).getAttribute("aria-pressed")).toBe("true");
      expect(await violationsOf(page)).toEqual([]);
      await saveScreenshot(page, `merken-artikel-${width}`);

      await page.goto(`${appUrl}/meine-arbeit`);
      await expectText(page.locator("section", { has: page.getByRole("heading", { name: /^Gemerkt/ }) }), article.title);
      await expectText(page.locator("section", { has: page.getByRole("heading", { name: "Zuletzt angesehen" }) }), article.title);
      expect(await violationsOf(page)).toEqual([]);
      await saveScreenshot(page, `meine-arbeit-listen-${width}`);
    }

    // Nobody else sees them.
    const colleague = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await colleague.goto(`${appUrl}/meine-arbeit`);
    const theirs = colleague.locator("section", { has: colleague.getByRole("heading", { name: /^Gemerkt/ }) });
    expect(await theirs.innerText()).not.toContain(article.title);

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}/meine-arbeit`);
    await reader.getByRole("button", { name: "Verlauf löschen" }).click();
    await expectText(reader.locator(".alert--success"), "Ihr Verlauf ist gelöscht");
    await expectText(
      reader.locator("section", { has: reader.getByRole("heading", { name: "Zuletzt angesehen" }) }),
      "Noch keine Artikel angesehen",
    );
    // Un-bookmark again so other test files find the demo state.
    await reader.goto(`${appUrl}/wissen/${article.id}`);
    await reader.getByRole("button", { name: /^Gemerkt/ }).click();
    await expectText(reader.locator(".alert--success"), "Nicht mehr gemerkt");
  });
});
