/**
 * The provider's operator in the browser: signs in to the console, creates a
 * municipality and invites its administrator, who sets a password and signs
 * in; deactivating the municipality ends her session and refuses sign-in.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { SERVICE_DN, SERVICE_PASSWORD, SUFFIX, slapdAvailable, startSlapd } from "../integration/helpers/slapd";
import { expectText, launchChromium, saveScreenshot, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

async function operatorPage(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${appUrl}/betrieb/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`${appUrl}/betrieb`, { timeout: 15_000 }).catch(async () => {
    throw new Error(`Anmeldung im Betrieb: ${page.url()} – ${await page.locator(".alert--error").allInnerTexts()}`);
  });
  return page;
}

const required = process.env.REQUIRE_E2E === "1";
const domain = `testhausen-${randomUUID().slice(0, 6)}.example`;

describe.skipIf(!appUrl || (!slapdAvailable() && !required))("Betrieb im Browser", () => {
  let browser: Browser;
  let directory: Awaited<ReturnType<typeof startSlapd>>;
  beforeAll(async () => {
    browser = await launchChromium();
    directory = await startSlapd([
      { uid: "hberg", mail: `h.berg@${domain}`, displayName: "Hanna Berg", password: "Windows-Passwort-Berg-1", groups: ["redaktion"] },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await directory?.stop();
  });

  it("Betreiber legt eine Kommune an und lädt die Administration ein; Abschalten beendet ihre Sitzung", async () => {
    const operatorEmail = `betrieb-${randomUUID().slice(0, 6)}@zweckverband.example`;
    const operatorPassword = "Leitstelle Glasfaser Nord";
    await systemDb().operator.create({
      data: { email: operatorEmail, displayName: "Betrieb Nord", passwordHash: await hashPassword(operatorPassword) },
    });

    // Municipal staff cannot use the console, even as admin.
    const municipalAdmin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await municipalAdmin.goto(`${appUrl}/betrieb`);
    expect(new URL(municipalAdmin.url()).pathname).toBe("/betrieb/anmelden");

    const operator = await operatorPage(browser, operatorEmail, operatorPassword);
    await expectText(operator.getByRole("heading", { level: 1 }), "Betrieb: Kommunen dieser Installation");
    const name = `Gemeinde Testhausen ${randomUUID().slice(0, 4)}`;
    await operator.getByLabel("Name", { exact: true }).last().fill(name);
    await operator.getByRole("button", { name: "Kommune anlegen" }).click();
    await expectText(operator.getByRole("status"), "Die Kommune ist angelegt");
    await operator.getByText(`${name} verwalten`).click();
    const adminEmail = `admin-${randomUUID().slice(0, 6)}@${domain}`;
    const row = operator.locator("details[open]");
    await row.getByLabel("E-Mail-Adresse der Administration").fill(adminEmail);
    await row.getByLabel("Name", { exact: true }).last().fill("Erika Erste");
    await row.getByRole("button", { name: `Administration für ${name} einladen` }).click();
    const link = (await row.locator(".invitation-link").innerText()).trim();
    expect(await violationsOf(operator)).toEqual([]);
    await saveScreenshot(operator, "betrieb-konsole");
    await operator.getByRole("link", { name: "Passwort ändern" }).click();
    await expectText(operator.getByRole("heading", { level: 1 }), "Passwort ändern");
    expect(await violationsOf(operator)).toEqual([]);

    // An operator session reads no municipal content.
    await operator.goto(`${appUrl}/wissen`);
    expect(new URL(operator.url()).pathname).toBe("/login");

    const admin = await (await browser.newContext()).newPage();
    await admin.goto(link.replace(/^https?:\/\/[^/]+/, appUrl));
    await admin.getByLabel("Neues Passwort", { exact: true }).fill("Rathaus Brunnen Linde 42");
    await admin.getByLabel("Neues Passwort wiederholen").fill("Rathaus Brunnen Linde 42");
    await admin.getByRole("button", { name: "Passwort festlegen" }).click();
    await admin.waitForURL(/\/login/);
    await admin.getByLabel("E-Mail-Adresse").fill(adminEmail);
    await admin.getByLabel("Passwort").fill("Rathaus Brunnen Linde 42");
    await admin.getByRole("button", { name: "Anmelden" }).click();
    await admin.waitForURL(`${appUrl}/`);
    await expectText(admin.locator(".brand small"), name);

    // The operator connects the municipality's directory; a colleague signs in with her directory password.
    await operator.goto(`${appUrl}/betrieb`);
    await operator.getByText(`${name} verwalten`).click();
    await operator.getByRole("link", { name: `Anmeldung von ${name} einrichten` }).click();
    await expectText(operator.getByRole("heading", { level: 1 }), `Anmeldung von ${name}`);
    expect(await operator.getByLabel("Notfallzugang (Administration mit lokalem Passwort)").count()).toBe(0);
    await operator.getByLabel("E-Mail-Domains der Verwaltung").fill(domain);
    await operator.getByLabel("Anmeldung über das Verzeichnis einschalten").check();
    await operator.getByLabel("Adresse", { exact: true }).fill(directory.url);
    await operator.getByLabel("Dienstkonto (Bind-DN)").fill(SERVICE_DN);
    await operator.getByLabel("Suchbasis für Personen").fill(`ou=people,${SUFFIX}`);
    await operator.getByRole("button", { name: "Anmeldung speichern" }).click();
    await expectText(operator.locator("#signin-ldapBindPassword-error"), "Passwort des Dienstkontos");
    await operator.getByLabel("Passwort des Dienstkontos").fill(SERVICE_PASSWORD);
    await operator.getByLabel("Suchbasis für Gruppen (optional)").fill(`ou=groups,${SUFFIX}`);
    await operator.getByLabel("Gruppen und Rollen", { exact: true }).fill(`${directory.groupDn("redaktion")} = EDITOR`);
    await operator.getByRole("button", { name: "Anmeldung speichern" }).click();
    await expectText(operator.locator("form.card .alert").first(), "Die Anmeldung der Kommune ist gespeichert.");
    await operator.getByRole("button", { name: "Verbindung zum Verzeichnis testen" }).click();
    await expectText(operator.locator("form.card").last().locator(".alert"), "gelungen");
    expect(await violationsOf(operator)).toEqual([]);
    await saveScreenshot(operator, "betrieb-anmeldung-kommune");

    const colleague = await (await browser.newContext()).newPage();
    await colleague.goto(`${appUrl}/login`);
    await colleague.getByLabel("E-Mail-Adresse").fill(`h.berg@${domain}`);
    await colleague.getByLabel("Passwort").fill("Windows-Passwort-Berg-1");
    await colleague.getByRole("button", { name: "Anmelden" }).click();
    await colleague.waitForURL(`${appUrl}/`, { timeout: 15_000 });
    await expectText(colleague.getByRole("heading", { level: 1 }), "Willkommen, Hanna Berg");
    await expectText(colleague.locator(".brand small"), name);

    await operator.goto(`${appUrl}/betrieb`);
    await operator.getByText(`${name} verwalten`).click();
    await operator.getByRole("button", { name: `${name} abschalten` }).click();
    await expectText(operator.getByRole("status"), "Die Kommune ist abgeschaltet");
    await admin.goto(`${appUrl}/`);
    expect(new URL(admin.url()).pathname).toBe("/login");
    await admin.getByLabel("E-Mail-Adresse").fill(adminEmail);
    await admin.getByLabel("Passwort").fill("Rathaus Brunnen Linde 42");
    await admin.getByRole("button", { name: "Anmelden" }).click();
    await expectText(admin.getByRole("alert"), "derzeit nicht freigeschaltet");
    await colleague.goto(`${appUrl}/`);
    expect(new URL(colleague.url()).pathname).toBe("/login");
  });
});
