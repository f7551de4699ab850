/** The admin downloads the municipality's export from Verwaltung; weaker roles and strangers get nothing. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, signedInPage } from "./browser";

const appUrl = inject("appUrl");

describe.skipIf(!appUrl)("Gesamtexport im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Administration lädt das ZIP über Verwaltung herunter; Lesende und Fremde bekommen nichts", async () => {
    const admin = await signedInPage(browser, appUrl, "admin@musterhausen.example");
    await admin.goto(`${appUrl}/verwaltung`);
    const [download] = await Promise.all([
      admin.waitForEvent("download"),
      admin.getByRole("link", { name: "Gesamtexport herunterladen (ZIP)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^musterhausen.*-wissen\.zip$/);
    const response = await admin.request.get(`${appUrl}/verwaltung/gesamtexport`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/zip");
    const bytes = await response.body();
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.length).toBeGreaterThan(1000);

    for (const email of ["lesen@musterhausen.example", "personalamt@musterhausen.example", "leitung.buergeramt@musterhausen.example"]) {
      const page = await signedInPage(browser, appUrl, email);
      expect((await page.request.get(`${appUrl}/verwaltung/gesamtexport`)).status(), email).toBe(404);
    }
    const stranger = await (await browser.newContext()).newPage();
    const anonymous = await stranger.request.get(`${appUrl}/verwaltung/gesamtexport`, { maxRedirects: 0 });
    expect([302, 307, 401]).toContain(anonymous.status());
    expect(await anonymous.text()).not.toContain("PK");
  });
});
