/** Journey "Einarbeitung": Lea Hoffmann (new in Melde- und Passwesen) follows her path and ticks off what she has read. */
import { clearLoginBlocks } from "./login-blocks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, saveScreenshot, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");
const startedAt = new Date();

describe.skipIf(!appUrl)("Einarbeitung im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    const org = { slug: "musterhausen" };
    await systemDb().onboardingPathItem.deleteMany({ where: { organization: org } });
    await systemDb().glossaryEntry.deleteMany({ where: { organization: org } });
    await systemDb().taskPractice.deleteMany({
      where: { organization: org, person: { personnelNumber: "P1006" }, practicedAt: { gte: startedAt } },
    });
    await systemDb().organization.updateMany({ where: org, data: { leadsSeeOnboardingProgress: false } });
    await browser?.close();
  });

  it("Weg der Stelle, Einstieg zuerst, „Gelesen“ zählt im Fortschritt", async () => {
    const page = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Arbeit" }).click();
    await page.getByRole("main").getByRole("link", { name: "Einarbeitung", exact: true }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Sachbearbeitung Melde- und Passwesen");
    const first = page.locator("main ol > li").first();
    await expectText(first, "Zum Einstieg");
    await expectText(first, "Einarbeitung Meldewesen: die ersten zwei Wochen");
    const progress = page.getByRole("heading", { name: /Artikeln gelesen/ });
    const before = Number((await progress.innerText()).split(" ")[0]);
    await first.getByRole("button", { name: "Gelesen" }).first().click();
    await expectText(progress, `${before + 1} von`);
    expect(await first.getByRole("button", { name: "✓ Gelesen" }).count()).toBe(1);
    // She did the top task herself with its instructions.
    const taskStep = page.locator("main ol > li", { has: page.getByRole("button", { name: /^Aufgabe selbst durchgeführt/ }) }).first();
    const taskTitle = (await taskStep.getByRole("heading").innerText()).replace(/^\d+\. /, "");
    await taskStep.getByRole("button", { name: /^Aufgabe selbst durchgeführt/ }).click();
    await expectText(page.locator(".alert--success"), "Sie haben die Aufgabe selbst durchgeführt");
    await expectText(page.locator("main ol > li", { has: page.getByRole("heading", { name: taskTitle }) }), "✓ Selbst durchgeführt am");
    expect(await violationsOf(page)).toEqual([]);
    await saveScreenshot(page, "issue7-einarbeitung");
  });

  it("Leitung ordnet den Weg um und ergänzt das Glossar; den Stand sieht sie erst, wenn die Verwaltung es erlaubt", async () => {
    const lead = "leitung.buergeramt@musterhausen.example";
    await clearLoginBlocks(lead);
    const renate = await signedInPage(browser, appUrl, lead);
    await renate.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Cockpit" }).click();
    await renate.getByRole("link", { name: "Einarbeitungswege der Stellen" }).click();
    await renate.getByRole("link", { name: /Sachbearbeitung Melde- und Passwesen/ }).click();
    await expectText(renate.getByRole("heading", { level: 1 }), "Einarbeitungsweg: Sachbearbeitung Melde- und Passwesen");
    const titles = () => renate.locator("ol.path-editor > li > span:first-child").allInnerTexts();
    const before = await titles();
    const moved = before.findIndex((text) => text.includes("Melderegisterauskünfte erteilen"));
    expect(moved).toBeGreaterThan(0);
    // With the keyboard: focus "Nach oben" of the item and press Enter.
    await renate.getByRole("button", { name: /^Nach oben\s*: Melderegisterauskünfte erteilen$/ }).focus();
    await renate.keyboard.press("Enter");
    await expectText(renate.locator(".alert--success"), "Der Einarbeitungsweg ist geändert.");
    expect((await titles()).findIndex((text) => text.includes("Melderegisterauskünfte erteilen"))).toBe(moved - 1);
    await renate.getByLabel("Abkürzung oder Begriff").fill("EWO");
    await renate.getByLabel("Bedeutung").fill("Einwohnermeldeverfahren (VOIS|MESO)");
    await renate.getByRole("button", { name: "Ins Glossar aufnehmen" }).click();
    await expectText(renate.locator(".alert--success"), "Das Glossar ist geändert.");
    await expectText(
      renate.locator("section", { has: renate.getByRole("heading", { name: "Einarbeitungsstand" }) }),
      "sieht nur die Person selbst",
    );
    expect(await violationsOf(renate)).toEqual([]);
    await saveScreenshot(renate, "issue7-einarbeitungsweg-bearbeiten");

    // Lea sees the new order and the glossary.
    const lea = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await lea.goto(`${appUrl}/einarbeitung`);
    const steps = (await lea.locator("main ol > li h2").allInnerTexts()).map((text) => text.replace(/^\d+\. /, ""));
    const expected = (await titles()).map((text) => text.replace(/^\d+\. (Aufgabe|Artikel|Ansprechperson): /, ""));
    expect(steps.indexOf("Melderegisterauskünfte erteilen")).toBeLessThan(steps.indexOf(expected[moved])); // moved before its former predecessor
    await expectText(lea.locator("section", { has: lea.getByRole("heading", { name: "Glossar" }) }), "Einwohnermeldeverfahren");

    // The admin allows leads to see onboarding progress on the settings page, where it is explained.
    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await admin.goto(`${appUrl}/verwaltung/einstellungen`);
    await expectText(admin.locator("#onboardingProgress-explanation"), "Ohne diese Einstellung sieht das nur die Person selbst.");
    await admin.getByLabel("Leitungen dürfen den Einarbeitungsstand ihrer Beschäftigten sehen").check();
    await admin.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expectText(admin.locator(".alert--success"), "gespeichert");
    await renate.reload();
    await expectText(renate.getByRole("row", { name: /Lea Hoffmann/ }), "von");
  });
});
