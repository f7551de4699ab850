/**
 * Directory sign-in in the browser against a real OpenLDAP: the admin of a new
 * municipality connects the directory, tests it, and a colleague who has no
 * account yet signs in with her directory password; she logs out and the old
 * cookie is refused.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { SERVICE_DN, SERVICE_PASSWORD, SUFFIX, slapdAvailable, startSlapd } from "../integration/helpers/slapd";
import { expectLogoutEndsSession, expectText, launchChromium, saveScreenshot, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");
const required = process.env.REQUIRE_E2E === "1";

describe.skipIf(!appUrl || (!slapdAvailable() && !required))("Anmeldung über das Verzeichnis im Browser", () => {
  let browser: Browser;
  let directory: Awaited<ReturnType<typeof startSlapd>>;
  const domain = `rathaus-${randomUUID().slice(0, 6)}.example`;
  beforeAll(async () => {
    browser = await launchChromium();
    directory = await startSlapd([
      {
        uid: "kwagner",
        mail: `k.wagner@${domain}`,
        displayName: "Karin Wagner",
        password: "Windows-Passwort-2026",
        groups: ["wissen-redaktion"],
      },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await directory?.stop();
  });

  it("Administration verbindet das Verzeichnis; eine Kollegin meldet sich damit an und wieder ab", async () => {
    const organization = await systemDb().organization.create({
      data: { name: "Gemeinde Verzeichnistal", slug: `verzeichnistal-${randomUUID().slice(0, 6)}` },
    });
    const adminEmail = `admin@${domain}`;
    await systemDb().user.create({
      data: {
        organizationId: organization.id,
        email: adminEmail,
        displayName: "Anna Admin",
        role: "ADMIN",
        passwordHash: await hashPassword("Notfall Zugang Rathaus"),
      },
    });
    const admin = await signedInPage(browser, appUrl, adminEmail, "Notfall Zugang Rathaus");
    await admin.goto(`${appUrl}/verwaltung`);
    await admin.getByRole("link", { name: "Anmeldung, Verzeichnis und Anmeldedienst" }).click();
    await admin.getByLabel("E-Mail-Domains der Verwaltung").fill(domain);
    await admin.getByLabel("Anmeldung über das Verzeichnis einschalten").check();
    await admin.getByLabel("Adresse", { exact: true }).fill("http://kein-ldap");
    await admin.getByRole("button", { name: "Anmeldung speichern" }).click();
    await expectText(admin.locator("#signin-ldapUrl-error"), "ldap://");
    // Nothing typed is lost by the refusal.
    expect(await admin.getByLabel("E-Mail-Domains der Verwaltung").inputValue()).toBe(domain);
    expect(await admin.getByLabel("Anmeldung über das Verzeichnis einschalten").isChecked()).toBe(true);

    await admin.getByLabel("Adresse", { exact: true }).fill(directory.url);
    await admin.getByLabel("Dienstkonto (Bind-DN)").fill(SERVICE_DN);
    await admin.getByLabel("Passwort des Dienstkontos").fill(SERVICE_PASSWORD);
    await admin.getByLabel("Suchbasis für Personen").fill(`ou=people,${SUFFIX}`);
    await admin.getByLabel("Suchbasis für Gruppen (optional)").fill(`ou=groups,${SUFFIX}`);
    await admin.getByLabel("Gruppen und Rollen", { exact: true }).fill(`${directory.groupDn("wissen-redaktion")} = EDITOR`);
    await admin.getByRole("button", { name: "Anmeldung speichern" }).click();
    await expectText(admin.locator("form.card .alert").first(), "Die Anmeldung ist gespeichert.");
    await admin.getByRole("button", { name: "Verbindung zum Verzeichnis testen" }).click();
    await expectText(admin.locator("form.card").last().locator(".alert"), "gelungen");
    expect(await violationsOf(admin)).toEqual([]);
    await saveScreenshot(admin, "anmeldung-verzeichnis");

    const colleague = await (await browser.newContext()).newPage();
    await colleague.goto(`${appUrl}/login`);
    await colleague.getByLabel("E-Mail-Adresse").fill(`k.wagner@${domain}`);
    await colleague.getByLabel("Passwort").fill("Windows-Passwort-2026");
    await colleague.getByRole("button", { name: "Anmelden" }).click();
    await colleague.waitForURL(`${appUrl}/`, { timeout: 10_000 }).catch(async () => {
      throw new Error(`Anmeldung über das Verzeichnis: ${await colleague.locator(".alert--error").allInnerTexts()}`);
    });
    await expectText(colleague.getByRole("heading", { level: 1 }), "Willkommen, Karin Wagner");
    expect(await colleague.getByRole("link", { name: "Neuer Artikel" }).count()).toBeGreaterThan(0);
    await expectLogoutEndsSession(browser, colleague, appUrl);
  });
});
