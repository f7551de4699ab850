/** Admins create a template and make it the Bürgeramt's default; an editor of the Bürgeramt gets it preselected. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, violationsOf, saveScreenshot, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Vorlagen im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    // Other e2e files expect new articles to start empty.
    await systemDb().orgUnit.updateMany({ where: { organization: { slug: "musterhausen" } }, data: { defaultTemplateId: null } });
  });

  it("Vorlage anlegen, als Standard des Bürgeramts setzen, beim Schreiben vorgewählt; Lesende kommen nicht auf die Seite", async () => {
    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await admin.goto(`${appUrl}/verwaltung`);
    await admin.getByRole("link", { name: "Vorlagen" }).click();
    await admin.getByRole("link", { name: "Neue Vorlage anlegen" }).click();
    const name = `Checkliste Bürgeramt ${Date.now()}`;
    await admin.getByLabel("Name der Vorlage").fill("Ab");
    await admin.getByRole("button", { name: "Vorlage speichern" }).click();
    await expectText(admin.locator(".field-error"), "mindestens 3 Zeichen");
    await admin.getByLabel("Name der Vorlage").fill(name);
    await admin.getByTestId("article-editor").click();
    await admin.keyboard.type("Welche Unterlagen braucht es?");
    await admin.getByRole("button", { name: "Vorlage speichern" }).click();
    await admin.waitForURL(/\/verwaltung\/vorlagen\?gespeichert=1$/);
    await expectText(admin.getByRole("table").first(), name);
    await admin.getByLabel("Bürgeramt", { exact: true }).selectOption({ label: name });
    await admin.getByRole("button", { name: "Standardvorlagen speichern" }).click();
    await expectText(admin.locator(".alert--success"), "Standardvorlagen");
    expect(await admin.getByLabel("Bürgeramt", { exact: true }).inputValue()).not.toBe("");
    expect(await violationsOf(admin)).toEqual([]);
    await saveScreenshot(admin, "issue5-vorlagen-verwaltung");

    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/wissen/neu`);
    await expectText(editor.getByRole("navigation", { name: "Vorlagen" }), `Vorgewählt: „${name}“`);
    await expectText(editor.getByTestId("article-editor"), "Welche Unterlagen braucht es?");
    await editor.getByRole("link", { name: "Ohne Vorlage" }).click();
    await editor.waitForURL(/vorlage=leer$/);
    expect((await editor.getByTestId("article-editor").innerText()).trim()).toBe("");

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/verwaltung/vorlagen`))?.status()).toBe(404);
  });

  it("Hinweise einer Vorlage sind Platzhalter, keine Formatierung: was man schreibt, ist nicht kursiv", async () => {
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/wissen/neu?vorlage=EXIT`);
    const body = editor.getByTestId("article-editor");
    await expectText(body.locator("h2").first(), "Zweck und Ablauf");
    const hint = body.locator('p[data-placeholder="Wofür ist die Aufgabe da, und wie läuft sie Schritt für Schritt ab?"]');
    await hint.waitFor();
    // The guidance is not text of the article.
    expect(await body.locator("em").count()).toBe(0);
    expect(await body.innerText()).not.toContain("Wofür ist die Aufgabe da");
    await hint.click();
    await editor.keyboard.type("Der Antrag wird im Fachverfahren erfasst.");
    await expectText(body.locator("p").first(), "Der Antrag wird im Fachverfahren erfasst.");
    expect(await body.locator("em").count()).toBe(0);
    // The same title as an existing article: a hint with a link, no refusal.
    await editor.getByLabel("Titel").fill("wohnsitzanmeldung am schalter");
    await editor.getByLabel("Wissensart").focus();
    await expectText(editor.locator("#title-same"), "Einen Artikel mit diesem Titel gibt es schon");
    expect(await editor.locator("#title-same").getByRole("link", { name: "Wohnsitzanmeldung am Schalter" }).count()).toBe(1);
    expect(await violationsOf(editor)).toEqual([]);
    await saveScreenshot(editor, "vorlage-hinweise-als-platzhalter");
  });
});
