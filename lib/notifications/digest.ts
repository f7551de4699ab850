import "server-only";
/**
 * The weekly e-mail digest, for those who switched it on and only with SMTP:
 * unread notifications not yet mailed, at most once per DIGEST_INTERVAL_DAYS.
 * Claiming a person's digest is one atomic UPDATE (several servers never send
 * twice); a failed send gives the claim back and leaves the rows unmailed.
 */
import type { Transporter } from "nodemailer";
import { systemDb } from "../db/client";
import { mailTransport } from "../mail/mailer";
import { getEnv } from "../env";
import { installationOrigin } from "../accounts/account-tokens";
import { subDays } from "../dates";
import { formatDate } from "../format-date";
import { notificationText } from "./labels";

export const DIGEST_INTERVAL_DAYS = 7;
/** At most this many lines in one e-mail; the rest is on the page. */
const DIGEST_LINES = 20;

export interface DigestResult {
  sent: number;
  failed: number;
  skipped: "no-smtp" | null;
}

function digestText(
  name: string,
  baseUrl: string,
  rows: { kind: Parameters<typeof notificationText>[0]; subject: string; href: string; createdAt: Date }[],
  total: number,
) {
  return [
    `Guten Tag ${name},`,
    "",
    `in DigiCheck Wissen ${total === 1 ? "wartet eine ungelesene Benachrichtigung" : `warten ${total} ungelesene Benachrichtigungen`} auf Sie:`,
    "",
    ...rows.map((row) => `- ${formatDate(row.createdAt)}: ${notificationText(row.kind, row.subject)}\n  ${baseUrl}${row.href}`),
    ...(total > rows.length ? ["", `… und ${total - rows.length} weitere.`] : []),
    "",
    `Alle Benachrichtigungen: ${baseUrl}/benachrichtigungen`,
    "",
    "Diese Zusammenfassung kommt höchstens einmal pro Woche. Abbestellen können Sie sie auf der Seite „Benachrichtigungen“.",
  ].join("\n");
}

export async function sendNotificationDigests(options: { now?: Date; transporter?: Transporter | null } = {}): Promise<DigestResult> {
  const now = options.now ?? new Date();
  const transporter = options.transporter === undefined ? mailTransport() : options.transporter;
  if (!transporter) return { sent: 0, failed: 0, skipped: "no-smtp" };
  const env = getEnv();
  const baseUrl = installationOrigin();
  const dueWhere = {
    active: true,
    notificationDigest: true,
    OR: [{ notificationDigestSentAt: null }, { notificationDigestSentAt: { lt: subDays(now, DIGEST_INTERVAL_DAYS) } }],
  };
  const users = await systemDb().user.findMany({
    where: { ...dueWhere, notifications: { some: { readAt: null, digestedAt: null } } },
    take: 500,
    select: { id: true, email: true, displayName: true },
  });
  let sent = 0;
  let failed = 0;
  for (const user of users) {
    const claimed = await systemDb().user.updateMany({ where: { id: user.id, ...dueWhere }, data: { notificationDigestSentAt: now } });
    if (claimed.count === 0) continue;
    const pendingWhere = { userId: user.id, readAt: null, digestedAt: null };
    const [rows, total] = await Promise.all([
      systemDb().notification.findMany({
        where: pendingWhere,
        orderBy: { createdAt: "desc" },
        take: DIGEST_LINES,
        select: { kind: true, subject: true, href: true, createdAt: true },
      }),
      systemDb().notification.count({ where: pendingWhere }),
    ]);
    if (total === 0) {
      // Read in the app in the meantime: nothing to send, and no week lost.
      await systemDb().user.update({ where: { id: user.id }, data: { notificationDigestSentAt: null } });
      continue;
    }
    try {
      await transporter.sendMail({
        from: env.MAIL_FROM,
        to: user.email,
        subject: total === 1 ? "DigiCheck Wissen: eine neue Benachrichtigung" : `DigiCheck Wissen: ${total} neue Benachrichtigungen`,
        text: digestText(user.displayName, baseUrl, rows, total),
      });
      await systemDb().notification.updateMany({ where: pendingWhere, data: { digestedAt: now } });
      sent += 1;
    } catch (error) {
      await systemDb().user.update({ where: { id: user.id }, data: { notificationDigestSentAt: null } });
      console.warn(`Zusammenfassung an ${user.email} konnte nicht gesendet werden:`, error instanceof Error ? error.message : error);
      failed += 1;
    }
  }
  return { sent, failed, skipped: null };
}
