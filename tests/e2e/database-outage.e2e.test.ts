/**
 * PostgreSQL goes away while an author writes (a real server of this test's
 * own, stopped and started again): the save answers with a German message and
 * the editor keeps the text; pages answer 503 with Retry-After and a German
 * page; the search API answers 503 JSON in German. After the restart the same
 * form saves.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { startFaultStack, type FaultStack } from "../../scripts/stack/fault-stack";
import { repositoryRoot } from "../../scripts/stack/throwaway-stack";
import { startNext, waitForHttp } from "../../scripts/stack/run-next";
import { expectText, launchChromium, signIn } from "./browser";

const appUrl = inject("appUrl");
const EDITOR = "redaktion@musterhausen.example";

describe.skipIf(!appUrl)("PostgreSQL kurz weg", () => {
  let stack: FaultStack | undefined;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let base = "";
  let serverOutput = "";

  beforeAll(async () => {
    stack = await startFaultStack("pg-ausfall");
    base = stack.baseUrl;
    // The e2e setup has built the app already.
    server = startNext(repositoryRoot, {
      mode: "start",
      port: stack.appPort,
      env: { ...process.env, ...stack.env, NODE_ENV: "production" },
      quiet: true,
    });
    server.stdout?.on("data", (chunk) => (serverOutput += chunk));
    server.stderr?.on("data", (chunk) => (serverOutput += chunk));
    await waitForHttp(`${base}/login`, 60_000, () => server?.exitCode === null);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await stack?.stop();
  });

  it("Speichern während des Ausfalls: deutsche Meldung, Text bleibt; Seiten 503 auf Deutsch; danach speichert dasselbe Formular", async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await signIn(page, base, EDITOR);
    await page.goto(`${base}/wissen/neu`);
    const title = `Ausfallprobe ${Date.now()}`;
    const body = "Dieser Text darf beim Datenbankausfall nicht verloren gehen.";
    await page.getByLabel("Titel").fill(title);
    await page.getByTestId("article-editor").click();
    await page.keyboard.type(body);
    await page.getByLabel("Organisationseinheiten").selectOption({ label: "Bürgeramt" });
    const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");

    await stack!.postgres().stop();
    const stoppedAt = Date.now();
    await page.getByRole("button", { name: "Artikel anlegen" }).click();
    await expectText(page.locator(".alert--error"), "Die Datenbank ist gerade für einen Moment nicht erreichbar.");
    const saveAnsweredMs = Date.now() - stoppedAt;
    expect(await page.getByLabel("Titel").inputValue()).toBe(title);
    await expectText(page.getByTestId("article-editor"), body);
    expect(page.url()).toBe(`${base}/wissen/neu`);

    const pageResponse = await fetch(`${base}/wissen`, { headers: { cookie } });
    expect(pageResponse.status).toBe(503);
    expect(pageResponse.headers.get("retry-after")).toBe("10");
    // Next.js sends an error shell that the browser fills with our German error page (checked below); nothing English.
    const html = await pageResponse.text();
    expect(html).not.toMatch(/This page couldn|Internal Server Error|Application error|Reload/);
    for (const query of ["vorschlag=1&q=Gewerbe", "q=Gewerbe"]) {
      const api = await fetch(`${base}/api/suche?${query}`, { headers: { cookie } });
      expect(api.status).toBe(503);
      expect(api.headers.get("retry-after")).toBe("10");
      expect(((await api.json()) as { error: string }).error).toContain("Datenbank");
    }
    // A page in the browser: German, with a way to try again.
    const other = await context.newPage();
    await other.goto(`${base}/wissen`);
    await expectText(other.getByRole("heading", { level: 1 }), "Die Datenbank ist kurz nicht erreichbar");
    await other.close();

    await stack!.restartPostgres();
    const restartedAt = Date.now();
    // The pool reconnects by itself; the same form, with the same text, saves now.
    for (;;) {
      await page.getByRole("button", { name: "Artikel anlegen" }).click();
      try {
        await page.waitForURL(/\/wissen\/[0-9a-f-]{36}\?gespeichert=1$/, { timeout: 5_000 });
        break;
      } catch (error) {
        if (Date.now() - restartedAt > 30_000) throw error;
      }
    }
    await expectText(page.getByRole("heading", { level: 1 }), title);
    await expectText(page.locator(".article-body"), body);
    expect(serverOutput).not.toMatch(/unhandled|uncaught/i);
    console.log(
      `Ausfall: Speichern beantwortet nach ${saveAnsweredMs} ms; nach dem Neustart gespeichert nach ${Date.now() - restartedAt} ms`,
    );
    await context.close();
  });
});
