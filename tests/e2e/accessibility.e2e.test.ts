/**
 * WCAG 2.1 A/AA checks with axe-core on every page of the foundation, in the
 * real browser with the demo data (BITV 2.0 requires AA).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { headerSearchReady, launchChromium, signIn, violationsOf } from "./browser";

const appUrl = inject("appUrl");
describe.skipIf(!appUrl)("Barrierefreiheit (axe-core, WCAG 2.1 AA)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Anmeldeseite und Erklärung zur Barrierefreiheit (ohne Anmeldung erreichbar)", async () => {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/barrierefreiheit`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Erklärung zur Barrierefreiheit");
    expect(await violationsOf(page)).toEqual([]);
    await page.goto(`${appUrl}/login`);
    expect(await violationsOf(page)).toEqual([]);
    // The check itself works: an unlabelled field is reported.
    await page.evaluate(() => document.querySelector("form")!.append(document.createElement("input")));
    expect((await violationsOf(page)).some((violation) => violation.startsWith("label "))).toBe(true);
    await page.close();
  });

  it("Seiten für die Redaktion: Start, Liste, Artikel, Editor, Suche, nicht gefunden", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, "redaktion@musterhausen.example");
    await page.goto(`${appUrl}/wissen`);
    const articlePath = await page.locator(".article-list a").first().getAttribute("href");
    const paths = [
      "/",
      "/wissen",
      articlePath!,
      `${articlePath}/bearbeiten`,
      "/wissen/neu",
      "/suche?q=anmeldung",
      "/suche?q=gibtesnicht",
      "/wissen/00000000-0000-4000-8000-000000000000",
    ];
    const problems: Record<string, string[]> = {};
    for (const path of paths) {
      await page.goto(`${appUrl}${path}`);
      if (path.endsWith("bearbeiten") || path.endsWith("neu")) await page.getByTestId("article-editor").waitFor();
      const found = await violationsOf(page);
      if (found.length > 0) problems[path] = found;
    }
    expect(problems).toEqual({});
    await context.close();
  });

  it("Suche mit Facetten, geöffnete Vorschlagsliste, Wissenslücken und Suchverwaltung", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, "admin@musterhausen.example");
    const problems: Record<string, string[]> = {};
    for (const path of [
      "/suche?q=Vertretung&art=DEPUTY",
      "/suche?q=Hnudestuerx",
      "/wissensluecken",
      "/verwaltung/suche",
      "/pruefung",
      "/wissen/neu?vorlage=EXIT",
      "/verwaltung/uebergabe",
      "/verwaltung",
      "/verwaltung/einstellungen",
      "/kenntnisnahmen",
      "/meine-arbeit",
      "/benachrichtigungen",
      "/einarbeitung/wege",
      "/vertretung/planen",
      "/uebergabe",
    ]) {
      await page.goto(`${appUrl}${path}`);
      const found = await violationsOf(page);
      if (found.length > 0) problems[path] = found;
    }
    await page.goto(`${appUrl}/`);
    await headerSearchReady(page);
    await page.keyboard.press("Control+k");
    await page.keyboard.type("Gewerbe");
    await page.getByRole("listbox", { name: "Vorschläge" }).waitFor({ state: "visible" });
    await page.keyboard.press("ArrowDown");
    const found = await violationsOf(page);
    if (found.length > 0) problems["Vorschlagsliste"] = found;
    expect(problems).toEqual({});
    await context.close();
  });
});
