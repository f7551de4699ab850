/** Attachments and images: upload on the article page, place an image with alt text, served only to readers of the article. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { expectText, launchChromium, violationsOf, saveScreenshot, signedInPage } from "./browser";

const appUrl = inject("appUrl");
const ONE_PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describe.skipIf(!appUrl)("Anhänge und Bilder im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hochladen, Bild mit Alternativtext einfügen, nur Berechtigte bekommen die Datei", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "anhang-"));
    const png = path.join(dir, "stempel.png");
    const svg = path.join(dir, "zeichnung.svg");
    const pdf = path.join(dir, "Gebührensatzung.pdf");
    await writeFile(png, ONE_PIXEL_PNG);
    await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    await writeFile(pdf, "%PDF-1.7\n%%EOF\n");

    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/wissen/neu?vorlage=leer`);
    const title = `Beglaubigung mit Stempel ${Date.now()}`;
    await editor.getByLabel("Titel").fill(title);
    await editor.getByLabel("Status").selectOption({ label: "Veröffentlicht" });
    await editor.getByTestId("article-editor").click();
    await editor.keyboard.type("So sieht der Stempel aus:");
    await editor.getByRole("button", { name: "Artikel anlegen" }).click();
    await editor.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/);
    const articlePath = new URL(editor.url()).pathname;

    const attachments = editor.locator("section", { has: editor.getByRole("heading", { name: /^Anhänge/ }) });
    await attachments.getByLabel(/^Datei/).setInputFiles(svg);
    await attachments.getByRole("button", { name: "Anhang hinzufügen" }).click();
    await expectText(attachments.getByRole("alert"), "nicht erlaubt");
    await attachments.getByLabel(/^Datei/).setInputFiles(png);
    await attachments.getByLabel("Beschreibung (optional)").fill("Dienstsiegel");
    await attachments.getByRole("button", { name: "Anhang hinzufügen" }).click();
    await expectText(attachments.getByRole("status"), "„stempel.png“ wurde hinzugefügt");
    await attachments.getByLabel(/^Datei/).setInputFiles(pdf);
    await attachments.getByRole("button", { name: "Anhang hinzufügen" }).click();
    await expectText(attachments.locator(".attachment-list"), "Gebührensatzung.pdf");
    expect(await violationsOf(editor)).toEqual([]);
    const imageHref = await attachments.getByRole("link", { name: "stempel.png" }).getAttribute("href");
    const pdfHref = await attachments.getByRole("link", { name: "Gebührensatzung.pdf" }).getAttribute("href");

    // Place the image in the text; the alternative text is required.
    await editor.getByRole("link", { name: "Bearbeiten", exact: true }).click();
    await editor.getByRole("button", { name: "Bild einfügen" }).click();
    await editor.getByRole("button", { name: "Einfügen", exact: true }).click();
    await expectText(editor.locator(".block-form .field-error"), "mindestens 3 Zeichen");
    await editor.getByLabel("Alternativtext: Was zeigt das Bild?").fill("Runder Stempel mit Stadtwappen");
    await editor.getByLabel("Alternativtext: Was zeigt das Bild?").press("Enter");
    await editor.getByTestId("article-editor").locator("img").waitFor();
    await editor.getByRole("button", { name: "Speichern", exact: true }).click();
    await editor.waitForURL(/gespeichert=1$/);

    // A reader sees the image (it really loads) and can download the PDF.
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}${articlePath}`);
    const img = reader.locator('.article-body img[alt="Runder Stempel mit Stadtwappen"]');
    await img.waitFor();
    await reader.waitForFunction(() => (document.querySelector(".article-body img") as HTMLImageElement | null)?.naturalWidth === 1);
    await saveScreenshot(reader, "issue5-artikel-mit-bild-und-anhaengen");
    const imageResponse = await reader.request.get(`${appUrl}${imageHref}`);
    expect(imageResponse.status()).toBe(200);
    expect(imageResponse.headers()["content-type"]).toBe("image/png");
    expect(imageResponse.headers()["content-security-policy"]).toContain("sandbox");
    const pdfResponse = await reader.request.get(`${appUrl}${pdfHref}`);
    expect(pdfResponse.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(pdfResponse.headers()["content-disposition"]).toContain("filename*=UTF-8''Geb%C3%BChrensatzung.pdf");

    // Another municipality and anonymous visitors get nothing.
    const foreign = await signedInPage(browser, appUrl, "redaktion@beispielstadt.example");
    expect((await foreign.request.get(`${appUrl}${imageHref}`)).status()).toBe(404);
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(`${appUrl}${imageHref}`, { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
    expect(await reader.getByRole("button", { name: /Entfernen/ }).count()).toBe(0);
  });
});
