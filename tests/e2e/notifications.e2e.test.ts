/**
 * Notifications in the browser: a reader watches an article and a task, the
 * editor publishes a new version, the bell counts it, the list opens it and
 * marks it read; nobody else sees it. Desktop and phone width, axe on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { updateArticle } from "@/lib/knowledge/save-article";
import { getArticleForEditing } from "@/lib/knowledge/get-article";
import { expectText, launchChromium, saveScreenshot, signIn, signedInPage, violationsOf } from "./browser";

const appUrl = inject("appUrl");

const bell = (page: Page) => page.getByRole("link", { name: /^Benachrichtigungen/ });

describe.skipIf(!appUrl)("Benachrichtigungen im Browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Leserin beobachtet Artikel und Aufgabe, die Redaktion veröffentlicht, die Glocke zählt, die Liste führt hin", async () => {
    const article = await systemDb().article.findFirstOrThrow({
      where: { organization: { slug: "musterhausen" }, status: "PUBLISHED", tasks: { some: {} }, workingCopy: null },
      orderBy: { title: "asc" },
      select: { id: true, title: true, ownerId: true, tasks: { take: 1, select: { task: { select: { id: true, title: true } } } } },
    });
    const task = article.tasks[0]!.task;
    const reader = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    const readerUser = await systemDb().user.findFirstOrThrow({ where: { email: "lesen@musterhausen.example" }, select: { id: true } });
    await systemDb().notification.deleteMany({ where: { userId: readerUser.id } });
    await reader.goto(`${appUrl}/wissen/${article.id}`);
    await reader.getByRole("button", { name: "Artikel beobachten" }).click();
    await expectText(reader.locator(".alert--success"), "Sie beobachten das jetzt");
    expect(await reader.getByRole("button", { name: /^Beobachtet/ }).getAttribute("aria-pressed")).toBe("true");
    await reader.goto(`${appUrl}/mappe?aufgabe=${task.id}`);
    await reader.getByRole("button", { name: "Aufgabe beobachten" }).click();
    await expectText(reader.locator(".alert--success"), "Sie beobachten das jetzt");
    expect(await violationsOf(reader)).toEqual([]);
    expect(await bell(reader).getAttribute("aria-label")).toBe("Benachrichtigungen");

    // The owner publishes a new version (the domain function the editor's save calls).
    const owner = (await loadViewer(article.ownerId))!;
    const editable = await getArticleForEditing(owner, article.id);
    const newTitle = `${article.title} (überarbeitet)`;
    await updateArticle(owner, {
      id: article.id,
      version: editable.version,
      title: newTitle,
      kind: editable.kind,
      status: "PUBLISHED",
      content: editable.content,
      taskIds: editable.taskIds,
      unitIds: editable.unitIds,
      positionIds: editable.positionIds,
      verifierId: editable.verifierId,
    });

    for (const width of [1366, 390]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await signIn(page, appUrl, "lesen@musterhausen.example");
      if (width === 1366) expect(await bell(page).getAttribute("aria-label")).toBe("Benachrichtigungen: 1 ungelesen");
      await bell(page).click();
      await page.waitForURL(/\/benachrichtigungen$/);
      await expectText(page.getByRole("heading", { level: 2 }).first(), "1 ungelesen");
      await expectText(page.locator(".notification-list"), `Neue Fassung veröffentlicht: „${newTitle}“`);
      await expectText(page.locator("section", { has: page.getByRole("heading", { name: /^Was Sie beobachten/ }) }), task.title);
      expect(await violationsOf(page)).toEqual([]);
      await saveScreenshot(page, `benachrichtigungen-${width}`);
      // The article page with its two toggles, as it first appears on the screen.
      await page.goto(`${appUrl}/wissen/${article.id}`);
      expect(await page.getByRole("button", { name: /^Beobachtet/ }).getAttribute("aria-pressed")).toBe("true");
      expect(await violationsOf(page)).toEqual([]);
      await page.screenshot({ path: `screenshots/beobachten-artikel-${width}.png` });
      await page.context().close();
    }

    // Another person sees none of it.
    const colleague = await signedInPage(browser, appUrl, "redaktion@musterhausen.example");
    await colleague.goto(`${appUrl}/benachrichtigungen`);
    expect(await colleague.locator("main").innerText()).not.toContain(newTitle);
    const mine = await systemDb().notification.findFirstOrThrow({ where: { userId: readerUser.id }, select: { id: true } });
    await colleague.goto(`${appUrl}/benachrichtigungen/${mine.id}`);
    await expectText(colleague.getByRole("alert"), "gibt es nicht");
    expect((await systemDb().notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();

    // Opening it leads to the article and the bell is quiet again.
    await reader.goto(`${appUrl}/benachrichtigungen`);
    await reader.locator(".notification-list a").first().click();
    await reader.waitForURL(new RegExp(`/wissen/${article.id}$`));
    await expectText(reader.getByRole("heading", { level: 1 }), newTitle);
    expect(await bell(reader).getAttribute("aria-label")).toBe("Benachrichtigungen");

    // Unwatch both from the list; put the title back for other tests.
    await reader.goto(`${appUrl}/benachrichtigungen`);
    await reader.getByRole("button", { name: `${newTitle} nicht mehr beobachten` }).click();
    await expectText(reader.locator(".alert--success"), "nicht mehr");
    await reader.getByRole("button", { name: `${task.title} nicht mehr beobachten` }).click();
    await expectText(reader.locator("section", { has: reader.getByRole("heading", { name: /^Was Sie beobachten/ }) }), "noch nichts");
    const again = await getArticleForEditing(owner, article.id);
    await updateArticle(owner, { ...again, title: article.title, status: "PUBLISHED", form: undefined });
  });
});
