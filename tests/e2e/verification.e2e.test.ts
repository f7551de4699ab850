/** "Als aktuell bestätigen" in the browser: the editor confirms, the reader sees who and when but no button. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Prüfstand im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Lesende melden „veraltet“; die verantwortliche Person sieht es auf der Startseite und erledigt es am Artikel", async () => {
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}/suche?q=Obdachlosenunterbringung`);
    await reader.getByRole("link", { name: "Obdachlosenunterbringung im Notfall" }).click();
    await reader.waitForURL(/\/wissen\/[0-9a-f-]{36}$/);
    const path = new URL(reader.url()).pathname;
    await reader.getByLabel("Ihre Rückmeldung").fill("kurz");
    await reader.getByRole("button", { name: "Rückmeldung senden" }).click();
    await expectText(reader.locator(".field-error"), "mindestens 5 Zeichen");
    expect(await reader.getByLabel("Ihre Rückmeldung").inputValue()).toBe("kurz");
    const message = `Die Notunterkunft ist umgezogen ${Date.now()}`;
    await reader.getByLabel("Ihre Rückmeldung").fill(message);
    await reader.getByRole("button", { name: "Rückmeldung senden" }).click();
    await expectText(reader.locator(".alert--success"), "Die verantwortliche Person sieht Ihre Rückmeldung");

    const owner = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await owner.goto(`${appUrl}/`);
    await expectText(
      owner.locator("section", { has: owner.getByRole("heading", { name: /Offene Rückmeldungen zu Ihren Artikeln/ }) }),
      message,
    );
    await owner.goto(`${appUrl}${path}`);
    const open = owner.locator("section", { has: owner.getByRole("heading", { name: /Offene Rückmeldungen/ }) });
    await expectText(open, message);
    await open.getByLabel("Antwort oder was geändert wurde").fill("Adresse im Artikel korrigiert.");
    await open.getByRole("button", { name: "Erledigt" }).click();
    await owner.waitForURL(/erledigt=1$/);
    expect(await owner.getByText(message).count()).toBe(0);
  });

  it("Administration überträgt Artikel: gleiche Person wird abgelehnt, Lesende kommen nicht auf die Seite", async () => {
    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await admin.goto(`${appUrl}/verwaltung/uebergabe`);
    await admin.getByLabel("Von (bisher verantwortlich)").selectOption({ label: "Jonas Engel" });
    await admin.getByLabel("An (künftig verantwortlich)").selectOption({ label: "Jonas Engel" });
    await admin.getByRole("button", { name: "Artikel übertragen" }).click();
    await admin.waitForURL(/fehler=/);
    await expectText(admin.getByRole("alert"), "zwei verschiedene Personen");
    // HR owns no article: the handover reports that nothing changed (demo ownership stays for the other tests).
    const from = await admin.getByLabel("Von (bisher verantwortlich)").locator("option").allInnerTexts();
    const hr = from.find((name) => name !== "Jonas Engel" && name !== "Bitte wählen …")!;
    await admin.getByLabel("Von (bisher verantwortlich)").selectOption({ label: hr });
    await admin.getByLabel("An (künftig verantwortlich)").selectOption({ label: "Jonas Engel" });
    await admin.getByRole("button", { name: "Artikel übertragen" }).click();
    await admin.waitForURL(/uebertragen=/);
    await expectText(admin.locator(".alert--success"), "Artikel");

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/verwaltung/uebergabe`))?.status()).toBe(404);
  });

  it("Redaktion beginnt einen Artikel mit der Vorlage Austrittswissen und speichert ihn mit den Abschnitten", async () => {
    const page = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await page.goto(`${appUrl}/wissen/neu`);
    await page.getByRole("navigation", { name: "Vorlagen" }).getByRole("link", { name: "Austrittswissen" }).click();
    await page.waitForURL(/vorlage=EXIT$/);
    const editor = page.getByTestId("article-editor");
    await expectText(editor, "Fristen und Termine");
    expect(await page.getByLabel("Art").inputValue()).toBe("EXIT");
    const title = `Übergabe Friedhofsverwaltung ${Date.now()}`;
    await page.getByLabel("Titel").fill(title);
    await page.getByRole("button", { name: "Artikel anlegen" }).click();
    await page.waitForURL(/gespeichert=1$/);
    const headings = await page.locator(".article-body h2").allInnerTexts();
    expect(headings).toEqual([
      "Zweck und Ablauf",
      "Fristen und Termine",
      "Rechtsgrundlagen",
      "Fachverfahren und Zugänge",
      "Ansprechpartner intern und extern",
      "Typische Fehler und Ausnahmen",
      "Ablage",
      "Warum machen wir das so?",
    ]);
  });

  it("Die verantwortliche Person sieht fällige Artikel auf der Startseite; je Einheit gibt es die Liste „Prüfung fällig“", async () => {
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/`);
    const due = editor.locator("section", { has: editor.getByRole("heading", { name: /Ihre Artikel zur Prüfung/ }) });
    await expectText(due, "Tagesabschluss der Stadtkasse");
    await expectText(due, "Prüfung: abgelaufen");
    await expectText(due, "Bewohnerparkausweis ausstellen");
    await expectText(due, "Prüfung: bald fällig");

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}/`);
    expect(await reader.getByRole("heading", { name: /Ihre Artikel zur Prüfung/ }).count()).toBe(0);
    await reader.goto(`${appUrl}/pruefung`);
    await reader.getByLabel("Organisationseinheit").selectOption({ label: "Kämmerei" });
    await reader.getByRole("button", { name: "Anzeigen" }).click();
    await reader.waitForURL(/einheit=/);
    await expectText(reader.locator("main"), "Tagesabschluss der Stadtkasse");
    await expectText(reader.locator("main"), "verantwortlich: Jonas Engel");
  });

  it("Redaktion bestätigt einen Artikel als aktuell; Lesende sehen die Bestätigung, aber keinen Knopf", async () => {
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
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

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}${path}`);
    await expectText(reader.locator(".facts"), "von Jonas Engel");
    expect(await reader.getByRole("button", { name: "Als aktuell bestätigen" }).count()).toBe(0);
    await expectText(reader.locator(".badge--verification-CURRENT"), "Prüfung: aktuell");
  });
});
