/**
 * Single sign-on in the browser against a real OpenID Connect provider
 * (oidc-provider, started here): the admin connects the municipality's
 * provider, a colleague without an account signs in through it (role from her
 * group), logs out, and the old cookie is refused. A person of another
 * municipality's domain is refused in German.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { oidcProviderId } from "@/lib/auth/oidc";
import { startOidcProvider } from "../integration/helpers/oidc-provider";
import { expectLogoutEndsSession, expectText, launchChromium, saveScreenshot, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("beim-anmeldedienst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

describe.skipIf(!appUrl)("Anmeldung über den Anmeldedienst (OpenID Connect) im Browser", () => {
  let browser: Browser;
  let identity: Awaited<ReturnType<typeof startOidcProvider>>;
  const domain = `stadt-${randomUUID().slice(0, 6)}.example`;
  let organizationId: string;
  beforeAll(async () => {
    browser = await launchChromium();
    const organization = await systemDb().organization.create({
      data: { name: "Stadt Anmeldedienst", slug: `anmeldedienst-${randomUUID().slice(0, 6)}` },
    });
    organizationId = organization.id;
    identity = await startOidcProvider({
      clientId: "digicheck-wissen",
      clientSecret: "client-secret-der-stadt",
      redirectUris: [`${appUrl}/api/auth/callback/${oidcProviderId(organizationId)}`],
      accounts: [
        { sub: "mmeier", email: `m.meier@${domain}`, emailVerified: true, name: "Mia Meier", groups: ["/wissen-redaktion"] },
        { sub: "fremd", email: "f.remd@anderswo.example", emailVerified: false, name: "Fritz Remd", groups: [] },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await identity?.stop();
  });

  it("Administration verbindet den Anmeldedienst; eine Kollegin meldet sich darüber an und wieder ab", async () => {
    const adminEmail = `admin@${domain}`;
    await systemDb().user.create({
      data: {
        organizationId,
        email: adminEmail,
        displayName: "Olga Admin",
        role: "ADMIN",
        passwordHash: await hashPassword("Notfall Zugang Stadt 2026"),
      },
    });
    const admin = await signedInPage(browser, appUrl, adminEmail, "Notfall Zugang Stadt 2026");
    await admin.goto(`${appUrl}/verwaltung/anmeldung`);
    await admin.getByLabel("E-Mail-Domains der Verwaltung").fill(domain);
    await admin.getByLabel("Anmeldung über den Anmeldedienst einschalten").check();
    await admin.getByLabel("Adresse des Anmeldedienstes (Issuer)").fill(`${identity.issuer}/.well-known/openid-configuration`);
    await admin.getByLabel("Client-ID").fill("digicheck-wissen");
    await admin.getByRole("button", { name: "Anmeldung speichern" }).click();
    // The secret is missing: a German message, nothing typed is lost.
    await expectText(admin.locator("#signin-oidcClientSecret-error"), "Client-Secret");
    expect(await admin.getByLabel("Client-ID").inputValue()).toBe("digicheck-wissen");
    await admin.getByLabel("Client-Secret").fill("client-secret-der-stadt");
    await admin.getByLabel("Scopes").fill("openid email profile groups");
    await admin.getByLabel("Gruppen und Rollen (Anmeldedienst)").fill("/wissen-redaktion = EDITOR");
    await admin.getByRole("button", { name: "Anmeldung speichern" }).click();
    await expectText(admin.locator("form.card .alert").first(), "Die Anmeldung ist gespeichert.");
    await expectText(admin.locator("code").first(), `/api/auth/callback/${oidcProviderId(organizationId)}`);
    expect(await violationsOf(admin)).toEqual([]);
    await saveScreenshot(admin, "anmeldung-anmeldedienst");

    const colleague = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await colleague.goto(`${appUrl}/login`);
    expect(await violationsOf(colleague)).toEqual([]);
    await saveScreenshot(colleague, "anmeldung-ueber-kommune-telefon");
    await colleague.getByLabel("Dienstliche E-Mail").fill(`m.meier@${domain}`);
    await colleague.getByRole("button", { name: "Weiter zur Anmeldung Ihrer Kommune" }).click();
    await colleague.waitForURL((url) => url.origin === identity.issuer, { timeout: 15_000 });
    await signInAtProvider(colleague, "mmeier");
    await colleague.waitForURL(`${appUrl}/`, { timeout: 15_000 }).catch(async () => {
      throw new Error(`Anmeldung über den Anmeldedienst: ${colleague.url()} ${await colleague.locator(".alert--error").allInnerTexts()}`);
    });
    await expectText(colleague.getByRole("heading", { level: 1 }), "Willkommen, Mia Meier");
    expect(await colleague.getByRole("link", { name: "Neuer Artikel" }).count()).toBeGreaterThan(0);
    const account = await systemDb().user.findUniqueOrThrow({ where: { email: `m.meier@${domain}` } });
    expect(account).toMatchObject({ organizationId, role: "EDITOR", signInMethod: "oidc", passwordHash: null });

    await expectLogoutEndsSession(browser, colleague, appUrl);
  });

  it("eine unbestätigte fremde Adresse wird auf Deutsch abgelehnt, ein unbekannter Domainname ebenso", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${appUrl}/login`);
    await page.getByLabel("Dienstliche E-Mail").fill("jemand@nirgendwo.example");
    await page.getByRole("button", { name: "Weiter zur Anmeldung Ihrer Kommune" }).click();
    await expectText(page.locator("#sso-error"), "keine Anmeldung über die Kommune");

    await page.getByLabel("Dienstliche E-Mail").fill(`irgendwer@${domain}`);
    await page.getByRole("button", { name: "Weiter zur Anmeldung Ihrer Kommune" }).click();
    await page.waitForURL((url) => url.origin === identity.issuer, { timeout: 15_000 });
    await signInAtProvider(page, "fremd");
    await page.waitForURL(/\/login\?fehler=sso-email-unbestaetigt/, { timeout: 15_000 });
    await expectText(page.getByRole("alert").first(), "nicht als bestätigt gemeldet");
    expect(await systemDb().user.count({ where: { email: "f.remd@anderswo.example" } })).toBe(0);
  });
});
