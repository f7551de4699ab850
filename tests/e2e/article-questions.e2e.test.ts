/** Questions and answers on an article in the browser: a reader asks, the editor answers, everyone reads it, search finds it. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { expectText, launchChromium, saveScreenshot, signIn, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Fragen und Antworten im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Leserin fragt, Redaktion antwortet, alle sehen die Antwort, die Suche findet sie; axe ohne Befund", async () => {
    const article = await systemDb().article.findFirstOrThrow({
      where: { organization: { slug: "musterhausen" }, status: "PUBLISHED", title: { contains: "Wohnsitzanmeldung" } },
      select: { id: true },
    });
    const marker = `Eisvogel${Date.now()}`;
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}/wissen/${article.id}`);
    const section = reader.locator("section", { has: reader.getByRole("heading", { name: /^Fragen und Antworten/ }) });
    await section.getByRole("button", { name: "Frage stellen" }).click();
    await expectText(section.locator(".field-error"), "mindestens 5 Zeichen");
    await section.getByLabel("Ihre Frage").fill("Brauchen Studierende eine Zweitwohnung anzumelden?");
    await section.getByRole("button", { name: "Frage stellen" }).click();
    await expectText(section.getByRole("status"), "Ihre Frage ist gestellt");
    await reader.reload();
    await expectText(section, "(Ihre Frage)");
    await expectText(section, "Noch nicht beantwortet");

    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/wissen/${article.id}`);
    const editorSection = editor.locator("section", { has: editor.getByRole("heading", { name: /^Fragen und Antworten/ }) });
    const answerField = editorSection.getByLabel("Antwort", { exact: true }).last();
    await answerField.fill(`Ja, als Nebenwohnung; Stichwort ${marker}.`);
    await editorSection.getByRole("button", { name: "Antworten" }).last().click();
    await editor.waitForURL(/beantwortet=1$/);
    await expectText(editorSection.locator(".alert--success"), "Die Antwort ist gespeichert");
    await editorSection.getByRole("button", { name: "Als in den Artikel übernommen markieren" }).last().click();
    await editor.waitForURL(/uebernommen=1$/);

    for (const width of [1366, 390]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await signIn(page, appUrl, "personalamt@musterhausen.example");
      await page.goto(`${appUrl}/wissen/${article.id}`);
      const answers = page.locator("section", { has: page.getByRole("heading", { name: /^Fragen und Antworten/ }) });
      await expectText(answers, marker);
      await expectText(answers, "in den Artikel übernommen");
      expect(await answers.getByRole("button", { name: "Antworten" }).count()).toBe(0);
      expect(await violationsOf(page)).toEqual([]);
      await answers.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `fragen-antworten-${width}`);
      await page.context().close();
    }
    // The answer is found by search (the index is updated after the answer).
    await expect
      .poll(
        async () => {
          await reader.goto(`${appUrl}/suche?q=${marker}`);
          return reader.locator(`a[href="/wissen/${article.id}"]`).count();
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
  });
});
