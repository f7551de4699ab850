/**
 * Write → review → publish → confirm in the browser, with four-eyes approval and
 * read confirmations switched on by the admin on the settings page; then a
 * substantial change, the diff in the version history, and HR's audited name list.
 * The settings are switched back off afterwards so the other e2e files see the defaults.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, violationsOf, saveScreenshot, signedInPage } from "./browser";

const appUrl = inject("appUrl");

async function pageAs(browser: Browser, email: string): Promise<Page> {
  const page = await signedInPage(browser, appUrl, email);
  return page;
}

describe.skipIf(!appUrl)("Freigabe und Kenntnisnahme im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await systemDb().organization.updateMany({
      where: { slug: "musterhausen" },
      data: { requireFourEyes: false, readConfirmationsEnabled: false, defaultReviewIntervalMonths: 12 },
    });
  });

  it("Schreiben → Prüfen → Freigeben → Kenntnis nehmen; wesentliche Änderung fragt erneut; Unterschiede im Verlauf", async () => {
    // The admin switches on four-eyes approval and read confirmations; a wrong interval is refused and kept in the field.
    const admin = await pageAs(browser, "admin@musterhausen.example");
    await admin.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Verwaltung" }).click();
    await admin.getByRole("link", { name: "Einstellungen" }).click();
    await admin.getByLabel("Vier-Augen-Prinzip beim Veröffentlichen").check();
    await admin.getByLabel("Lesebestätigungen (Kenntnisnahme) einschalten").check();
    await admin.getByLabel("Prüfintervall für neue Artikel (Monate)").fill("0");
    await admin.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expectText(admin.locator(".field-error"), "mindestens 1 Monat");
    expect(await admin.getByLabel("Prüfintervall für neue Artikel (Monate)").inputValue()).toBe("0");
    expect(await admin.getByLabel("Vier-Augen-Prinzip beim Veröffentlichen").isChecked()).toBe(true);
    await admin.getByLabel("Prüfintervall für neue Artikel (Monate)").fill("6");
    await admin.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expectText(admin.locator(".alert--success"), "Die Einstellungen sind gespeichert.");
    await saveScreenshot(admin, "issue5-einstellungen");
    expect(await violationsOf(admin)).toEqual([]);

    // The editor writes and submits; "Veröffentlicht" is not offered, and they cannot approve their own text.
    const editor = await pageAs(browser, "redaktion@musterhausen.example");
    const title = `Barkasse abrechnen ${Date.now()}`;
    await editor.goto(`${appUrl}/wissen/neu`);
    expect(await editor.getByLabel("Status").locator("option").allInnerTexts()).toEqual(["Entwurf", "In Prüfung"]);
    expect(await editor.getByLabel("Prüfintervall (Monate)").inputValue()).toBe("6");
    await editor.getByLabel("Titel").fill(title);
    await editor.getByLabel("Status").selectOption({ label: "In Prüfung" });
    await editor.getByTestId("article-editor").click();
    await editor.keyboard.type("Die Barkasse wird jeden Freitag gezählt.");
    await editor.getByLabel("Organisationseinheiten").selectOption({ label: "Bürgeramt" });
    await editor.getByRole("button", { name: "Artikel anlegen" }).click();
    await editor.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/);
    const path = new URL(editor.url()).pathname;
    await expectText(editor.getByRole("heading", { name: /^Status:/ }), "In Prüfung");
    await expectText(editor.getByRole("note"), "Sie haben an dieser Fassung mitgeschrieben");
    await saveScreenshot(editor, "issue5-in-pruefung-vier-augen");
    expect(await editor.getByRole("button", { name: "Freigeben und veröffentlichen" }).count()).toBe(0);

    // Readers do not see it yet.
    const reader = await pageAs(browser, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}${path}`))?.status()).toBe(404);

    // The admin finds it on the start page and approves it.
    await admin.goto(`${appUrl}/`);
    const queue = admin.locator("section", { has: admin.getByRole("heading", { name: /Warten auf Ihre Freigabe/ }) });
    await queue.getByRole("link", { name: title }).click();
    await admin.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
    await expectText(admin.locator(".alert--success"), "Freigegeben und veröffentlicht");

    // The reader reads and confirms; their own list shows it.
    await reader.goto(`${appUrl}${path}`);
    await reader.getByRole("button", { name: "Zur Kenntnis genommen" }).click();
    await expectText(reader.locator(".alert--success"), "Ihre Kenntnisnahme ist gespeichert");
    await expectText(
      reader.locator("section", { has: reader.getByRole("heading", { name: "Kenntnisnahme" }) }),
      "Sie haben diese Fassung am",
    );
    await saveScreenshot(reader, "issue5-kenntnisnahme-bestaetigt");
    expect(await violationsOf(reader)).toEqual([]);
    await reader.getByRole("link", { name: "Meine Kenntnisnahmen" }).click();
    await expectText(reader.getByRole("table"), title);
    expect(await violationsOf(reader)).toEqual([]);

    // The owner sees the number, not names.
    await editor.goto(`${appUrl}${path}`);
    await expectText(editor.locator("section", { has: editor.getByRole("heading", { name: "Kenntnisnahme" }) }), "1 von");
    expect(await editor.getByRole("link", { name: "Namensliste anzeigen" }).count()).toBe(0);
    expect((await editor.goto(`${appUrl}${path}/kenntnisnahmen`))?.status()).toBe(404);

    // HR opens the name list; the view is in the audit log.
    const hr = await pageAs(browser, "personalamt@musterhausen.example");
    await hr.goto(`${appUrl}${path}`);
    await hr.getByRole("link", { name: "Namensliste anzeigen" }).click();
    await expectText(hr.getByRole("row", { name: /Lea Hoffmann/ }), "aktuelle Fassung");
    await saveScreenshot(hr, "issue5-namensliste-personalamt");
    expect(await violationsOf(hr)).toEqual([]);
    const articleId = path.split("/").pop()!;
    expect(await systemDb().auditEvent.count({ where: { entityId: articleId, action: "article.read-confirmations.view" } })).toBe(1);

    // A substantial change goes through review again as a working copy: readers keep the published version
    // (no 404, not the new text) until it is approved, and the review compares with the published version.
    await editor.goto(`${appUrl}${path}/bearbeiten`);
    await expectText(editor.locator("#status-hint"), "Arbeitskopie");
    await editor.getByTestId("article-editor").click();
    await editor.keyboard.press("Control+End");
    await editor.keyboard.type(" Ab Januar zusätzlich am Montag.");
    await editor.getByLabel("Wesentliche Änderung – alle um erneute Kenntnisnahme bitten").check();
    expect(await editor.getByLabel("Status").inputValue()).toBe("IN_REVIEW");
    await editor.getByLabel("Änderungsnotiz (optional)").fill("Zusätzlicher Zähltag");
    await editor.getByRole("button", { name: "Speichern" }).click();
    await editor.waitForURL(/\/arbeitskopie\?gespeichert=1$/);
    await expectText(editor.locator(".alert--success"), "sehen weiter die veröffentlichte Fassung");
    await expectText(editor.getByRole("note"), "Sie haben an dieser Fassung mitgeschrieben");
    expect(await editor.getByRole("button", { name: "Freigeben und veröffentlichen" }).count()).toBe(0);
    expect((await reader.goto(`${appUrl}${path}`))?.status()).toBe(200);
    expect(await reader.locator(".article-body").innerText()).not.toContain("Montag");
    expect(await reader.getByRole("heading", { name: /^Überarbeitung/ }).count()).toBe(0);
    await editor.goto(`${appUrl}${path}`);
    await expectText(editor.getByRole("heading", { name: /^Überarbeitung/ }), "In Prüfung");

    for (const width of [1366, 390]) {
      const page = width === 1366 ? admin : await pageAs(browser, "admin@musterhausen.example");
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${appUrl}/`);
      const approvals = page.locator("section", { has: page.getByRole("heading", { name: /Warten auf Ihre Freigabe/ }) });
      await approvals.getByRole("link", { name: title }).click();
      await page.waitForURL(/\/arbeitskopie$/);
      await expectText(page.getByRole("heading", { level: 1 }), "Arbeitskopie");
      await expectText(page.locator(".diff ins").first(), "Montag");
      await saveScreenshot(page, `issue16-arbeitskopie-${width}`);
      expect(await violationsOf(page)).toEqual([]);
    }
    await admin.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
    await admin.waitForURL(new RegExp(`${path}\\?schritt=approve$`));
    await expectText(admin.locator(".alert--success"), "Freigegeben und veröffentlicht");
    await reader.goto(`${appUrl}${path}`);
    await expectText(reader.locator(".article-body"), "Montag");
    await expectText(reader.getByRole("note"), "wesentlich geändert");
    expect(await reader.getByRole("button", { name: "Zur Kenntnis genommen" }).count()).toBe(1);

    // The history shows who changed what; the diff marks the inserted words.
    await editor.goto(`${appUrl}${path}`);
    await editor.getByRole("link", { name: "Versionen" }).click();
    await expectText(editor.getByRole("table"), "Zusätzlicher Zähltag");
    await editor.getByLabel("Version 1 als ältere Fassung").check();
    await editor.getByLabel("Version 4 als neuere Fassung").check();
    await editor.getByRole("button", { name: "Vergleichen" }).click();
    await expectText(editor.locator(".diff ins").first(), "Montag");
    await saveScreenshot(editor, "issue5-versionsvergleich");
    expect(await violationsOf(editor)).toEqual([]);
  });
});
