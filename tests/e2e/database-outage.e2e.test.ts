/**
 * PostgreSQL goes away while an author writes (a real server of this test's
 * own, stopped and started again): the save answers with a German message and
 * the editor keeps the text; pages answer 503 with Retry-After and a German
 * page; the search API answers 503 JSON in German. After the restart the same
 * form saves.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../scripts/stack/embedded-postgres";
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from "../../scripts/stack/embedded-meilisearch";
import { freePort } from "../../scripts/stack/ports";
import { repositoryRoot } from "../../scripts/stack/throwaway-stack";
import { startNext, waitForHttp } from "../../scripts/stack/run-next";
import { applyMigrations } from "../../lib/db/migrate";
import { expectText, launchChromium, signIn } from "./browser";

const appUrl = inject("appUrl");
const EDITOR = "redaktion@musterhausen.example";

describe.skipIf(!appUrl)("PostgreSQL kurz weg", () => {
  let dir = "";
  let pgPort = 0;
  let postgres: EmbeddedPostgresHandle | undefined;
  let meili: EmbeddedMeilisearchHandle | undefined;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let base = "";
  let serverOutput = "";
  const password = "test";

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "digicheck-pg-ausfall-"));
    await chmod(dir, 0o755);
    pgPort = await freePort();
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: pgPort, password });
    const masterKey = randomBytes(20).toString("hex");
    meili = await startEmbeddedMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey });
    await applyMigrations(postgres.url, { migrationsDir: path.join(repositoryRoot, "prisma", "migrations") });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: postgres.url,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: masterKey,
      MEILI_INDEX_PREFIX: `pgausfall_${Date.now()}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: base,
      DIGICHECK_DEMO: "1",
      ATTACHMENTS_DIR: path.join(dir, "anhaenge"),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const seed = spawnSync(
      process.execPath,
      [path.join(repositoryRoot, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/seed.ts"],
      { cwd: repositoryRoot, env, encoding: "utf8" },
    );
    if (seed.status !== 0) throw new Error(`Demodaten:\n${seed.stdout}\n${seed.stderr}`);
    // The e2e setup has built the app already.
    server = startNext(repositoryRoot, { mode: "start", port, env: { ...env, NODE_ENV: "production" }, quiet: true });
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
    await postgres?.stop().catch(() => {});
    await meili?.stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
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

    await postgres!.stop();
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

    postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: pgPort, password });
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
