/** CSV import in the browser: a broken file is refused with a report per row; the sample files are checked and applied; again changes nothing. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");
const samples = path.join(process.cwd(), "docs", "import");

describe.skipIf(!appUrl)("CSV-Import im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Personalamt prüft eine fehlerhafte Datei (nichts übernommen) und übernimmt die Beispieldatei zweimal ohne Änderung", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "import-"));
    const broken = path.join(dir, "personen-kaputt.csv");
    await writeFile(broken, "personalnummer;vorname;nachname;austritt_monat;austritt_grund\nP7001;;Ohne;13.2027;Urlaub\n");
    const page = await signedInPage(browser, appUrl, "personalamt@musterhausen.example");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Verwaltung" }).click();
    await page.getByRole("link", { name: "Import und Export" }).click();

    await page.getByLabel("Was wird importiert?").selectOption({ label: "Beschäftigte" });
    await page.getByLabel(/^CSV-Datei/).setInputFiles(broken);
    await page.getByRole("button", { name: /^Prüfen/ }).click();
    const report = page.getByRole("region", { name: "Prüfbericht je Zeile" });
    await expectText(report, "Vorname fehlt.");
    await expectText(report, "Austrittsgrund „Urlaub“ ist unbekannt");
    expect(await page.getByRole("button", { name: "Übernehmen", exact: true }).count()).toBe(0);
    // The choice of kind survives the check.
    expect(await page.getByLabel("Was wird importiert?").inputValue()).toBe("personen");
    expect(await violationsOf(page)).toEqual([]);

    // The demo data already contains the sample units: checking shows them as unchanged or changed, never as errors.
    await page.getByLabel("Was wird importiert?").selectOption({ label: "Organisationseinheiten" });
    await page.getByLabel(/^CSV-Datei/).setInputFiles(path.join(samples, "einheiten.csv"));
    await page.getByRole("button", { name: /^Prüfen/ }).click();
    await expectText(page.locator("#import-result-heading"), "einheiten.csv");
    await expectText(page.locator("section", { has: page.locator("#import-result-heading") }), "0 fehlerhaft");
    await saveScreenshot(page, "issue6-import-pruefung");
    await page.getByRole("button", { name: "Übernehmen", exact: true }).click();
    await expectText(page.locator(".alert--success"), "Übernommen:");

    // The same file again: nothing new, nothing changed.
    await page.getByLabel(/^CSV-Datei/).setInputFiles(path.join(samples, "einheiten.csv"));
    await page.getByRole("button", { name: /^Prüfen/ }).click();
    await expectText(page.locator("section", { has: page.locator("#import-result-heading") }), "0 neu · 0 geändert");

    const exported = await page.request.get(`${appUrl}/verwaltung/import/export?art=einheiten`);
    expect(exported.status()).toBe(200);
    expect((await exported.text()).split("\r\n")[0]).toBe("\uFEFFname;kuerzel;uebergeordnet");

    // Export and sample files are plain links on the page, not hidden in collapsed sections.
    const [sampleDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Beispieldatei Aufgaben mit Zuständigkeit und Vertretung (CSV)" }).click(),
    ]);
    expect(sampleDownload.suggestedFilename()).toBe("beispiel-aufgaben.csv");
    expect(await page.getByRole("link", { name: "Beschäftigte exportieren (CSV)" }).isVisible()).toBe(true);

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/verwaltung/import`))?.status()).toBe(404);
    expect((await reader.request.get(`${appUrl}/verwaltung/import/export?art=personen`)).status()).toBe(404);
    expect((await reader.request.get(`${appUrl}/verwaltung/import/beispiel?art=personen`)).status()).toBe(404);
  });
});
