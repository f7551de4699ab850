import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import nodemailer from "nodemailer";
import type { AddressInfo } from "node:net";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { sendReviewReminders } from "@/lib/knowledge/review-reminders";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

interface Received {
  to: string[];
  body: string;
}

/** The Subject header with RFC 2047 encoded words decoded (as a mail program shows it). */
function decodedSubject(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  return header
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_match, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            "latin1",
          ).toString("utf8"),
    )
    .trim();
}

/** A real SMTP server on a free local port that keeps what it receives. */
function startSmtp(received: Received[]) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
        callback();
      });
    },
  });
  return new Promise<SMTPServer>((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("E-Mail-Erinnerungen an fällige Prüfungen", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;
  beforeAll(async () => {
    server = await startSmtp(received);
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("eine E-Mail je verantwortlicher Person mit fälligen Artikeln, höchstens wöchentlich; ohne SMTP keine", async () => {
    const org = await createTestOrganization();
    const owner = org.viewers.EDITOR;
    const now = new Date("2026-12-01T08:00:00Z");
    const due = await createArticle(owner, articleInput({ title: "Kassenprüfung vorbereiten" }));
    const expired = await createArticle(owner, articleInput({ title: "Barkasse zählen" }));
    const later = await createArticle(owner, articleInput({ title: "Noch lange gültig" }));
    const draft = await createArticle(owner, articleInput({ title: "Entwurf fällig", status: "DRAFT" }));
    await systemDb().article.update({ where: { id: due.id }, data: { nextReviewAt: new Date("2026-12-10T00:00:00Z") } });
    await systemDb().article.update({ where: { id: expired.id }, data: { nextReviewAt: new Date("2026-11-01T00:00:00Z") } });
    await systemDb().article.update({ where: { id: later.id }, data: { nextReviewAt: new Date("2027-06-01T00:00:00Z") } });
    await systemDb().article.update({ where: { id: draft.id }, data: { nextReviewAt: new Date("2026-11-01T00:00:00Z") } });
    // Other test organizations may have due articles too; look only at this owner's mail.
    const ownerEmail = (await systemDb().user.findUniqueOrThrow({ where: { id: owner.userId } })).email;

    expect(await sendReviewReminders({ now, transporter: null })).toEqual({ sent: 0, failed: 0, skipped: "no-smtp" });
    const transporter = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
    const first = await sendReviewReminders({ now, transporter });
    expect(first.failed).toBe(0);
    const toOwner = received.filter((mail) => mail.to.includes(ownerEmail));
    expect(toOwner).toHaveLength(1);
    const body = toOwner[0].body.replace(/=\r?\n/g, "");
    expect(decodedSubject(toOwner[0].body)).toBe("2 Artikel sind zur Prüfung fällig");
    expect(body).toContain(`/wissen/${expired.id}`);
    expect(body).toContain(`/wissen/${due.id}`);
    expect(body).not.toContain(later.id);
    expect(body).not.toContain(draft.id);

    // Again the same day and six days later: nothing new; after a week: again.
    await sendReviewReminders({ now, transporter });
    await sendReviewReminders({ now: new Date("2026-12-07T08:00:00Z"), transporter });
    expect(received.filter((mail) => mail.to.includes(ownerEmail))).toHaveLength(1);
    await sendReviewReminders({ now: new Date("2026-12-08T09:00:00Z"), transporter });
    expect(received.filter((mail) => mail.to.includes(ownerEmail))).toHaveLength(2);

    // A failing SMTP server: the claim is given back, the next run tries again.
    const broken = nodemailer.createTransport({ host: "127.0.0.1", port: 1, secure: false, ignoreTLS: true, connectionTimeout: 2000 });
    await systemDb().user.update({ where: { id: owner.userId }, data: { reviewReminderSentAt: null } });
    const failedRun = await sendReviewReminders({ now, transporter: broken });
    expect(failedRun.failed).toBeGreaterThanOrEqual(1);
    expect((await systemDb().user.findUniqueOrThrow({ where: { id: owner.userId } })).reviewReminderSentAt).toBeNull();
  });
});
