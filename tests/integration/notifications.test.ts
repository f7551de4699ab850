import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import nodemailer from "nodemailer";
import type { AddressInfo } from "node:net";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { takeWorkingCopyStep } from "@/lib/knowledge/working-copy";
import { updateGovernanceSettings } from "@/lib/org/organization-settings";
import { answerQuestion, askQuestion } from "@/lib/knowledge/article-questions";
import { answerTaskGap, reportTaskGap } from "@/lib/journeys/task-gaps";
import { planDeputyship } from "@/lib/journeys/planned-deputyships";
import { startHandover } from "@/lib/journeys/handover";
import { isWatching, myWatches, setWatch } from "@/lib/notifications/watches";
import {
  markAllNotificationsRead,
  myNotifications,
  openNotification,
  setNotificationDigest,
  unreadNotificationCount,
} from "@/lib/notifications/notifications";
import { notifyDueReviews } from "@/lib/notifications/review-due";
import { sendNotificationDigests } from "@/lib/notifications/digest";
import { articleInput, createTestOrganization, paragraphDoc, type TestOrganization } from "./helpers/test-organization";

const texts = async (viewer: Viewer) => (await myNotifications(viewer)).map((entry) => entry.text);

async function personFor(org: TestOrganization, viewer: Viewer, names: [string, string], number: string): Promise<Viewer> {
  const person = await systemDb().person.create({
    data: { organizationId: org.id, personnelNumber: number, firstName: names[0], lastName: names[1] },
  });
  await systemDb().user.update({ where: { id: viewer.userId }, data: { personId: person.id } });
  return (await loadViewer(viewer.userId))!;
}

describe("Benachrichtigungen", () => {
  it("Beobachten: Artikel und Aufgaben melden neue veröffentlichte Fassungen, nie der handelnden Person, nie einer anderen Verwaltung", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const editor = org.viewers.EDITOR;
    const reader = org.viewers.READER;
    const lead = org.viewers.LEAD;
    const { id } = await createArticle(editor, articleInput({ title: "Gewerbe anmelden", taskIds: [org.taskId] }));
    const draft = await createArticle(editor, articleInput({ title: "Entwurf", status: "DRAFT" }));

    // Only what the viewer can read can be watched: a foreign article or task, someone's draft – not found.
    await expect(setWatch(other.viewers.READER, { articleId: id }, true)).rejects.toThrow("nicht gefunden");
    await expect(setWatch(other.viewers.READER, { taskId: org.taskId }, true)).rejects.toThrow("nicht gefunden");
    await expect(setWatch(reader, { articleId: draft.id }, true)).rejects.toThrow("nicht gefunden");
    await expect(setWatch(reader, { taskId: "kein-uuid" }, true)).rejects.toThrow("nicht gefunden");
    await setWatch(reader, { articleId: id }, true);
    await setWatch(reader, { articleId: id }, true);
    await setWatch(lead, { taskId: org.taskId }, true);
    await setWatch(editor, { articleId: id }, true);
    expect(await isWatching(reader, { articleId: id })).toBe(true);
    expect(await isWatching(lead, { articleId: id })).toBe(false);
    expect(await myWatches(reader)).toEqual([{ kind: "article", id, title: "Gewerbe anmelden", href: `/wissen/${id}` }]);
    expect((await myWatches(lead)).map((watch) => watch.kind)).toEqual(["task"]);

    // A saved working copy notifies nobody; publishing it notifies the watchers of the article and of its task, not the author.
    const copy = await updateArticle(
      editor,
      articleInput({ id, version: 1, title: "Gewerbe anmelden", status: "DRAFT", taskIds: [org.taskId] }),
    );
    expect(copy.workingCopyRevision).toBe(1);
    expect(await unreadNotificationCount(reader)).toBe(0);
    await updateArticle(
      editor,
      articleInput({
        id,
        version: 1,
        workingCopyRevision: 1,
        title: "Gewerbe anmelden (2027)",
        taskIds: [org.taskId],
        content: paragraphDoc("Neu."),
      }),
    );
    expect(await texts(reader)).toEqual(["Neue Fassung veröffentlicht: „Gewerbe anmelden (2027)“."]);
    expect(await texts(lead)).toEqual(["Neue Fassung veröffentlicht: „Gewerbe anmelden (2027)“."]);
    expect(await unreadNotificationCount(editor)).toBe(0);

    // A draft published for the first time, and a new published article, reach the watchers of their task only.
    const second = await createArticle(editor, articleInput({ title: "Gewerbe ummelden", status: "DRAFT", taskIds: [org.taskId] }));
    expect(await unreadNotificationCount(lead)).toBe(1);
    await updateArticle(editor, articleInput({ id: second.id, version: 1, title: "Gewerbe ummelden", taskIds: [org.taskId] }));
    await createArticle(org.viewers.ADMIN, articleInput({ title: "Gewerbe abmelden", taskIds: [org.taskId] }));
    expect((await texts(lead)).slice(0, 2)).toEqual(["Veröffentlicht: „Gewerbe abmelden“.", "Veröffentlicht: „Gewerbe ummelden“."]);
    expect(await unreadNotificationCount(reader)).toBe(1);

    // Four-eyes: the working copy notifies when it is approved, not while it waits.
    await updateGovernanceSettings(org.viewers.ADMIN, { requireFourEyes: "on", defaultReviewIntervalMonths: "12" });
    await updateArticle(editor, articleInput({ id, version: 2, title: "Gewerbe neu", status: "IN_REVIEW", taskIds: [org.taskId] }));
    expect(await unreadNotificationCount(reader)).toBe(1);
    await takeWorkingCopyStep(org.viewers.ADMIN, { id, revision: 1, step: "approve" });
    expect((await texts(reader))[0]).toBe("Neue Fassung veröffentlicht: „Gewerbe neu“.");
    expect((await texts(editor))[0]).toBe("Neue Fassung veröffentlicht: „Gewerbe neu“.");
    expect(await unreadNotificationCount(lead)).toBe(4);
    expect(await unreadNotificationCount(org.viewers.ADMIN)).toBe(0);

    // No other municipality hears anything.
    for (const viewer of Object.values(other.viewers)) expect(await unreadNotificationCount(viewer)).toBe(0);

    // Unwatching stops it.
    await setWatch(reader, { articleId: id }, false);
    expect(await myWatches(reader)).toEqual([]);
  });

  it("Frage beantwortet, Wissenslücke beantwortet, Vertretung geplant, Übergabe wartet, Prüfung fällig", async () => {
    const org = await createTestOrganization();
    const editor = org.viewers.EDITOR;
    const { id } = await createArticle(editor, articleInput({ title: "Gewerbe", taskIds: [org.taskId] }));

    const question = await askQuestion(org.viewers.READER, id, { question: "Gilt das auch für Reisegewerbe?" });
    await answerQuestion(editor, question.id, { answer: "Ja, mit Reisegewerbekarte." });
    await answerQuestion(editor, question.id, { answer: "Ja, mit Reisegewerbekarte (korrigiert)." });
    const [answered] = await myNotifications(org.viewers.READER);
    expect(answered.text).toBe("Ihre Frage zu „Gewerbe“ wurde beantwortet.");
    expect(await unreadNotificationCount(org.viewers.READER)).toBe(1);

    const gap = await reportTaskGap(org.viewers.HR, org.taskId, "Wie geht das bei Auswärtigen?");
    await answerTaskGap(org.viewers.LEAD, gap.id, "Siehe Abschnitt Sonderfälle.");
    expect(await texts(org.viewers.HR)).toEqual(["Ihre Meldung einer Wissenslücke wurde beantwortet: Gewerbeanmeldung."]);

    // Deputyship: the deputy's account hears of it; the absent person and the lead who planned it do not.
    const absent = await personFor(org, org.viewers.ADMIN, ["Klaus", "Brinkmann"], "P1");
    const deputy = await personFor(org, org.viewers.READER, ["Lea", "Hoffmann"], "P2");
    await systemDb().taskAssignment.createMany({
      data: [
        { organizationId: org.id, taskId: org.taskId, personId: absent.personId!, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: org.taskId, personId: deputy.personId!, role: "DEPUTY", rank: 1 },
      ],
    });
    await planDeputyship(org.viewers.LEAD, {
      pair: `${absent.personId}:${deputy.personId}`,
      von: "2027-01-11",
      bis: "2027-01-22",
      note: "",
    });
    expect((await texts(deputy))[0]).toBe("Für Sie ist eine Vertretung geplant: Klaus Brinkmann, 11.01.2027 bis 22.01.2027.");
    const deputyshipHref = await openNotification(deputy, (await myNotifications(deputy))[0].id);
    expect(deputyshipHref).toBe(`/vertretung?fuer=${absent.personId}&von=2027-01-11&bis=2027-01-22`);
    expect(await unreadNotificationCount(absent)).toBe(0);

    // Handover: the successor is told who hands over – not when that person leaves.
    await systemDb().person.update({ where: { id: absent.personId! }, data: { plannedExitMonth: new Date("2027-06-01") } });
    const handover = await startHandover(absent, { toPersonId: deputy.personId, taskIds: [org.taskId] });
    const [waiting] = await myNotifications(deputy);
    expect(waiting.text).toBe(`Eine Übergabe wartet auf Sie: von ${absent.displayName}.`);
    expect(waiting.text).not.toMatch(/2027|Juni/);
    expect(await openNotification(deputy, waiting.id)).toBe(`/uebergabe/${handover.id}`);

    // Review due: one notification per due date, however often the job runs; a reviewed article's next date notifies again.
    const now = new Date("2026-12-01T08:00:00Z");
    await systemDb().article.update({ where: { id }, data: { nextReviewAt: new Date("2026-12-20T00:00:00Z") } });
    await notifyDueReviews(now);
    await notifyDueReviews(now);
    expect((await texts(editor)).filter((text) => text.startsWith("Prüfung fällig"))).toEqual(["Prüfung fällig: „Gewerbe“."]);
    await systemDb().article.update({ where: { id }, data: { nextReviewAt: new Date("2027-12-20T00:00:00Z") } });
    await notifyDueReviews(now);
    expect((await texts(editor)).filter((text) => text.startsWith("Prüfung fällig"))).toHaveLength(1);
  });

  it("persönlich: niemand sonst liest, öffnet oder markiert die Benachrichtigungen einer Person", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Kasse" }));
    await setWatch(org.viewers.READER, { articleId: id }, true);
    await updateArticle(org.viewers.EDITOR, articleInput({ id, version: 1, title: "Kasse 2027" }));
    const [mine] = await myNotifications(org.viewers.READER);
    for (const viewer of [
      ...Object.values(org.viewers).filter((v) => v.userId !== org.viewers.READER.userId),
      ...Object.values(other.viewers),
    ]) {
      expect(await myNotifications(viewer)).toEqual([]);
      await expect(openNotification(viewer, mine.id)).rejects.toThrow("nicht gefunden");
      expect(await markAllNotificationsRead(viewer)).toBe(0);
    }
    await expect(openNotification(org.viewers.READER, "keine-id")).rejects.toThrow("nicht gefunden");
    expect(await unreadNotificationCount(org.viewers.READER)).toBe(1);
    expect(await openNotification(org.viewers.READER, mine.id)).toBe(`/wissen/${id}`);
    expect(await unreadNotificationCount(org.viewers.READER)).toBe(0);
    // Nothing about notifications is written to the audit log.
    expect(await systemDb().auditEvent.count({ where: { organizationId: org.id, action: { contains: "otif" } } })).toBe(0);
  });
});

interface Received {
  to: string[];
  body: string;
}

describe("wöchentliche E-Mail mit ungelesenen Benachrichtigungen", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let body = "";
        stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("nur wer sie bestellt hat, höchstens einmal pro Woche, nur Ungelesenes, ohne SMTP keine", async () => {
    const org = await createTestOrganization();
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Barkasse zählen" }));
    for (const viewer of [org.viewers.READER, org.viewers.LEAD]) await setWatch(viewer, { articleId: id }, true);
    await setNotificationDigest(org.viewers.READER, true);
    await updateArticle(org.viewers.EDITOR, articleInput({ id, version: 1, title: "Barkasse zählen (neu)" }));
    const transporter = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
    const now = new Date(Date.now() + 60_000);
    const daysLater = (days: number) => new Date(now.getTime() + days * 86_400_000);

    expect(await sendNotificationDigests({ now, transporter: null })).toEqual({ sent: 0, failed: 0, skipped: "no-smtp" });
    const first = await sendNotificationDigests({ now, transporter });
    const mine = received.filter((mail) => mail.to.includes(`reader-${org.viewers.READER.displayName.split(" ")[1]}@test.example`));
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(mine).toHaveLength(1);
    const body = mine[0].body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(Buffer.from(body, "latin1").toString("utf8")).toContain("Neue Fassung veröffentlicht: „Barkasse zählen (neu)“.");
    // The lead did not order it.
    expect(
      received.some((mail) => mail.to.some((to) => to.startsWith("lead-") && to.includes(org.viewers.LEAD.displayName.split(" ")[1]))),
    ).toBe(false);

    // Within the week nothing more; after it, only what is new and unread.
    await updateArticle(org.viewers.EDITOR, articleInput({ id, version: 2, title: "Barkasse zählen (dritte)" }));
    expect((await sendNotificationDigests({ now: daysLater(4), transporter })).sent).toBe(0);
    const count = received.length;
    await sendNotificationDigests({ now: daysLater(8), transporter });
    expect(received.length).toBe(count + 1);
    expect(received.at(-1)!.body).toContain("dritte");
    expect(received.at(-1)!.body).not.toContain("(neu)");
    // Read in the app: no further e-mail.
    await updateArticle(org.viewers.EDITOR, articleInput({ id, version: 3, title: "Barkasse zählen (vierte)" }));
    await markAllNotificationsRead(org.viewers.READER);
    await sendNotificationDigests({ now: daysLater(16), transporter });
    expect(received.length).toBe(count + 1);
  });
});
