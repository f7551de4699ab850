/** Structured blocks with the keyboard alone: insert a Frist, fix a wrong day, change it later, read it, see it in the Mappe. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, violationsOf, saveScreenshot, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Bausteine im Editor", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Frist per Tastatur einfügen, korrigieren, ändern; Lesende sehen sie im Artikel und in der Mappe", async () => {
    const page = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await page.goto(`${appUrl}/wissen/neu`);
    const title = `Hundesteuer Fälligkeit ${Date.now()}`;
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Status").selectOption({ label: "Veröffentlicht" });
    await page.getByTestId("article-editor").click();
    await page.keyboard.type("Bescheide gehen im Januar raus.");
    // The editor advises on accessible structure while typing: a heading of level 3 right under the title.
    await expectText(page.locator(".a11y-hints h2"), "keine");
    await page.getByRole("button", { name: "Überschrift 3" }).click();
    await expectText(page.locator(".a11y-hints"), "springt von Ebene 1 auf Ebene 3");
    await page.getByRole("button", { name: "Überschrift 3" }).click();
    await expectText(page.locator(".a11y-hints h2"), "keine");
    // Keyboard only: focus the toolbar button and press Enter; the form takes the focus.
    await page.getByRole("button", { name: "Frist einfügen" }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("Hundesteuer fällig");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe("block-deadline-title");
    await page.getByLabel("Wie oft?").selectOption({ label: "jährlich" });
    await page.getByLabel("Tag", { exact: true }).fill("31");
    await page.getByLabel("Monat", { exact: true }).selectOption({ label: "April" });
    await page.getByRole("button", { name: "Einfügen", exact: true }).click();
    await expectText(page.locator(".block-form .field-error"), "Diesen Tag gibt es in dem Monat nicht.");
    await page.getByLabel("Tag", { exact: true }).fill("15");
    await page.getByLabel("Tag", { exact: true }).press("Enter");
    await expectText(page.getByTestId("article-editor"), "jährlich zum 15.04.");
    expect(await violationsOf(page)).toEqual([]);

    // Select the block with the arrow keys and press Enter to change it.
    await page.getByTestId("article-editor").getByText("Bescheide gehen im Januar raus.").click();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator('.ProseMirror div[data-type="deadline"].ProseMirror-selectednode').count()).toBe(1);
    await page.keyboard.press("Enter");
    await expectText(page.locator(".block-form__title"), "Baustein „Frist“ ändern");
    await saveScreenshot(page, "issue5-baustein-frist-bearbeiten");
    await page.getByLabel("Monat", { exact: true }).selectOption({ label: "Februar" });
    await page.getByRole("button", { name: "Übernehmen", exact: true }).click();
    await expectText(page.getByTestId("article-editor"), "jährlich zum 15.02.");
    await page.getByLabel("Aufgaben").selectOption({ label: "Hundesteuer veranlagen" });
    await page.getByRole("button", { name: "Artikel anlegen" }).click();
    await page.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/);

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(page.url().replace("?gespeichert=1", ""));
    const block = reader.locator('.article-body div[data-type="deadline"]');
    await expectText(block, "Hundesteuer fällig");
    await expectText(block, "jährlich zum 15.02.");
    await reader.getByRole("link", { name: "Mappe zur Aufgabe Hundesteuer veranlagen" }).click();
    await expectText(
      reader.locator("section", { has: reader.getByRole("heading", { name: "Fristen in den nächsten 12 Monaten" }) }),
      "Hundesteuer fällig",
    );
    await saveScreenshot(reader, "issue5-vertretungsmappe");
    expect(await violationsOf(reader)).toEqual([]);
  });
});
