/**
 * The Wissensverbund in the browser: the operator maintains the catalogue
 * (adds an entry, exports it); Musterhausen's admin maps a task to it on the
 * bulk page; HR sees its own maturity beside the Verbund's figures (from the
 * demo's three neighbours); an editor gets a 404. axe on every page, desktop
 * and phone width.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, expectText, launchChromium, saveScreenshot, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

async function operatorPage(browser: Browser): Promise<Page> {
  const email = `katalog-${randomUUID().slice(0, 6)}@zweckverband.example`;
  const password = "Katalogpflege Zweckverband Nord";
  await systemDb().operator.create({ data: { email, displayName: "Katalogpflege", passwordHash: await hashPassword(password) } });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${appUrl}/betrieb/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`${appUrl}/betrieb`);
  return page;
}

describe.skipIf(!appUrl)("Wissensverbund im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Betrieb pflegt den Katalog, die Kommune ordnet zu, das Personalamt vergleicht", async () => {
    // Operator: the starting catalogue is there; a new entry gets the next key of its area.
    const operator = await operatorPage(browser);
    await operator.getByRole("link", { name: "Musteraufgabenkatalog des Verbunds pflegen" }).click();
    await expectText(operator.getByRole("heading", { level: 1 }), "Musteraufgabenkatalog des Verbunds");
    await expectText(operator.locator("main"), "02.008");
    expect(await violationsOf(operator)).toEqual([]);
    const title = `Ehrenamtskarte ausgeben ${randomUUID().slice(0, 4)}`;
    await operator.getByLabel("Produktbereich").last().selectOption("17");
    await operator.getByLabel("Bezeichnung").fill("ab");
    await operator.getByRole("button", { name: "Musteraufgabe anlegen" }).click();
    await expectText(operator.locator("#new-entry-title-error"), "mindestens 3 Zeichen");
    await operator.getByLabel("Bezeichnung").fill(title);
    await operator.getByLabel("Rechtsgrundlage").fill("Ehrenamtsrichtlinie");
    await operator.getByRole("button", { name: "Musteraufgabe anlegen" }).click();
    await expectText(operator.getByRole("status"), "ist angelegt");
    const key = /Musteraufgabe (17\.\d{3})/.exec(await operator.getByRole("status").innerText())![1];
    const csv = await (await operator.request.get(`${appUrl}/betrieb/katalog/export`)).text();
    expect(csv).toContain(`${key};17;${title};;Ehrenamtsrichtlinie;;ja`);
    await operator.goto(`${appUrl}/betrieb/katalog?bereich=17&nirgends=1`);
    await expectText(operator.locator("tbody"), title);
    expect(await violationsOf(operator)).toEqual([]);
    await saveScreenshot(operator, "verbund-katalog");

    // A municipal admin cannot open the console's export.
    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    expect((await admin.request.get(`${appUrl}/betrieb/katalog/export`)).status()).toBe(404);

    // Musterhausen's admin maps an open task to the new entry.
    await admin.goto(`${appUrl}/verwaltung/verbund`);
    await expectText(admin.locator("main"), "Ihre Kommune nimmt teil");
    expect(await violationsOf(admin)).toEqual([]);
    await admin.getByRole("link", { name: "Aufgaben den Musteraufgaben zuordnen" }).click();
    await expectText(admin.getByRole("heading", { level: 1 }), "Aufgaben zuordnen");
    expect(await violationsOf(admin)).toEqual([]);
    const firstSelect = admin.locator("tbody select").first();
    const taskTitle = (await admin.locator("tbody th label").first().innerText()).trim();
    const entryId = (await systemDb().catalogTask.findUniqueOrThrow({ where: { key } })).id;
    await firstSelect.selectOption(entryId);
    await admin.getByRole("button", { name: "Zuordnungen speichern" }).click();
    await expectText(admin.locator("main .alert--success"), "1 Zuordnung gespeichert.");
    await admin.goto(`${appUrl}/verwaltung/verbund/zuordnen?zeige=alle`);
    const mapped = admin.locator("tbody tr", { hasText: taskTitle.replace(/^\S+ /, "") }).locator("select");
    expect(await mapped.inputValue()).toBe(entryId);
    await saveScreenshot(admin, "verbund-zuordnen");

    // HR: own maturity beside the Verbund's figures; 02.004 has three neighbours.
    const hr = await signedInPage(browser, appUrl, "personalamt@musterhausen.example");
    await hr.goto(`${appUrl}/cockpit`);
    await hr.getByRole("link", { name: "Vergleich im Wissensverbund" }).click();
    await expectText(hr.getByRole("heading", { level: 1 }), "Wissensverbund: Ihre Aufgaben im Vergleich");
    expect(await violationsOf(hr)).toEqual([]);
    await hr.goto(`${appUrl}/verbund?bereich=02&nur=alle`);
    const passport = hr.locator("tr", { hasText: "02.004" });
    await expectText(passport, "2 von 3 Kommunen dokumentiert, Median 2 – dokumentiert");
    const rare = hr.locator("tr", { hasText: "02.030" });
    await expectText(rare, "Noch keine Verbundzahl");
    // No neighbour's name appears anywhere on the page.
    for (const name of ["Nordheim", "Südhafen", "Westerfeld", "Beispielstadt"])
      expect(await hr.locator("body").innerText()).not.toContain(name);
    await saveScreenshot(hr, "verbund-vergleich");
    await hr.setViewportSize({ width: 390, height: 844 });
    expect(await violationsOf(hr)).toEqual([]);
    await saveScreenshot(hr, "verbund-vergleich-telefon");

    // An editor has no Verbund page.
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    const response = await editor.goto(`${appUrl}/verbund`);
    expect(response?.status()).toBe(404);
    expect((await editor.goto(`${appUrl}/verwaltung/verbund/zuordnen`))?.status()).toBe(404);
  });

  it("Musterhausen teilt eine Anleitung, Beispielstadt übernimmt sie und sieht die neue Fassung", async () => {
    // A published Musterhausen article whose task is mapped to a catalogue entry.
    const article = await systemDb().article.findFirstOrThrow({
      where: {
        organization: { slug: "musterhausen" },
        status: "PUBLISHED",
        tasks: { some: { task: { catalogTaskId: { not: null } } } },
        adoptedFrom: null,
      },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    });
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/wissen/${article.id}`);
    await editor.getByRole("link", { name: "Im Verbund teilen" }).click();
    await expectText(editor.getByRole("heading", { level: 1 }), "im Verbund teilen");
    expect(await violationsOf(editor)).toEqual([]);
    // A refused proposal keeps what was typed: a too short role is refused, the text comes back.
    await editor.getByLabel("Ansprechstelle für andere Kommunen (eine Rolle, keine Person)").fill("x");
    await editor.getByRole("button", { name: "Zum Teilen vorschlagen" }).click();
    await expectText(editor.locator("main .alert--error"), "Rolle");
    expect(await editor.getByLabel("Ansprechstelle für andere Kommunen (eine Rolle, keine Person)").inputValue()).toBe("x");
    await editor.getByLabel("Ansprechstelle für andere Kommunen (eine Rolle, keine Person)").fill("Sachbearbeitung, Bürgeramt");
    await editor.getByRole("button", { name: "Zum Teilen vorschlagen" }).click();
    await expectText(editor.locator("main .alert--success"), "Vorgeschlagen");

    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await admin.goto(`${appUrl}/verwaltung/verbund`);
    expect(await violationsOf(admin)).toEqual([]);
    await admin
      .getByRole("button", { name: `Freigeben: ${article.title}` })
      .first()
      .click();
    await expectText(admin.locator("main .alert--success"), "Freigegeben");
    const shared = await systemDb().sharedInstruction.findFirstOrThrow({ where: { lineageId: article.id, status: "SHARED" } });

    // Beispielstadt finds it, reads it and takes it over as a draft.
    const other = await signedInPage(browser, appUrl, "redaktion@beispielstadt.example");
    await other.goto(`${appUrl}/verbund/aufgaben/${shared.catalogTaskId}`);
    await expectText(other.locator("main"), "Stadt Musterhausen");
    await expectText(other.locator("main"), "Ansprechstelle: Sachbearbeitung, Bürgeramt");
    expect(await violationsOf(other)).toEqual([]);
    await other.getByRole("link", { name: shared.title }).click();
    await expectText(other.getByRole("heading", { level: 1 }), shared.title);
    expect(await violationsOf(other)).toEqual([]);
    await other.getByRole("button", { name: "Als Entwurf übernehmen" }).click();
    await other.waitForURL(/\/wissen\/[0-9a-f-]+\/bearbeiten/);
    const draftId = other.url().split("/wissen/")[1].split("/")[0];
    const draft = await systemDb().article.findUniqueOrThrow({ where: { id: draftId }, include: { organization: true } });
    expect(draft).toMatchObject({ status: "DRAFT", organization: { slug: "beispielstadt" } });
    expect(draft.contentText).toContain("Übernommen aus dem Wissensverbund");

    // Beispielstadt's HR sees its own maturity beside the Verbund's figure (the other members, without itself).
    const beispielstadt = await systemDb().organization.findUniqueOrThrow({ where: { slug: "beispielstadt" } });
    const hrEmail = `personalamt-${randomUUID().slice(0, 6)}@beispielstadt.example`;
    await systemDb().user.create({
      data: {
        organizationId: beispielstadt.id,
        email: hrEmail,
        displayName: "Personalamt Beispielstadt",
        role: "HR",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
    const otherHr = await signedInPage(browser, appUrl, hrEmail);
    await otherHr.goto(`${appUrl}/verbund?bereich=02&nur=alle`);
    await expectText(otherHr.locator("tr", { hasText: "02.004" }), "Kommunen dokumentiert, Median");
    expect(await otherHr.getByRole("columnheader", { name: "Sie" }).count()).toBeGreaterThan(0);
    expect(await violationsOf(otherHr)).toEqual([]);

    // A new version is shared explicitly; the adopter is notified and sees the differences.
    await systemDb().article.update({
      where: { id: article.id },
      data: {
        content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Neu seit 2027: alles digital." }] }] },
      },
    });
    await editor.goto(`${appUrl}/wissen/${article.id}/teilen`);
    await editor.getByLabel("Ansprechstelle für andere Kommunen (eine Rolle, keine Person)").fill("Sachbearbeitung, Bürgeramt");
    await editor.getByRole("button", { name: "Zum Teilen vorschlagen" }).click();
    await expectText(editor.locator("main .alert--success"), "Vorgeschlagen");
    await admin.goto(`${appUrl}/verwaltung/verbund`);
    await admin
      .getByRole("button", { name: `Freigeben: ${shared.title}` })
      .first()
      .click();
    await expectText(admin.locator("main .alert--success"), "Freigegeben");
    await other.goto(`${appUrl}/benachrichtigungen`);
    await expectText(other.locator("main"), "Neue Fassung im Wissensverbund");
    await other.goto(`${appUrl}/wissen/${draftId}`);
    await other.getByRole("link", { name: "Unterschiede ansehen" }).click();
    await expectText(other.getByRole("heading", { level: 1 }), "Neue Fassung im Verbund");
    await expectText(other.locator("main"), "alles digital");
    expect(await violationsOf(other)).toEqual([]);
    await saveScreenshot(other, "verbund-unterschiede");
    await other.getByRole("button", { name: /Erledigt/ }).click();
    await other.waitForURL(`${appUrl}/wissen/${draftId}`);
    expect(await other.getByRole("link", { name: "Unterschiede ansehen" }).count()).toBe(0);
  });
});
