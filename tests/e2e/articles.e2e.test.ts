/**
 * The main journeys of the foundation in a real Chromium against `next start`,
 * a real PostgreSQL and a real Meilisearch.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { expectText, launchChromium, signIn } from "./browser";
import { startEmbeddedMeilisearch } from "../../scripts/stack/embedded-meilisearch";

const appUrl = inject("appUrl");
const stack = inject("stack");
const EDITOR = "redaktion@musterhausen.example";
const OTHER_MUNICIPALITY = "redaktion@beispielstadt.example";

async function createArticle(page: Page, title: string, body: string): Promise<string> {
  await page.goto(`${appUrl}/wissen/neu`);
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Status").selectOption({ label: "Veröffentlicht" });
  const editor = page.getByTestId("article-editor");
  await editor.click();
  await page.keyboard.type(body);
  await page.getByLabel("Organisationseinheiten").selectOption({ label: "Bürgeramt" });
  await page.getByRole("button", { name: "Artikel anlegen" }).click();
  await page.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/);
  await expectText(page.getByRole("heading", { level: 1 }), title);
  return new URL(page.url()).pathname;
}

async function searchUntilFound(page: Page, query: string, title: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(`${appUrl}/suche?q=${encodeURIComponent(query)}`);
    if ((await page.getByRole("link", { name: title }).count()) > 0) return;
    if (Date.now() > deadline) throw new Error(`„${title}“ wurde mit „${query}“ nicht gefunden.`);
    await page.waitForTimeout(500);
  }
}

describe.skipIf(!appUrl)("Artikel im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Redaktion legt einen Artikel an und findet ihn über einen Wortteil; die andere Kommune sieht ihn nicht", async () => {
    const editorContext = await browser.newContext();
    const page = await editorContext.newPage();
    await signIn(page, appUrl, EDITOR);
    const title = `Ablauf Sondergenehmigung ${Date.now()}`;
    const path = await createArticle(page, title, "Die Gewerbeanmeldung für Schaustellerbetriebe prüft das Bürgeramt vorab.");

    await searchUntilFound(page, "anmeldung", title);
    const hit = page.getByRole("link", { name: title });
    await hit.click();
    await page.waitForURL(`${appUrl}${path}`);
    await expectText(page.locator(".article-body"), "Gewerbeanmeldung für Schaustellerbetriebe");

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, appUrl, OTHER_MUNICIPALITY);
    const response = await other.goto(`${appUrl}${path}`);
    expect(response?.status()).toBe(404);
    await expectText(other.getByRole("heading", { level: 1 }), "Nicht gefunden");
    expect(await other.locator("body").innerText()).not.toContain("Schaustellerbetriebe");

    expect((await other.goto(`${appUrl}${path}/bearbeiten`))?.status()).toBe(404);
    await other.goto(`${appUrl}/wissen`);
    expect(await other.getByRole("link", { name: title }).count()).toBe(0);
    const apiForOther = await (await otherContext.request.get(`${appUrl}/api/suche?q=anmeldung`)).json();
    expect(apiForOther.hits.map((hit: { id: string }) => hit.id)).not.toContain(path.split("/").pop());
    expect(JSON.stringify(apiForOther)).not.toContain("Schaustellerbetriebe");
    expect(apiForOther.total).toBeGreaterThan(0);
    const apiForEditor = await (await editorContext.request.get(`${appUrl}/api/suche?q=anmeldung`)).json();
    expect(apiForEditor.hits.map((hit: { id: string }) => hit.id)).toContain(path.split("/").pop());
    await other.goto(`${appUrl}/suche?q=anmeldung`);
    await other.getByRole("link", { name: "Gewerbeanmeldung in Beispielstadt" }).waitFor({ state: "visible", timeout: 15_000 });
    expect(await other.getByRole("link", { name: title }).count()).toBe(0);
    expect(await other.locator("main").innerText()).not.toContain("Schaustellerbetriebe");
    await editorContext.close();
    await otherContext.close();
  });

  it("ein veralteter Stand wird nicht gespeichert und überschreibt nichts", async () => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await signIn(first, appUrl, EDITOR);
    const title = `Konfliktprobe ${Date.now()}`;
    const path = await createArticle(first, title, "Ursprünglicher Text.");
    const second = await context.newPage();

    await first.goto(`${appUrl}${path}/bearbeiten`);
    await second.goto(`${appUrl}${path}/bearbeiten`);
    await first.getByTestId("article-editor").click();
    await first.keyboard.press("End");
    await first.keyboard.type(" Ergänzung aus Fenster eins.");
    await first.getByRole("button", { name: "Speichern" }).click();
    await first.waitForURL(/gespeichert=1$/);

    await second.getByTestId("article-editor").click();
    await second.keyboard.press("End");
    await second.keyboard.type(" Ergänzung aus Fenster zwei.");
    await second.getByRole("button", { name: "Speichern" }).click();
    const alert = second.locator(".alert--error");
    await expectText(alert, "Bearbeitungskonflikt");
    await expectText(alert, "Ihre Änderungen wurden nicht gespeichert");
    // The author's text is still in the editor.
    await expectText(second.getByTestId("article-editor"), "Ergänzung aus Fenster zwei.");

    await first.goto(`${appUrl}${path}`);
    await expectText(first.locator(".article-body"), "Ergänzung aus Fenster eins.");
    expect(await first.locator(".article-body").innerText()).not.toContain("Fenster zwei");
    await context.close();
  });

  it("ungültige Eingaben bekommen eine deutsche Meldung, nichts wird angelegt und der Text bleibt", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, EDITOR);
    await page.goto(`${appUrl}/wissen`);
    const countBefore = await page.locator(".article-list li").count();
    await page.goto(`${appUrl}/wissen/neu`);
    await page.getByLabel("Titel").fill("X");
    await page.getByTestId("article-editor").click();
    await page.keyboard.type("Mein wichtiger Entwurfstext.");
    await page.getByRole("button", { name: "Artikel anlegen" }).click();
    await expectText(page.locator(".alert--error"), "Bitte prüfen Sie die markierten Angaben.");
    await expectText(page.locator("#title-error"), "Der Titel muss mindestens 3 Zeichen lang sein.");
    expect(await page.getByLabel("Titel").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Titel").inputValue()).toBe("X");
    await expectText(page.getByTestId("article-editor"), "Mein wichtiger Entwurfstext.");
    expect(page.url()).toBe(`${appUrl}/wissen/neu`);
    await page.goto(`${appUrl}/wissen`);
    expect(await page.locator(".article-list li").count()).toBe(countBefore);
    await context.close();
  });

  it("der Editor erstellt Überschriften, Aufgabenlisten, Tabellen und sichere Links (Strg+K)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, EDITOR);
    await page.goto(`${appUrl}/wissen/neu`);
    await page.getByLabel("Titel").fill(`Editorprobe ${Date.now()}`);
    await page.getByTestId("article-editor").click();
    await page.getByRole("button", { name: "Überschrift 2" }).click();
    await editorFocused(page);
    await page.keyboard.type("Ansprechpartner");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Landratsamt");
    await expectText(page.getByTestId("article-editor"), "Landratsamt");
    await page.keyboard.press("Shift+Home");
    // Wait until the editor itself (not only the browser) has taken over the selection:
    // ProseMirror reads it from the DOM on a later selectionchange event. TipTap puts
    // its editor on the element for exactly this kind of check.
    const editorSelection = () =>
      page.evaluate(() => {
        const state = (
          document.querySelector("[data-testid=article-editor]") as unknown as {
            editor: { state: { selection: { from: number; to: number }; doc: { textBetween(from: number, to: number): string } } };
          }
        ).editor.state;
        return state.doc.textBetween(state.selection.from, state.selection.to).trim();
      });
    await expect.poll(editorSelection, { timeout: 5000 }).toBe("Landratsamt");
    await page.keyboard.press("Control+k");
    const linkField = page.getByLabel("Linkadresse");
    await linkField.fill("javascript:alert(1)");
    await linkField.press("Enter");
    await expectText(page.locator("#link-href-error"), "Diese Adresse ist nicht erlaubt.");
    await linkField.fill("https://www.landkreis.example");
    await linkField.press("Enter");
    // The form closes and the cursor stands behind the link.
    await page.getByLabel("Linkadresse").waitFor({ state: "detached" });
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Aufgabenliste" }).click();
    await editorFocused(page);
    await page.keyboard.type("Zugang beantragen");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Tabelle einfügen" }).click();
    await editorFocused(page);
    await page.keyboard.type("Frist");
    await page.getByRole("button", { name: "Artikel anlegen" }).click();
    await page.waitForURL(/gespeichert=1$/);
    const body = page.locator(".article-body");
    expect(await body.locator("h2").innerText()).toBe("Ansprechpartner");
    expect(await body.locator('a[href="https://www.landkreis.example"]').innerText()).toBe("Landratsamt");
    expect(await body.locator('ul[data-type="taskList"] li').innerText()).toContain("Zugang beantragen");
    expect(await body.locator("table th").first().innerText()).toBe("Frist");
    expect(await body.innerHTML()).not.toContain("javascript:");
    await context.close();
  });

  it("ein Artikel, gespeichert während Meilisearch gestoppt ist, wird nach dem Neustart gefunden", async () => {
    expect(stack.meili, "Dieser Test braucht das eingebettete Meilisearch").not.toBeNull();
    const meili = stack.meili!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, appUrl, EDITOR);

    const pid = Number(await readFile(meili.pidFile, "utf8"));
    process.kill(pid, "SIGTERM");
    await waitUntilDown(`http://127.0.0.1:${meili.port}/health`);

    const word = `Zaunkönigregel${Date.now()}`;
    const title = `Ausfallprobe ${Date.now()}`;
    await createArticle(page, title, `Während des Ausfalls gespeichert: ${word}.`);
    // Search keeps working in emergency mode (PostgreSQL full-text search) and says so.
    await page.goto(`${appUrl}/suche?q=${word}`);
    await expectText(page.locator(".alert--info"), "Notbetrieb");
    expect(await page.getByRole("link", { name: title }).count()).toBe(1);

    const restarted = await startEmbeddedMeilisearch({ dataDir: meili.dataDir, port: meili.port, masterKey: meili.masterKey });
    await writeFile(meili.pidFile, String(restarted.pid));
    // Back on Meilisearch (no notice): the outbox has caught up and the index finds the article.
    const deadline = Date.now() + 90_000;
    for (;;) {
      await page.goto(`${appUrl}/suche?q=${encodeURIComponent(word)}`);
      const notice = await page.locator(".alert--info").filter({ hasText: "Notbetrieb" }).count();
      if (notice === 0 && (await page.getByRole("link", { name: title }).count()) === 1) break;
      if (Date.now() > deadline) throw new Error("Nach dem Neustart nicht über Meilisearch gefunden.");
      await page.waitForTimeout(500);
    }
    await context.close();
  });
});

describe.skipIf(!appUrl)("Zugang im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("jede Seite außer der Anmeldung verlangt eine Sitzung", async () => {
    for (const path of ["/", "/wissen", "/wissen/neu", "/suche?q=anmeldung"]) {
      const response = await fetch(`${appUrl}${path}`, { redirect: "manual" });
      expect([302, 307], path).toContain(response.status);
      expect(response.headers.get("location"), path).toContain(`/login?callbackUrl=${encodeURIComponent(path)}`);
      // A forged session cookie gets no further than the login page either.
      const forged = await fetch(`${appUrl}${path}`, { redirect: "manual", headers: { Cookie: "next-auth.session-token=gefaelscht" } });
      expect([302, 303, 307], path).toContain(forged.status);
      expect(forged.headers.get("location"), path).toMatch(/\/login/);
    }
    expect((await fetch(`${appUrl}/login`)).status).toBe(200);
    const api = await fetch(`${appUrl}/api/suche?q=anmeldung`);
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ error: "Bitte melden Sie sich an." });
  });

  it("falsches Passwort zeigt eine deutsche Meldung; Lesende können weder anlegen noch bearbeiten", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/login`);
    await page.getByLabel("E-Mail-Adresse").fill("lesen@musterhausen.example");
    await page.getByLabel("Passwort").fill("falsch");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expectText(page.locator(".alert--error"), "E-Mail-Adresse oder Passwort ist nicht richtig.");

    await signIn(page, appUrl, "lesen@musterhausen.example");
    expect(await page.getByRole("link", { name: "Neuer Artikel" }).count()).toBe(0);
    expect((await page.goto(`${appUrl}/wissen/neu`))?.status()).toBe(404);
    await page.goto(`${appUrl}/wissen`);
    const firstArticle = page.locator(".article-list a").first();
    const href = await firstArticle.getAttribute("href");
    expect(href).toMatch(/^\/wissen\/[0-9a-f-]{36}$/);
    expect((await page.goto(`${appUrl}${href}/bearbeiten`))?.status()).toBe(404);
    expect(await page.getByRole("link", { name: "Bearbeiten" }).count()).toBe(0);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL(/\/login/);
    await context.close();
  });

  it("sperrt ein Konto nach wiederholten Fehlversuchen mit einer deutschen Meldung", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/login`);
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel("E-Mail-Adresse").fill("leitung.buergeramt@musterhausen.example");
      await page.getByLabel("Passwort").fill(`falsch-${attempt}`);
      await Promise.all([
        page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
        page.getByRole("button", { name: "Anmelden" }).click(),
      ]);
      await expectText(page.locator(".alert--error"), "E-Mail-Adresse oder Passwort ist nicht richtig.");
    }
    await page.getByLabel("Passwort").fill("Musterhausen2026!");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expectText(page.locator(".alert--error"), "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minuten");
    expect(page.url()).toBe(`${appUrl}/login`);
    await context.close();
  });
});

/** Toolbar buttons give the focus back to the editor on the next animation frame; wait for it as a user would. */
async function editorFocused(page: Page) {
  await page.waitForFunction(() => document.activeElement?.classList.contains("ProseMirror") ?? false, undefined, { timeout: 5000 });
}

async function waitUntilDown(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(url);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("Meilisearch lief nach SIGTERM weiter.");
}
