/**
 * Server actions called the way a probe calls them: a real form of the page sent
 * with another municipality's id, a crafted payload, an upload over the limit.
 * The answer is the 404 page or a German message – never an HTTP 500, never English.
 */
import { clearLoginBlocks } from "./login-blocks";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import type { Browser, Page, Request } from "playwright-core";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { launchChromium, signIn, signedInPage } from "./browser";

const appUrl = inject("appUrl");

/** The fields of the page's form that holds `button`, as the browser would send them without script. */
async function formFields(page: Page, button: string | RegExp): Promise<Record<string, string>> {
  const form = page.locator("form", { has: page.getByRole("button", { name: button }) }).first();
  const entries = await form.evaluate((element) =>
    [...new FormData(element as HTMLFormElement).entries()].map(([key, value]) => [key, typeof value === "string" ? value : ""]),
  );
  return Object.fromEntries(entries);
}

/** Sends the form (as a browser without script does) with some fields replaced. */
async function sendForm(page: Page, button: string | RegExp, overrides: Record<string, string>) {
  const fields = { ...(await formFields(page, button)), ...overrides };
  expect(Object.keys(fields).some((key) => key.startsWith("$ACTION_ID_"))).toBe(true);
  return page.request.post(page.url(), { multipart: fields, maxRedirects: 0, failOnStatusCode: false });
}

async function foreignArticleId(): Promise<string> {
  const other = await systemDb().article.findFirstOrThrow({ where: { organization: { slug: "beispielstadt" } }, select: { id: true } });
  return other.id;
}

async function publishedArticlePath(page: Page): Promise<string> {
  const article = await systemDb().article.findFirstOrThrow({
    where: { organization: { slug: "musterhausen" }, status: "PUBLISHED" },
    select: { id: true },
    orderBy: { title: "asc" },
  });
  await page.goto(`${appUrl}/wissen/${article.id}`);
  return `/wissen/${article.id}`;
}

describe.skipIf(!appUrl)("Server-Aktionen: 404 oder deutsche Meldung, nie HTTP 500", () => {
  let browser: Browser;
  let editor: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    editor = await (await browser.newContext()).newPage();
    await signIn(editor, appUrl, "redaktion@musterhausen.example");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["Als aktuell bestätigen", "id"],
    ["Archivieren", "id"],
  ])("„%s“ mit der Artikel-Id einer anderen Kommune → 404", async (button, idField) => {
    await publishedArticlePath(editor);
    const response = await sendForm(editor, button, { [idField]: await foreignArticleId() });
    expect(response.status()).toBe(404);
  });

  it("„Wissenslücke melden“ am Artikel mit fremder oder unsinniger Id → 404", async () => {
    await publishedArticlePath(editor);
    for (const articleId of [await foreignArticleId(), "kein-artikel"]) {
      const response = await sendForm(editor, /^Meldung senden$/, { articleId, beschreibung: "Es fehlt der Ablauf bei Eilanträgen." });
      expect(response.status()).toBe(404);
    }
  });

  it("Anhang „Entfernen“ mit unbekannter Id → 404; zu große Datei → deutsche Meldung (413)", async () => {
    const path = await publishedArticlePath(editor);
    const articleId = path.split("/").pop()!;
    const organization = await systemDb().organization.findUniqueOrThrow({ where: { slug: "musterhausen" }, select: { id: true } });
    const row = await systemDb().articleAttachment.create({
      data: {
        organizationId: organization.id,
        articleId,
        fileName: "probe.txt",
        contentType: "text/plain",
        size: 1,
        sha256: "0".repeat(64),
      },
    });
    try {
      await editor.reload();
      const response = await sendForm(editor, /^Anhang probe\.txt entfernen$/, { attachmentId: randomUUID() });
      expect(response.status()).toBe(404);
      expect(await systemDb().articleAttachment.count({ where: { id: row.id } })).toBe(1);

      const fields = await formFields(editor, "Anhang hinzufügen");
      const tooBig = await editor.request.post(editor.url(), {
        multipart: { ...fields, file: { name: "gross.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(13 * 1024 * 1024, 1) } },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(tooBig.status()).toBe(413);
      expect(await tooBig.text()).toContain("zu groß");
    } finally {
      await systemDb().articleAttachment.deleteMany({ where: { id: row.id } });
    }
  });

  it("„Diese Version wiederherstellen“ für einen fremden Artikel → 404", async () => {
    const path = await publishedArticlePath(editor);
    // Save once more so there is an older version to restore.
    await editor.goto(`${appUrl}${path}/bearbeiten`);
    await editor.getByLabel("Änderungsnotiz (optional)").fill("Zweite Version für die Probe");
    await editor.getByRole("button", { name: "Speichern", exact: true }).click();
    await editor.waitForURL(/gespeichert=1/);
    await editor.goto(`${appUrl}${path}/versionen?von=1&bis=2`);
    const response = await sendForm(editor, /wiederherstellen/, { articleId: await foreignArticleId() });
    expect(response.status()).toBe(404);
  });

  it("„Gelesen“ auf dem Einarbeitungsweg mit einem fremden Artikel → 404", async () => {
    const newcomer = await signedInPage(browser, appUrl, "lesen@musterhausen.example");
    await newcomer.goto(`${appUrl}/einarbeitung`);
    const response = await sendForm(newcomer, /Gelesen/, { articleId: await foreignArticleId() });
    expect(response.status()).toBe(404);
  });

  it("Befragung: ein präparierter Aufruf bekommt eine deutsche Meldung; ein kaputter Aufruf keine 500", async () => {
    const leaving = await (await browser.newContext()).newPage();
    await clearLoginBlocks("leitung.buergeramt@musterhausen.example");
    await signIn(leaving, appUrl, "leitung.buergeramt@musterhausen.example");
    // A task of its own, so that the demo's interview journey is left untouched.
    const user = await systemDb().user.findUniqueOrThrow({
      where: { email: "leitung.buergeramt@musterhausen.example" },
      select: { organizationId: true, personId: true },
    });
    const unit = await systemDb().orgUnit.findFirstOrThrow({
      where: { organizationId: user.organizationId, tasks: { some: { assignments: { some: { personId: user.personId! } } } } },
      select: { id: true },
    });
    const task = await systemDb().task.create({
      data: {
        organizationId: user.organizationId,
        orgUnitId: unit.id,
        title: `Probeaufgabe ${randomUUID()}`,
        criticality: 2,
        frequency: "MONTHLY",
        assignments: { create: { organizationId: user.organizationId, personId: user.personId!, role: "OWNER" } },
      },
    });
    onTestFinished(async () => {
      await systemDb().task.delete({ where: { id: task.id } });
    });
    await leaving.goto(`${appUrl}/mein-wissen/aufgabe/${task.id}`);
    const captured = new Promise<Request>((resolve) =>
      leaving.on("request", (request) => {
        if (request.headers()["next-action"]) resolve(request);
      }),
    );
    const field = leaving.getByRole("textbox").first();
    await field.fill(`Probe ${Date.now()}`);
    await field.blur();
    const request = await captured;
    const headers = {
      "next-action": request.headers()["next-action"]!,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    };

    // The right action with the wrong kinds of arguments (answers as a string).
    const crafted = await leaving.request.post(leaving.url(), {
      headers,
      data: JSON.stringify(["kein-uuid", "kaputt"]),
      failOnStatusCode: false,
    });
    expect(crafted.status()).toBe(200);
    const text = await crafted.text();
    expect(text).toContain("Die Anfrage ist unvollständig oder beschädigt");
    expect(text).not.toMatch(/Invalid input|expected/);

    // A body that is no action payload at all.
    const broken = await leaving.request.post(leaving.url(), { headers, data: "%%% kein Format %%%", failOnStatusCode: false });
    expect(broken.status()).toBe(400);
    expect(await broken.text()).toContain("unvollständig oder beschädigt");
    const brokenForm = await leaving.request.post(leaving.url(), {
      headers: { "next-action": headers["next-action"], accept: headers.accept },
      multipart: { "0": "kaputt{" },
      failOnStatusCode: false,
    });
    expect(brokenForm.status()).toBe(400);
  });

  it("eine Formular-Aktion, die statt eines Formulars einen Text bekommt → 404, nicht 500", async () => {
    await publishedArticlePath(editor);
    const fields = await formFields(editor, "Als aktuell bestätigen");
    const actionId = Object.keys(fields)
      .find((key) => key.startsWith("$ACTION_ID_"))!
      .slice("$ACTION_ID_".length);
    const response = await editor.request.post(editor.url(), {
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      data: JSON.stringify(["nur ein Text"]),
      failOnStatusCode: false,
    });
    expect(response.status()).toBe(404);
  });
});
