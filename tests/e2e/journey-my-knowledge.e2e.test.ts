/**
 * Journey "Mein Wissen sichern" as the persona walks it: Renate Albers (Leitung Bürgeramt,
 * retiring in 14 months) opens her page, answers the interview in two sittings, hands it in;
 * HR sees the handed-in draft counted (not named) in the cockpit drill-down.
 */
import { clearLoginBlocks } from "./login-blocks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, violationsOf, signedInPage } from "./browser";

const appUrl = inject("appUrl");
const RENATE = "leitung.buergeramt@musterhausen.example";
const TASK = "Dienstplan und Terminvergabe des Bürgeramts steuern";

describe.skipIf(!appUrl)("Mein Wissen sichern im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Befragung in zwei Sitzungen, Übergabe zur Prüfung, sichtbar im Cockpit", async () => {
    // The lockout e2e locks this account on purpose; start from clean counters.
    await clearLoginBlocks(RENATE);
    const page = await signedInPage(browser, appUrl, RENATE);
    await expectText(
      page.locator("section", { has: page.getByRole("heading", { name: /Mein Wissen sichern:/ }) }),
      "Aufgaben dokumentiert",
    );
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Arbeit" }).click();
    await page.getByRole("main").getByRole("link", { name: "Mein Wissen sichern", exact: true }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Mein Wissen sichern");
    await expectText(page.locator("main"), "Ihr geplanter Austritt:");
    await expectText(page.getByRole("heading", { level: 2 }).first(), "von");
    expect(await violationsOf(page)).toEqual([]);
    await saveScreenshot(page, "issue7-mein-wissen");

    await page
      .locator("li", { has: page.getByRole("heading", { name: TASK }) })
      .getByRole("link", { name: /Wissen erfassen/ })
      .click();
    await expectText(page.getByRole("heading", { level: 1 }), TASK);
    await page.getByLabel(/^1\. Wofür ist die Aufgabe da/).fill("- Wochenplan in TEVIS freischalten\n- Springer einteilen");
    await page.getByLabel(/^2\. Welche Fristen/).focus();
    await expectText(page.locator(".save-status"), "Gespeichert um");
    expect(await violationsOf(page)).toEqual([]);

    // Second sitting: the answer is still there; add the reason and hand in.
    await page.reload();
    expect(await page.getByLabel(/^1\. Wofür ist die Aufgabe da/).inputValue()).toContain("Springer einteilen");
    await page.getByLabel(/^8\. Warum wird es so gemacht/).fill("Weil nie mehr als drei Schalter gleichzeitig schließen dürfen.");
    await page.getByRole("button", { name: "Zwischenspeichern" }).click();
    await expectText(page.locator(".save-status"), "Gespeichert um");
    await page.getByRole("button", { name: "Zur Prüfung übergeben" }).click();
    await page.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/);
    await expectText(page.getByRole("heading", { level: 1 }), `Austrittswissen: ${TASK}`);
    await expectText(page.getByRole("heading", { name: /^Status:/ }), "In Prüfung");
    await expectText(page.locator(".article-body"), "Springer einteilen");

    await page.goto(`${appUrl}/mein-wissen`);
    await expectText(page.locator("li", { has: page.getByRole("heading", { name: TASK }) }), "übergeben");

    // HR: the task has notes (maturity 1), and the new draft is counted without its title.
    const hr = await signedInPage(browser, appUrl, "personalamt@musterhausen.example");
    await hr.goto(`${appUrl}/cockpit`);
    await hr.getByRole("link", { name: TASK, exact: true }).click();
    await expectText(hr.locator("section", { has: hr.getByRole("heading", { name: "Stand" }) }), "1 – Notizen");
    await expectText(
      hr.locator("section", { has: hr.getByRole("heading", { name: /Artikel zur Aufgabe/ }) }),
      "nicht veröffentlichter Artikel",
    );
  });
});
