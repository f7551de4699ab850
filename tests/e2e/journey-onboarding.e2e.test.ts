/** Journey "Einarbeitung": Lea Hoffmann (new in Melde- und Passwesen) follows her path and ticks off what she has read. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, signIn, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Einarbeitung im Browser", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it("Weg der Stelle, Einstieg zuerst, „Gelesen“ zählt im Fortschritt", async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, appUrl, "lesen@musterhausen.example");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Einarbeitung" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Sachbearbeitung Melde- und Passwesen");
    const first = page.locator("main ol > li").first();
    await expectText(first, "Zum Einstieg");
    await expectText(first, "Einarbeitung Meldewesen: die ersten zwei Wochen");
    const progress = page.getByRole("heading", { name: /Artikeln gelesen/ });
    const before = Number((await progress.innerText()).split(" ")[0]);
    await first.getByRole("button", { name: "Gelesen" }).first().click();
    await expectText(progress, `${before + 1} von`);
    expect(await first.getByRole("button", { name: "✓ Gelesen" }).count()).toBe(1);
    expect(await violationsOf(page)).toEqual([]);
    await saveScreenshot(page, "issue7-einarbeitung");
  });
});
