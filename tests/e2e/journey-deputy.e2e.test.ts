/** Journey "Ich vertrete …": Lea Hoffmann (reader, deputy of Klaus Brinkmann) chooses him and a month; sees tasks, instructions, contact and deadlines. */
import { clearLoginBlocks } from "./login-blocks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, saveScreenshot, violationsOf, signedInPage } from "./browser";
import { addDays, calendarDay } from "@/lib/dates";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Ich vertrete … im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await systemDb().plannedDeputyship.deleteMany({ where: { organization: { slug: "musterhausen" } } });
    await browser?.close();
  });

  it("Leitung plant die Vertretung, die Vertretung findet sie auf der Startseite und öffnet genau diesen Zeitraum", async () => {
    const lead = "leitung.buergeramt@musterhausen.example";
    await clearLoginBlocks(lead);
    const renate = await signedInPage(browser, appUrl, lead);
    await renate.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Cockpit" }).click();
    await renate.getByRole("link", { name: "Vertretungen planen" }).click();
    await expectText(renate.getByRole("heading", { level: 1 }), "Vertretungen planen");
    await renate.getByLabel("Wer wird vertreten, und von wem?").selectOption({ label: "Lea Hoffmann vertritt Klaus Brinkmann" });
    // A refused period keeps the page and says why.
    await renate.getByLabel("Von", { exact: true }).fill("2027-03-10");
    await renate.getByLabel("Bis", { exact: true }).fill("2027-03-01");
    await renate.getByRole("button", { name: "Vertretung planen" }).click();
    await expectText(renate.locator(".alert--error"), "Das Ende liegt vor dem Anfang.");
    await renate.getByLabel("Wer wird vertreten, und von wem?").selectOption({ label: "Lea Hoffmann vertritt Klaus Brinkmann" });
    await renate.getByLabel("Von", { exact: true }).fill("2027-03-01");
    await renate.getByLabel("Bis", { exact: true }).fill("2027-03-19");
    await renate.getByLabel("Hinweis für die Vertretung (freiwillig)").fill("Post im Fach 12");
    await renate.getByRole("button", { name: "Vertretung planen" }).click();
    await expectText(renate.locator(".alert--success"), "Die Vertretung ist geplant.");
    await expectText(renate.getByRole("row", { name: /Klaus Brinkmann/ }), "Lea Hoffmann");
    expect(await violationsOf(renate)).toEqual([]);
    await saveScreenshot(renate, "issue7-vertretung-planen");

    const lea = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await lea.getByRole("link", { name: "Sie vertreten Klaus Brinkmann: 01.03.2027 bis 19.03.2027" }).click();
    await expectText(lea.getByRole("heading", { level: 1 }), "Ich vertrete Klaus Brinkmann");
    await expectText(lea.locator("main"), "Zeitraum 01.03.2027 bis 19.03.2027");
    await expectText(lea.locator("section", { has: lea.getByRole("heading", { name: "Für Sie geplant" }) }), "Post im Fach 12");
    expect((await lea.goto(`${appUrl}/vertretung/planen`))?.status()).toBe(404);
  });

  it("Vertretung wählen, Zeitraum setzen, Aufgaben mit Anleitung, Ansprechpartner und Fristen sehen, drucken", async () => {
    const page = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Arbeit" }).click();
    await page.getByRole("main").getByRole("link", { name: "Ich vertrete …", exact: true }).click();
    await page.getByLabel("Wen vertreten Sie?").selectOption({ label: "Klaus Brinkmann" });
    const start = new Date();
    await page.getByLabel("Von").fill(calendarDay(start));
    await page.getByLabel("Bis").fill(calendarDay(addDays(start, 45)));
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expectText(page.getByRole("heading", { level: 1 }), "Ich vertrete Klaus Brinkmann");
    const task = page.locator("section", { has: page.getByRole("heading", { name: "Anmeldung, Ummeldung und Abmeldung einer Wohnung" }) });
    await expectText(task, "Wohnsitzanmeldung am Schalter");
    await expectText(task, "Aylin Demir");
    await expectText(task, "VOIS|MESO");
    await expectText(
      page.locator("section", { has: page.getByRole("heading", { name: "Fristen im Zeitraum" }) }),
      "Monatsstatistik Meldewesen",
    );
    expect(await violationsOf(page)).toEqual([]);
    await saveScreenshot(page, "issue7-vertretung");
    // The printed Vertretungsmappe holds the instructions themselves, not only their titles.
    const instruction = await systemDb().article.findFirstOrThrow({
      where: { title: "Wohnsitzanmeldung am Schalter", organization: { slug: "musterhausen" } },
      select: { contentText: true },
    });
    const sentence = instruction.contentText
      .split("\n")
      .find((line) => line.trim().length > 30)!
      .trim()
      .slice(0, 40);
    const body = task.locator("article.print-only", { hasText: sentence });
    expect(await body.isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("form", { name: "Vertretung wählen" }).isVisible()).toBe(false);
    expect(await body.isVisible()).toBe(true);

    // A gap on the task reaches the lead of the Bürgeramt, who answers and closes it.
    await page.emulateMedia({ media: "screen" });
    const gapText = `Wie melde ich Obdachlose ohne Adresse an? ${Date.now()}`;
    await task.getByText("Wissenslücke melden").click();
    await task.getByLabel(/Was fehlt Ihnen für/).fill(gapText);
    await task.getByRole("button", { name: "Meldung senden" }).click();
    await expectText(page.locator(".alert--success"), "sehen Ihre Meldung");
    await expectText(page.getByRole("heading", { level: 1 }), "Ich vertrete Klaus Brinkmann");
    await clearLoginBlocks("leitung.buergeramt@musterhausen.example");
    const lead = await signedInPage(browser, appUrl, "leitung.buergeramt@musterhausen.example");
    const gaps = lead.locator("section", { has: lead.getByRole("heading", { name: /Gemeldete Wissenslücken, die Sie beantworten/ }) });
    const item = gaps.locator("li", { hasText: gapText });
    await expectText(item, "Lea Hoffmann");
    await item.getByLabel("Antwort (schließt die Meldung)").fill("Siehe Dienstanweisung Meldewesen, Abschnitt 4.");
    await item.getByRole("button", { name: "Beantworten und schließen" }).click();
    await expectText(lead.locator(".alert--success"), "beantwortet und geschlossen");
    expect(await lead.getByText(gapText).count()).toBe(0);

    // Someone who is not her deputy gets nothing for the same link.
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(page.url());
    await expectText(editor.getByRole("alert"), "bei keiner Aufgabe als Vertretung eingetragen");

    // Lea sees the answer to her report on her start page.
    await page.goto(`${appUrl}/`);
    await expectText(
      page.locator("section", { has: page.getByRole("heading", { name: "Ihre gemeldeten Wissenslücken" }) }),
      "Siehe Dienstanweisung Meldewesen",
    );

    // The same from an article page: the lead finds it with a link to the article, and it counts in the cockpit.
    await page.goto(`${appUrl}/vertretung?${new URL(editor.url()).searchParams.toString()}`);
    await task.getByRole("link", { name: "Wohnsitzanmeldung am Schalter" }).click();
    const articleGap = `Was gilt bei Zuzug aus dem Ausland? ${Date.now()}`;
    await page.getByLabel("Welches Wissen fehlt Ihnen hier?").fill(articleGap);
    await page.getByRole("button", { name: "Meldung senden", exact: true }).click();
    await expectText(page.locator(".alert--success"), "die verantwortliche Person und die Leitung der Einheit sehen Ihre Meldung");
    expect(await violationsOf(page)).toEqual([]);
    await lead.goto(`${appUrl}/`);
    const articleItem = lead.locator("li", { hasText: articleGap });
    await expectText(articleItem.getByRole("link", { name: "Wohnsitzanmeldung am Schalter" }), "Wohnsitzanmeldung");
    await lead.goto(`${appUrl}/wissensluecken`);
    await expectText(lead.locator("li", { hasText: articleGap }), "Artikel: Wohnsitzanmeldung am Schalter");
    await lead.goto(`${appUrl}/`);
    await lead.locator("li", { hasText: articleGap }).getByLabel("Antwort (schließt die Meldung)").fill("Abschnitt Ausland ergänzt.");
    await lead.locator("li", { hasText: articleGap }).getByRole("button", { name: "Beantworten und schließen" }).click();
    await expectText(lead.locator(".alert--success"), "beantwortet und geschlossen");
  });
});
