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
    const pdfHref = await attachments.getByRole("link", { name: "Gebührensatzung.pdf", exact: true }).getAttribute("href");

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
    // PDFs open in the browser's viewer, still under the sandbox policy; "herunterladen" downloads them.
    const pdfResponse = await reader.request.get(`${appUrl}${pdfHref}`);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    expect(pdfResponse.headers()["content-disposition"]).toMatch(/^inline;/);
    expect(pdfResponse.headers()["content-disposition"]).toContain("filename*=UTF-8''Geb%C3%BChrensatzung.pdf");
    expect(pdfResponse.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
    const downloadHref = await reader.getByRole("link", { name: /^herunterladen/ }).getAttribute("href");
    expect((await reader.request.get(`${appUrl}${downloadHref}`)).headers()["content-disposition"]).toMatch(/^attachment;/);

    // Another municipality and anonymous visitors get nothing.
    const foreign = await signedInPage(browser, appUrl, "redaktion@beispielstadt.example");
    expect((await foreign.request.get(`${appUrl}${imageHref}`)).status()).toBe(404);
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(`${appUrl}${imageHref}`, { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
    expect(await reader.getByRole("button", { name: /Entfernen/ }).count()).toBe(0);
  });

  it("Bild per Einfügen (Strg+V) oder Ziehen: wird Anhang, fragt nach dem Alternativtext, erscheint im Text", async () => {
    const editor = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await editor.goto(`${appUrl}/wissen/neu?vorlage=leer`);
    await editor.getByLabel("Titel").fill(`Bild eingefügt ${Date.now()}`);
    await editor.getByLabel("Status").selectOption({ label: "Veröffentlicht" });
    await editor.getByTestId("article-editor").click();
    await editor.keyboard.type("Der Stempel:");
    // A new article has no place for attachments yet: a clear message, nothing inserted.
    const pasteImage = (name: string) =>
      editor.getByTestId("article-editor").evaluate(
        (element, [base64, fileName]) => {
          const bytes = Uint8Array.from(atob(base64!), (char) => char.charCodeAt(0));
          const data = new DataTransfer();
          data.items.add(new File([bytes], fileName!, { type: "image/png" }));
          element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        },
        [ONE_PIXEL_PNG.toString("base64"), name],
      );
    await pasteImage("neu.png");
    await expectText(editor.locator(".editor-status"), "sobald der Artikel einmal gespeichert ist");
    await editor.getByRole("button", { name: "Artikel anlegen" }).click();
    await editor.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/);
    const articlePath = new URL(editor.url()).pathname;

    for (const width of [1366, 390]) {
      await editor.setViewportSize({ width, height: 900 });
      await editor.goto(`${appUrl}${articlePath}/bearbeiten`);
      await editor.getByTestId("article-editor").click();
      await editor.keyboard.press("Control+End");
      if (width === 1366) {
        await pasteImage("zwischenablage.png");
      } else {
        // Dropped at the end of the text.
        const box = (await editor.getByTestId("article-editor").boundingBox())!;
        await editor.getByTestId("article-editor").evaluate(
          (element, [base64, x, y]) => {
            const bytes = Uint8Array.from(atob(base64 as string), (char) => char.charCodeAt(0));
            const data = new DataTransfer();
            data.items.add(new File([bytes], "gezogen.png", { type: "image/png" }));
            element.dispatchEvent(
              new DragEvent("drop", { dataTransfer: data, clientX: x as number, clientY: y as number, bubbles: true, cancelable: true }),
            );
          },
          [ONE_PIXEL_PNG.toString("base64"), box.x + box.width / 2, box.y + box.height - 5],
        );
      }
      const altField = editor.getByLabel("Alternativtext: Was zeigt das Bild?");
      await altField.waitFor();
      await expectText(editor.locator(".block-form"), width === 1366 ? "Hochgeladen: zwischenablage.png" : "Hochgeladen: gezogen.png");
      await expectText(editor.locator(".editor-status"), "als Anhang gespeichert");
      expect(await editor.evaluate(() => document.activeElement?.id)).toBe("image-alt");
      await saveScreenshot(editor, `bild-einfuegen-alt-${width}`);
      expect(await violationsOf(editor)).toEqual([]);
      await altField.fill(`Stempel Nummer ${width}`);
      await altField.press("Enter");
      await editor.getByTestId("article-editor").locator(`img[alt="Stempel Nummer ${width}"]`).waitFor();
      await editor.getByRole("button", { name: "Speichern", exact: true }).click();
      await editor.waitForURL(/gespeichert=1$/);
    }
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await reader.goto(`${appUrl}${articlePath}`);
    for (const alt of ["Stempel Nummer 1366", "Stempel Nummer 390"]) await reader.locator(`.article-body img[alt="${alt}"]`).waitFor();
    const names = await reader.locator(".attachment-list > li > a").first().allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    await expectText(reader.locator(".attachment-list"), "zwischenablage.png");
    await expectText(reader.locator(".attachment-list"), "gezogen.png");
  });
});
