/** The coverage cockpit in the browser: HR opens it, filters, drills into a task; the lead sees only their units; readers nothing. */
import { clearLoginBlocks } from "./login-blocks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, saveScreenshot, signIn, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Wissens-Cockpit im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Personalamt öffnet das Cockpit, filtert nach Einheit und geht in eine Aufgabe; der Aufruf wird protokolliert", async () => {
    const hr = await signedInPage(browser, appUrl, "personalamt@musterhausen.example");
    await hr.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Cockpit" }).click();
    await expectText(hr.getByRole("heading", { level: 1 }), "Wissens-Cockpit");
    const timeline = hr.getByRole("table", { name: /Aufgaben, deren zuständige Person im Zeitraum ausscheidet/ });
    await expectText(timeline, "Bürgeramt");
    await expectText(timeline, "abgedeckt");
    const units = hr.locator("section", { has: hr.getByRole("heading", { name: "Reifegrad je Organisationseinheit" }) });
    await expectText(units, "Standesamt");
    expect(await violationsOf(hr)).toEqual([]);
    await saveScreenshot(hr, "issue6-cockpit");

    // The trend (monthly snapshots) and the printable Wissensbilanz of a unit.
    await expectText(hr.getByRole("table", { name: /Anteil dokumentierter Aufgaben/ }), "%");
    await hr.getByRole("link", { name: "Wissensbilanz Standesamt" }).click();
    await expectText(hr.getByRole("heading", { level: 1 }), "Wissensbilanz: Standesamt");
    await expectText(hr.locator("section", { has: hr.getByRole("heading", { name: "Abdeckung" }) }), "Aufgaben, davon");
    expect(await violationsOf(hr)).toEqual([]);
    await saveScreenshot(hr, "issue6-wissensbilanz");
    await hr.emulateMedia({ media: "print" });
    expect(await hr.locator(".site-header").isVisible()).toBe(false);
    await hr.emulateMedia({ media: "screen" });
    await hr.goto(`${appUrl}/cockpit`);

    await hr.getByLabel("Organisationseinheit", { exact: true }).selectOption({ label: "Bürgeramt" });
    await hr.getByLabel("Austritt innerhalb von").selectOption({ label: "12 Monaten" });
    await hr.getByRole("button", { name: "Filtern" }).click();
    await hr.waitForURL(/horizont=12/);
    const list = hr.locator("section", { has: hr.getByRole("heading", { name: "Aufgaben nach Risiko" }) }).getByRole("table");
    const firstTask = list.locator("tbody tr").first();
    const taskTitle = (await firstTask.getByRole("link").innerText()).trim();
    expect(await list.locator("tbody tr td:nth-child(2)").allInnerTexts()).toEqual(expect.arrayContaining(["Bürgeramt"]));
    expect(new Set(await list.locator("tbody tr td:nth-child(2)").allInnerTexts())).toEqual(new Set(["Bürgeramt"]));

    const csv = await hr.request.get(`${appUrl}/cockpit/export?einheit=${new URL(hr.url()).searchParams.get("einheit")}&horizont=12`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const csvText = await csv.text();
    expect(csvText.split("\r\n")[0]).toContain("Aufgabe;Organisationseinheit;Stelle;Kritikalität");
    expect(csvText).toContain(taskTitle);

    await firstTask.getByRole("link").click();
    await expectText(hr.getByRole("heading", { level: 1 }), taskTitle);
    await expectText(hr.locator("section", { has: hr.getByRole("heading", { name: "Zuständigkeit und Vertretung" }) }), "Austritt");
    expect(await violationsOf(hr)).toEqual([]);
    await saveScreenshot(hr, "issue6-cockpit-aufgabe");
    const taskId = new URL(hr.url()).pathname.split("/").pop()!;
    expect(await systemDb().auditEvent.count({ where: { entityId: taskId, action: "cockpit.task-people.view" } })).toBeGreaterThanOrEqual(
      1,
    );

    // The lead of the Bürgeramt sees only that unit; a reader gets nothing.
    const lead = await (await browser.newContext()).newPage();
    // The lockout e2e (another file) locks this account on purpose; start from clean counters.
    await clearLoginBlocks("leitung.buergeramt@musterhausen.example");
    await signIn(lead, appUrl, "leitung.buergeramt@musterhausen.example");
    await lead.goto(`${appUrl}/cockpit`);
    const leadUnits = await lead
      .locator("section", { has: lead.getByRole("heading", { name: "Reifegrad je Organisationseinheit" }) })
      .locator("tbody th a:first-child")
      .allInnerTexts();
    expect(leadUnits.map((name) => name.trim())).toEqual(["Bürgeramt"]);
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/cockpit`))?.status()).toBe(404);
    expect((await reader.goto(`${appUrl}/cockpit/aufgabe/${taskId}`))?.status()).toBe(404);
    expect((await reader.request.get(`${appUrl}/cockpit/export`)).status()).toBe(404);
    expect(await reader.getByRole("link", { name: "Cockpit" }).count()).toBe(0);
  });

  it("Personalamt fragt bei einer Aufgabe ohne Artikel die Dokumentation an; die Leitung sieht die Bitte auf der Startseite", async () => {
    const task = await systemDb().task.findFirstOrThrow({
      where: { organization: { slug: "musterhausen" }, orgUnit: { name: "Bürgeramt" }, articleLinks: { none: {} } },
      select: { id: true, title: true },
    });
    const hr = await signedInPage(browser, appUrl, "personalamt@musterhausen.example");
    await hr.goto(`${appUrl}/cockpit/aufgabe/${task.id}`);
    await expectText(hr.getByRole("heading", { level: 1 }), task.title);
    // No dead end: HR writes no articles, so it gets what it may do instead of a link to a 404.
    expect(await hr.getByRole("link", { name: /Austrittswissen/ }).count()).toBe(0);
    const message = `Frau Beispiel geht im März – ${Date.now()}`;
    await hr.getByLabel("Dokumentation anfragen (optional mit Nachricht)").fill(message);
    await hr.getByRole("button", { name: "Dokumentation anfragen" }).click();
    await expectText(hr.locator(".alert--success"), "Angefragt");
    expect(await violationsOf(hr)).toEqual([]);

    await clearLoginBlocks("leitung.buergeramt@musterhausen.example");
    const lead = await signedInPage(browser, appUrl, "leitung.buergeramt@musterhausen.example");
    await expectText(lead.locator("main"), message);
    // The lead may write: the cockpit offers the article with the task preselected.
    await lead.goto(`${appUrl}/cockpit/aufgabe/${task.id}`);
    await lead.getByRole("link", { name: "Austrittswissen zu dieser Aufgabe anlegen" }).click();
    await expectText(lead.getByRole("heading", { level: 1 }), "Neuer Wissensartikel");
    expect(await lead.locator("#taskIds").evaluate((select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value))).toEqual(
      [task.id],
    );
  });

  it("Diagramme: Reifegrad, Austritte und Entwicklung als SVG mit Datentabelle, im Druck und im Kontrastmodus", async () => {
    for (const width of [1366, 390]) {
      const hr = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await signIn(hr, appUrl, "personalamt@musterhausen.example");
      await hr.goto(`${appUrl}/cockpit`);
      for (const [name, table] of [
        [/^Balkendiagramm Reifegrad je Organisationseinheit: \d+ von \d+ Aufgaben/, "maturity-table"],
        [/^Balkendiagramm der Aufgaben, deren zuständige Person ausscheidet/, "exit-table"],
        [/^Liniendiagramm: Anteil dokumentierter Aufgaben/, "trend-table"],
      ] as const) {
        const chart = hr.getByRole("img", { name });
        await chart.locator("svg .recharts-layer").first().waitFor();
        expect(await chart.getAttribute("aria-describedby")).toBe(table);
        expect(await hr.locator(`table#${table}`).count()).toBe(1);
      }
      const maturityBars = hr.getByRole("img", { name: /^Balkendiagramm Reifegrad/ }).locator(".recharts-bar-rectangle path");
      expect(await maturityBars.count()).toBeGreaterThan(3);
      const overflow = await hr.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await violationsOf(hr)).toEqual([]);
      await saveScreenshot(hr, `cockpit-diagramme-${width}`);

      await hr.getByRole("link", { name: "Wissensbilanz Standesamt" }).click();
      const unitChart = hr.getByRole("img", { name: /^Balkendiagramm Reifegrad/ });
      await unitChart.locator(".recharts-bar-rectangle path").first().waitFor();
      // In print the bars are SVG shapes with a fill (CSS backgrounds were dropped: an empty box).
      await hr.emulateMedia({ media: "print" });
      // The chart re-measures itself for the print layout; wait until the bars are drawn again.
      const filledBars = () =>
        unitChart
          .locator(".recharts-bar-rectangle path")
          .evaluateAll((paths) => paths.filter((path) => !["", "none"].includes(getComputedStyle(path).fill)).length);
      await expect.poll(filledBars, { timeout: 5000 }).toBeGreaterThan(0);
      expect(await unitChart.isVisible()).toBe(true);
      await saveScreenshot(hr, `wissensbilanz-druck-${width}`);
      await hr.emulateMedia({ media: "screen", forcedColors: "active" });
      expect(await unitChart.isVisible()).toBe(true);
      expect(await violationsOf(hr)).toEqual([]);
      await saveScreenshot(hr, `wissensbilanz-kontrast-${width}`);
      await hr.context().close();
    }
  });
});
