/** Accounts in the browser: the admin invites a colleague, who sets her own password through the link and signs in. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Konten im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Administration lädt ein; die neue Kollegin legt ihr Passwort über den Link fest und meldet sich an", async () => {
    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await expectText(admin.locator(".demo-label"), "Demo-Installation");
    await admin.goto(`${appUrl}/verwaltung`);
    await admin.getByRole("link", { name: "Konten und Rollen" }).click();
    const email = `neu-${Date.now()}@musterhausen.example`;
    await admin.getByLabel("E-Mail-Adresse").fill("keine-adresse");
    await admin.getByLabel("Name", { exact: true }).fill("Mira Neumann");
    await admin.getByRole("button", { name: "Konto anlegen und einladen" }).click();
    await expectText(admin.locator(".field-error"), "gültige E-Mail-Adresse");
    expect(await admin.getByLabel("Name", { exact: true }).inputValue()).toBe("Mira Neumann");
    await admin.getByLabel("E-Mail-Adresse").fill(email);
    await admin.locator("#account-role").selectOption({ label: "Redaktion" });
    await admin.getByRole("button", { name: "Konto anlegen und einladen" }).click();
    const link = (await admin.locator(".invitation-link").innerText()).trim();
    expect(link).toMatch(/\/konto\/passwort-setzen\/[A-Za-z0-9_-]{43}$/);
    expect(await violationsOf(admin)).toEqual([]);

    const invited = await (await browser.newContext()).newPage();
    await invited.goto(link.replace(/^https?:\/\/[^/]+/, appUrl));
    await expectText(invited.getByRole("heading", { level: 1 }), "Willkommen, Mira Neumann");
    await invited.getByLabel("Neues Passwort", { exact: true }).fill("sommer2026");
    await invited.getByLabel("Neues Passwort wiederholen").fill("sommer2026");
    await invited.getByRole("button", { name: "Passwort festlegen" }).click();
    await expectText(invited.locator(".field-error"), "mindestens 12 Zeichen");
    expect(await violationsOf(invited)).toEqual([]);
    const password = "Tafel Wolke Gießkanne sieben";
    await invited.getByLabel("Neues Passwort", { exact: true }).fill(password);
    await invited.getByLabel("Neues Passwort wiederholen").fill(password);
    await invited.getByRole("button", { name: "Passwort festlegen" }).click();
    await invited.waitForURL(/\/login\?passwort=gesetzt/);
    await expectText(invited.getByRole("status"), "Ihr Passwort ist gespeichert");
    // The link is used up.
    await invited.goto(link.replace(/^https?:\/\/[^/]+/, appUrl));
    await expectText(invited.getByRole("heading", { level: 1 }), "Link nicht mehr gültig");

    const colleague = await signedInPage(browser, appUrl, email, password);
    await expectText(colleague.getByRole("heading", { level: 1 }), "Willkommen, Mira Neumann");
    expect(await colleague.getByRole("link", { name: "Neuer Artikel" }).count()).toBeGreaterThan(0);

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/verwaltung/konten`))?.status()).toBe(404);
  });
});
