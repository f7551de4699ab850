/** The knowledge map in the browser: an ARIA tree operated by keyboard alone, at desktop and phone width. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectText, launchChromium, saveScreenshot, signIn, violationsOf } from "./browser";

const appUrl = inject("appUrl");

/** The focused element's tree facts. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return {
      role: element.getAttribute("role"),
      level: Number(element.getAttribute("aria-level")),
      expanded: element.getAttribute("aria-expanded"),
      href: element.getAttribute("href"),
      text: element.textContent ?? "",
    };
  });

describe.skipIf(!appUrl)("Wissenslandkarte im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Leserin öffnet Bereiche nur mit der Tastatur, findet einen Artikel und öffnet ihn; axe ohne Befund", async () => {
    for (const width of [1366, 390]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await signIn(page, appUrl, "lesen@musterhausen.example");
      await page.goto(`${appUrl}/wissen`);
      await page.getByRole("link", { name: /^Wissenslandkarte/ }).click();
      await expectText(page.getByRole("heading", { level: 1 }), "Wissenslandkarte");
      const tree = page.getByRole("tree", { name: "Wissenslandkarte" });
      // One Tab stop: only the first item is focusable.
      expect(await tree.locator('[tabindex="0"]').count()).toBe(1);
      await tree.getByRole("treeitem").first().focus();
      expect(await focused(page)).toMatchObject({ role: "treeitem", level: 1, expanded: "false" });
      await page.keyboard.press("ArrowRight");
      expect((await focused(page)).expanded).toBe("true");
      await page.keyboard.press("ArrowRight");
      expect((await focused(page)).level).toBe(2);
      await page.keyboard.press("ArrowLeft");
      expect(await focused(page)).toMatchObject({ level: 1, expanded: "true" });
      // Walk down, opening every closed branch, until an article is focused.
      let item = await focused(page);
      for (let step = 0; step < 80 && !item.href; step++) {
        await page.keyboard.press(item.expanded === "false" ? "ArrowRight" : "ArrowDown");
        item = await focused(page);
      }
      expect(item.href).toMatch(/^\/wissen\/[0-9a-f-]{36}$/);
      expect(item.level).toBeGreaterThanOrEqual(2);
      await saveScreenshot(page, `wissenslandkarte-${width}`);
      expect(await violationsOf(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`${item.href}$`));
      await expectText(page.getByRole("heading", { level: 1 }), item.text.replace(/^Artikel: /, "").slice(0, 20));
      await page.context().close();
    }
  });
});
