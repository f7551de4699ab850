import { expect } from "vitest";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdir } from "node:fs/promises";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

export const DEMO_PASSWORD = "Musterhausen2026!";

/** Signs in through the login form, as a user would. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`${baseUrl}/`);
}

/** Waits until the element exists and its text contains `expected` (Playwright-style auto-wait). */
export async function expectText(locator: Locator, expected: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  for (;;) {
    if ((await locator.count()) > 0) {
      last = (await locator.first().innerText()).trim();
      if (last.includes(expected)) return;
    }
    if (Date.now() > deadline) throw new Error(`Erwartet „${expected}“, gefunden: „${last}“`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the header search is hydrated, so Ctrl+K and typing reach it. */
export async function headerSearchReady(page: Page) {
  await page.locator('[data-testid="header-search"][data-ready="true"]').waitFor();
}

/** axe-core WCAG 2.1 A/AA violations of the page, one readable line each. */
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

export async function violationsOf(page: Page): Promise<string[]> {
  // After a client-side navigation (e.g. a server action's redirect) Next streams the
  // <title> in a moment later; check the settled page. A page without a title still fails.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5000 }).catch(() => undefined);
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** Saves a full-page screenshot under the git-ignored screenshots/ folder (for the issue notes). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir("screenshots", { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

/** A page in a fresh browser context (own cookies), signed in as `email`. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, baseUrl, email, password);
  return page;
}

/** Logs the page out with the header button and checks that a copy of its old cookies no longer opens the start page. */
export async function expectLogoutEndsSession(browser: Browser, page: Page, baseUrl: string): Promise<void> {
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Abmelden" }).click();
  await page.waitForURL(/\/login/);
  const copy = await (await browser.newContext()).newPage();
  await copy.context().addCookies(cookies);
  await copy.goto(`${baseUrl}/`);
  expect(new URL(copy.url()).pathname).toBe("/login");
}
