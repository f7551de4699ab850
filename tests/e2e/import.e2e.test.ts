/** Word import in the browser: a wrong file is refused, a real .docx is previewed and saved as a draft. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, violationsOf, saveScreenshot, signedInPage } from "./browser";
import { buildSampleDocx } from "../fixtures/build-docx";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Word-Import im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Vorschau zeigt Überschriften, Listen und Tabelle; gespeichert wird ein Entwurf", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "import-"));
    const docx = path.join(dir, "Hundesteuer.docx");
    const text = path.join(dir, "notiz.txt");
    await writeFile(docx, await buildSampleDocx());
    await writeFile(text, "Nur eine Notiz");

    const page = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await page.goto(`${appUrl}/wissen/neu`);
    await page.getByRole("link", { name: "Aus einem Word-Dokument importieren" }).click();
    await page.getByLabel("Word-Dokument (.docx, höchstens 10 MB)").setInputFiles(text);
    await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
    await expectText(page.getByRole("alert"), "kein Word-Dokument im Format .docx");

    await page.getByLabel("Word-Dokument (.docx, höchstens 10 MB)").setInputFiles(docx);
    await page.getByLabel("Wissensart").selectOption({ label: "Austrittswissen" });
    await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
    const preview = page.getByRole("region", { name: "Vorschau des Inhalts" });
    await expectText(preview.getByRole("heading", { level: 2 }), "Zweck und Ablauf");
    await expectText(preview.locator("ol"), "Bescheid erstellen");
    await expectText(preview.getByRole("table"), "96 Euro");
    expect(await preview.getByRole("link", { name: "Hundesteuersatzung" }).getAttribute("href")).toBe(
      "https://www.musterhausen.example/satzungen/hundesteuer",
    );
    expect(await page.getByLabel("Titel").inputValue()).toBe("Hundesteuer veranlagen");
    await saveScreenshot(page, "issue5-word-import-vorschau");
    expect(await violationsOf(page)).toEqual([]);
    const title = `Hundesteuer aus Word ${Date.now()}`;
    await page.getByLabel("Titel").fill(title);
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await page.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/);
    await expectText(page.getByRole("heading", { level: 1 }), title);
    await expectText(page.getByRole("heading", { name: /^Status:/ }), "Entwurf");
    await expectText(page.locator(".meta").first(), "Austrittswissen");
    await expectText(page.locator(".article-body").first(), "Anmeldung prüfen");
  });
});
