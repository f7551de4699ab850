/**
 * Layout at the two widths of the walkthrough (1366 px desktop, 390 px phone):
 * no page scrolls sideways, wide tables scroll inside their own region, the
 * header leaves the phone screen to the content, the main menu fits one row
 * on the desktop, the editor toolbar does not fill the phone screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { launchChromium, saveScreenshot, signIn, violationsOf } from "./browser";

const appUrl = inject("appUrl");

async function pageAt(browser: Browser, width: number, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: width > 1000 ? 768 : 844 } })).newPage();
  await signIn(page, appUrl, email);
  return page;
}

/** Elements wider than the viewport that are not inside a horizontally scrolling region. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScroller = (element: Element | null): boolean => {
      for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (/(auto|scroll)/.test(style.overflowX) && node.scrollWidth > node.clientWidth - 1) return true;
      }
      return false;
    };
    return [...document.querySelectorAll("main *, header *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !inScroller(element))
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} ${(element.textContent ?? "").trim().slice(0, 40)}`,
      );
  });
}

describe.skipIf(!appUrl)("Layout auf Desktop und Telefon", () => {
  let browser: Browser;
  let articleId: string;
  beforeAll(async () => {
    browser = await launchChromium();
    articleId = (
      await systemDb().article.findFirstOrThrow({
        where: { organization: { slug: "musterhausen" }, status: "PUBLISHED", units: { some: {} }, tasks: { some: {} } },
        select: { id: true },
      })
    ).id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [email, role] of [
    ["personalamt@musterhausen.example", "personalamt"],
    ["leitung.buergeramt@musterhausen.example", "leitung"],
  ] as const) {
    it(`Desktop 1366 px (${role}): Hauptmenü in einer Zeile, Cockpit ohne seitliches Scrollen der Seite`, async () => {
      const page = await pageAt(browser, 1366, email);
      const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
      const items = await nav.getByRole("link").evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(new Set(items).size, "Menüpunkte in mehr als einer Zeile").toBe(1);
      await page.goto(`${appUrl}/cockpit`);
      expect(await overflowing(page)).toEqual([]);
      // One current menu item; hovering another does not give it the same bar.
      const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
      expect(await navigation.locator('a[aria-current="page"]').allInnerTexts()).toEqual(["Cockpit"]);
      const other = navigation.getByRole("link", { name: "Wissen", exact: true });
      await other.hover();
      expect(await other.evaluate((link) => getComputedStyle(link).borderBottomColor)).toBe("rgba(0, 0, 0, 0)");
      // The risk table fits: "Was fehlt" is on screen without scrolling the table.
      const risk = page.getByRole("region", { name: "Aufgaben nach Risiko (Tabelle, waagerecht scrollbar)" });
      const widths = await risk.evaluate((region) => ({
        needed: region.scrollWidth,
        shown: region.clientWidth,
        columns: [...region.querySelectorAll("thead th")].map((cell) => Math.round(cell.getBoundingClientRect().width)),
      }));
      expect(widths.needed, `Risikotabelle braucht waagerechtes Scrollen: ${JSON.stringify(widths)}`).toBeLessThanOrEqual(widths.shown + 1);
      await saveScreenshot(page, `layout-cockpit-1366-${role}`);
    });
  }

  it("Telefon 390 px: Kopfzeile höchstens ein Viertel, Menü vollständig erreichbar, Cockpit und Artikel ohne Überlauf", async () => {
    const page = await pageAt(browser, 390, "personalamt@musterhausen.example");
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height, "Höhe der Kopfzeile").toBeLessThanOrEqual(844 / 4);
    expect(await overflowing(page)).toEqual([]);
    await page.goto(`${appUrl}/cockpit`);
    expect(await overflowing(page)).toEqual([]);
    expect(await violationsOf(page)).toEqual([]);
    await saveScreenshot(page, "layout-cockpit-390");
    await page.goto(`${appUrl}/wissen/${articleId}`);
    expect(await overflowing(page)).toEqual([]);
    await saveScreenshot(page, "layout-artikel-390");
  });

  it("Telefon 390 px: die Werkzeugleiste des Editors lässt Platz zum Schreiben", async () => {
    const page = await pageAt(browser, 390, "redaktion@musterhausen.example");
    await page.goto(`${appUrl}/wissen/neu?vorlage=leer`);
    const toolbar = await page.locator(".editor-toolbar").boundingBox();
    expect(toolbar!.height, "Höhe der Werkzeugleiste").toBeLessThanOrEqual(844 / 4);
    expect(await overflowing(page)).toEqual([]);
    await saveScreenshot(page, "layout-editor-390");
  });
});
