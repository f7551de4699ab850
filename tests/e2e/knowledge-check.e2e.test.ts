/**
 * A lead runs the Wissens-Check for her unit in the browser: proposals with
 * evidence, the levels the team sets (a correction needs a reason), the
 * report with strengths, gaps and the three-year plan, a changed measure,
 * and the printed report (print media and a PDF). axe on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Wissens-Check im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Leitung führt den Check durch und druckt den Bericht mit Plan", async () => {
    const lead = await signedInPage(browser, appUrl, "leitung.buergeramt@musterhausen.example");
    await lead.goto(`${appUrl}/cockpit`);
    await lead.getByRole("link", { name: "Wissens-Check mit Dreijahresplan" }).click();
    await expectText(lead.getByRole("heading", { level: 1 }), "Wissens-Check");
    expect(await violationsOf(lead)).toEqual([]);
    await lead.getByRole("button", { name: "Check beginnen: Bürgeramt" }).click();
    await expectText(lead.getByRole("heading", { level: 1 }), "Wissens-Check: Bürgeramt");
    await expectText(lead.locator("#beleg-dokumentation"), "Vorschlag aus den Daten");
    expect(await violationsOf(lead)).toEqual([]);

    // Completing without a level for the fields the team must judge is refused.
    await lead.getByRole("button", { name: "Abschließen und Plan erstellen" }).click();
    await expectText(lead.locator("main .alert--error"), "Bitte eine Stufe wählen");
    for (const key of ["dokumentationsstandard", "ablage", "wissensaustausch", "qualifizierung", "verantwortung"]) {
      await lead.locator(`#stufe-${key}-1`).check();
    }
    // A correction of a proposal without a reason is refused, with a reason accepted.
    const proposed = await lead.locator('input[name="stufe-dokumentation"]:checked').getAttribute("value");
    const corrected = proposed === "4" ? "3" : String(Number(proposed) + 1);
    await lead.locator(`#stufe-dokumentation-${corrected}`).check();
    await lead.getByRole("button", { name: "Abschließen und Plan erstellen" }).click();
    await expectText(lead.locator("main .alert--error"), "begründen");
    await lead.locator(`#stufe-dokumentation-${corrected}`).check();
    for (const key of ["dokumentationsstandard", "ablage", "wissensaustausch", "qualifizierung", "verantwortung"]) {
      await lead.locator(`#stufe-${key}-1`).check();
    }
    await lead
      .getByLabel(/Begründung \(nötig/)
      .first()
      .fill("Im Team besprochen: zwei Anleitungen sind fertig, aber noch nicht freigegeben.");
    // The first reason field belongs to the first field with a proposal; make sure the corrected one has its reason.
    await lead.locator("#begruendung-dokumentation").fill("Im Team besprochen: zwei Anleitungen sind fertig, aber noch nicht freigegeben.");
    await lead.getByRole("button", { name: "Abschließen und Plan erstellen" }).click();

    await expectText(lead.getByRole("heading", { level: 1 }), "Bericht zum Wissens-Check: Bürgeramt");
    await expectText(lead.locator("main .alert--success"), "Dreijahresplan");
    expect(await lead.getByRole("form", { name: /Maßnahme: Ein festes Format für Wissensaustausch einführen/ }).count()).toBe(1);
    expect(await violationsOf(lead)).toEqual([]);
    await saveScreenshot(lead, "wissens-check-bericht");

    // Change a measure of the plan.
    const form = lead.getByRole("form", { name: /Maßnahme: Ein festes Format für Wissensaustausch/ });
    await form.getByLabel("Stand").selectOption("IN_PROGRESS");
    await form.getByLabel("Verantwortliche Rolle").fill("Leitung Bürgeramt");
    await form.getByRole("button", { name: "Speichern" }).click();
    await expectText(lead.locator("main .alert--success"), "Der Plan ist gespeichert");
    await expectText(lead.locator(".print-only", { hasText: "Wissensaustausch einführen" }), "Leitung Bürgeramt (in Arbeit");

    // Printed: forms are hidden, the plan is there as text; the PDF renders.
    await lead.emulateMedia({ media: "print" });
    expect(await lead.locator(".measure-form").first().isVisible()).toBe(false);
    expect(await lead.locator(".print-only", { hasText: "Wissensaustausch einführen" }).isVisible()).toBe(true);
    const pdf = await lead.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.length).toBeGreaterThan(20_000);

    // Another unit's lead or an editor cannot open the report.
    const reportUrl = lead.url().split("?")[0];
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    expect((await editor.goto(reportUrl))?.status()).toBe(404);
    expect((await editor.goto(`${appUrl}/wissens-check`))?.status()).toBe(404);
  });
});
