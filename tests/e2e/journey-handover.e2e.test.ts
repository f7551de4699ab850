/**
 * Übergabeprotokoll as the personas walk it: Renate Albers (retiring) starts a record with
 * Jonas Engel, fills it in and confirms; Jonas reads it and confirms – closed, printable.
 * HR sees the progress per task without the notes; a reader gets nothing.
 */
import { clearLoginBlocks } from "./login-blocks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, saveScreenshot, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");
const RENATE = "leitung.buergeramt@musterhausen.example";
const TASK = "Dienstplan und Terminvergabe des Bürgeramts steuern";
const MATTER = "Dienstplan Januar noch nicht freigegeben";

async function removeDemoHandovers() {
  await systemDb().handover.deleteMany({ where: { organization: { slug: "musterhausen" } } });
}

describe.skipIf(!appUrl)("Übergabeprotokoll im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    await removeDemoHandovers();
  });
  afterAll(async () => {
    await removeDemoHandovers();
    await browser?.close();
  });

  it("beginnen, ausfüllen, beide bestätigen, drucken; Personalamt sieht den Stand je Aufgabe", async () => {
    await clearLoginBlocks(RENATE);
    const renate = await signedInPage(browser, appUrl, RENATE);
    await renate.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Arbeit" }).click();
    expect(await violationsOf(renate)).toEqual([]);
    await renate.getByRole("main").getByRole("link", { name: "Übergabeprotokolle", exact: true }).click();
    await expectText(renate.getByRole("heading", { level: 1 }), "Übergabeprotokolle");
    // Colleagues are listed with unit and position, not as bare names.
    const successor = renate.getByLabel("An wen übergeben Sie?").locator("option", { hasText: /^Engel, Jonas – / });
    expect(await successor.innerText()).toMatch(/^Engel, Jonas – .+, .+/);
    await renate.getByLabel("An wen übergeben Sie?").selectOption((await successor.getAttribute("value"))!);
    expect(await renate.getByRole("checkbox", { name: TASK }).isChecked()).toBe(true);
    expect(await violationsOf(renate)).toEqual([]);
    await renate.getByRole("button", { name: "Protokoll beginnen" }).click();

    await expectText(renate.getByRole("heading", { level: 1 }), "Übergabeprotokoll bearbeiten: Renate Albers an Jonas Engel");
    const task = renate.getByRole("group", { name: new RegExp(TASK) });
    await task.getByRole("radio", { name: "besprochen" }).check();
    await task.getByLabel("Laufende Vorgänge").fill(MATTER);
    await task.getByLabel("Offene Fragen").fill("Wer übernimmt die TEVIS-Administration?");
    expect(await violationsOf(renate)).toEqual([]);
    await saveScreenshot(renate, "issue7-uebergabe-bearbeiten");
    await renate.getByRole("button", { name: "Protokoll speichern" }).click();
    await expectText(renate.locator(".alert--success"), "Das Protokoll ist gespeichert.");
    await expectText(renate.getByRole("heading", { name: new RegExp(`${TASK}: besprochen`) }), "besprochen");
    await expectText(renate.locator("main"), MATTER);
    await renate.getByRole("button", { name: "Protokoll bestätigen" }).click();
    await expectText(renate.locator(".alert--success"), "Ihre Bestätigung ist gespeichert");
    const recordUrl = renate.url().split("?")[0];

    const jonas = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    // The start page tells him the record waits for his confirmation.
    await jonas
      .locator("section", { has: jonas.getByRole("heading", { name: "Übergabeprotokolle, die auf Ihre Bestätigung warten" }) })
      .getByRole("link", { name: "Renate Albers an Jonas Engel" })
      .click();
    await expectText(jonas.locator("main"), "Übergibt");
    await expectText(jonas.locator("dd").first(), "bestätigt am");
    await expectText(jonas.locator("main"), "Wer übernimmt die TEVIS-Administration?");
    await jonas.getByRole("button", { name: "Protokoll bestätigen" }).click();
    await expectText(jonas.locator(".alert--success"), "Beide Seiten haben bestätigt");
    expect(await jonas.getByRole("link", { name: "Protokoll bearbeiten" }).count()).toBe(0);
    expect(await violationsOf(jonas)).toEqual([]);
    await saveScreenshot(jonas, "issue7-uebergabe-abgeschlossen");
    // Printed: the record without buttons and navigation.
    await jonas.emulateMedia({ media: "print" });
    expect(await jonas.getByRole("button", { name: "Drucken oder als PDF speichern" }).isVisible()).toBe(false);
    expect(await jonas.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(false);
    expect(await jonas.getByRole("heading", { name: new RegExp(`${TASK}: besprochen`) }).isVisible()).toBe(true);
    const pdf = await jonas.pdf({ path: "screenshots/uebergabeprotokoll.pdf", format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await jonas.emulateMedia({ media: "screen" });

    const hr = await signedInPage(browser, appUrl, "personalamt@musterhausen.example");
    await hr.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Cockpit" }).click();
    await hr.getByRole("link", { name: "Stand der Übergaben" }).click();
    const section = hr.locator("section", { has: hr.getByRole("heading", { name: "Renate Albers an Jonas Engel" }) });
    await expectText(section, "von beiden bestätigt");
    await expectText(section.getByRole("row", { name: new RegExp(TASK) }), "besprochen");
    expect(await hr.locator("main").innerText()).not.toContain(MATTER);
    expect(await violationsOf(hr)).toEqual([]);
    await saveScreenshot(hr, "issue7-stand-der-uebergaben");
    const response = await hr.goto(recordUrl);
    expect(response?.status()).toBe(404);

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(recordUrl))?.status()).toBe(404);
    expect((await reader.goto(`${appUrl}/cockpit/uebergaben`))?.status()).toBe(404);
  });
});
