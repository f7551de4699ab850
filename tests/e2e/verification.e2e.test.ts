/** "Als aktuell bestätigen" in the browser: the editor confirms, the reader sees who and when but no button. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, signIn } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Prüfstand im Browser", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it("Redaktion bestätigt einen Artikel als aktuell; Lesende sehen die Bestätigung, aber keinen Knopf", async () => {
    const editor = await (await browser.newContext()).newPage();
    await signIn(editor, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/suche?q=Vorkaufsrecht`);
    await editor.getByRole("link", { name: "Vorkaufsrecht prüfen" }).click();
    await editor.waitForURL(/\/wissen\/[0-9a-f-]{36}$/);
    const path = new URL(editor.url()).pathname;
    await expectText(editor.locator(".facts"), "noch nie");
    await editor.getByRole("button", { name: "Als aktuell bestätigen" }).click();
    await editor.waitForURL(/bestaetigt=1$/);
    await expectText(editor.locator(".alert--success"), "als aktuell bestätigt");
    await expectText(editor.locator(".facts"), "von Jonas Engel");
    expect(await editor.locator(".facts").innerText()).not.toContain("noch nie");

    const reader = await (await browser.newContext()).newPage();
    await signIn(reader, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}${path}`);
    await expectText(reader.locator(".facts"), "von Jonas Engel");
    expect(await reader.getByRole("button", { name: "Als aktuell bestätigen" }).count()).toBe(0);
    await expectText(reader.locator(".badge--verification-CURRENT"), "Prüfung: aktuell");
  });
});
