/** Journey "Ich vertrete …": Lea Hoffmann (reader, deputy of Klaus Brinkmann) chooses him and a month; sees tasks, instructions, contact and deadlines. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { db } from "@/lib/db/client";
import { expectText, launchChromium, saveScreenshot, signIn, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Ich vertrete … im Browser", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it("Vertretung wählen, Zeitraum setzen, Aufgaben mit Anleitung, Ansprechpartner und Fristen sehen, drucken", async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, appUrl, "lesen@musterhausen.example");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Vertretung" }).click();
    await page.getByLabel("Wen vertreten Sie?").selectOption({ label: "Klaus Brinkmann" });
    const start = new Date();
    const end = new Date(start.getTime() + 45 * 86_400_000);
    await page.getByLabel("Von").fill(start.toISOString().slice(0, 10));
    await page.getByLabel("Bis").fill(end.toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Ich vertrete Klaus Brinkmann");
    const task = page.locator("section", { has: page.getByRole("heading", { name: "Anmeldung, Ummeldung und Abmeldung einer Wohnung" }) });
    await expectText(task, "Wohnsitzanmeldung am Schalter");
    await expectText(task, "Aylin Demir");
    await expectText(task, "VOIS|MESO");
    await expectText(page.locator("section", { has: page.getByRole("heading", { name: "Fristen im Zeitraum" }) }), "Monatsstatistik Meldewesen");
    expect(await violationsOf(page)).toEqual([]);
    await saveScreenshot(page, "issue7-vertretung");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("form", { name: "Vertretung wählen" }).isVisible()).toBe(false);

    // A gap on the task reaches the lead of the Bürgeramt, who answers and closes it.
    await page.emulateMedia({ media: "screen" });
    const gapText = `Wie melde ich Obdachlose ohne Adresse an? ${Date.now()}`;
    await task.getByText("Wissenslücke melden").click();
    await task.getByLabel(/Was fehlt Ihnen für/).fill(gapText);
    await task.getByRole("button", { name: "Meldung senden" }).click();
    await expectText(page.locator(".alert--success"), "sehen Ihre Meldung");
    await expectText(page.getByRole("heading", { level: 1 }), "Ich vertrete Klaus Brinkmann");
    await db().loginThrottle.deleteMany({ where: { key: "account:leitung.buergeramt@musterhausen.example" } });
    const lead = await (await browser.newContext()).newPage();
    await signIn(lead, appUrl, "leitung.buergeramt@musterhausen.example");
    const gaps = lead.locator("section", { has: lead.getByRole("heading", { name: /Gemeldete Wissenslücken zu Ihren Aufgaben/ }) });
    const item = gaps.locator("li", { hasText: gapText });
    await expectText(item, "Lea Hoffmann");
    await item.getByLabel("Antwort (schließt die Meldung)").fill("Siehe Dienstanweisung Meldewesen, Abschnitt 4.");
    await item.getByRole("button", { name: "Beantworten und schließen" }).click();
    await expectText(lead.locator(".alert--success"), "beantwortet und geschlossen");
    expect(await lead.getByText(gapText).count()).toBe(0);

    // Someone who is not her deputy gets nothing for the same link.
    const editor = await (await browser.newContext()).newPage();
    await signIn(editor, appUrl, "redaktion@musterhausen.example");
    await editor.goto(page.url());
    await expectText(editor.getByRole("alert"), "bei keiner Aufgabe als Vertretung eingetragen");

    // Lea sees the answer to her report on her start page.
    await page.goto(`${appUrl}/`);
    await expectText(page.locator("section", { has: page.getByRole("heading", { name: "Ihre gemeldeten Wissenslücken" }) }), "Siehe Dienstanweisung Meldewesen");

  });
});
