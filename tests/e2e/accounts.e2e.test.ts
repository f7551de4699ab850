/** Accounts in the browser: the admin creates an account; the new colleague signs in with the one-time password. */
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

  it("Administration legt ein Konto an; die neue Kollegin meldet sich mit dem Einmalpasswort an", async () => {
    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await admin.goto(`${appUrl}/verwaltung`);
    await admin.getByRole("link", { name: "Konten und Rollen" }).click();
    const email = `neu-${Date.now()}@musterhausen.example`;
    await admin.getByLabel("E-Mail-Adresse").fill("keine-adresse");
    await admin.getByLabel("Name", { exact: true }).fill("Mira Neumann");
    await admin.getByRole("button", { name: "Konto anlegen" }).click();
    await expectText(admin.locator(".field-error"), "gültige E-Mail-Adresse");
    expect(await admin.getByLabel("Name", { exact: true }).inputValue()).toBe("Mira Neumann");
    await admin.getByLabel("E-Mail-Adresse").fill(email);
    await admin.locator("#account-role").selectOption({ label: "Redaktion" });
    await admin.getByRole("button", { name: "Konto anlegen" }).click();
    const password = (await admin.locator(".one-time-password").innerText()).trim();
    expect(password).toMatch(/^[A-Za-z2-9-]{19}$/);
    expect(await violationsOf(admin)).toEqual([]);

    const colleague = await signedInPage(browser, appUrl, email, password);
    await expectText(colleague.getByRole("heading", { level: 1 }), "Willkommen, Mira Neumann");
    expect(await colleague.getByRole("link", { name: "Neuer Artikel" }).count()).toBeGreaterThan(0);

    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    expect((await reader.goto(`${appUrl}/verwaltung/konten`))?.status()).toBe(404);
  });
});
