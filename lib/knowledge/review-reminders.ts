import "server-only";
/**
 * E-mail reminders about due reviews, when SMTP is configured (SMTP_URL). Each
 * owner of published articles that are due within DUE_SOON_DAYS or overdue gets
 * at most one e-mail a week listing them. Claiming the send is one atomic
 * UPDATE, so several servers running this at once never send twice.
 */
import type { Transporter } from "nodemailer";
import { mailTransport } from "../mail/mailer";
import { systemDb } from "../db/client";
import { getEnv } from "../env";
import { formatDate } from "../format-date";
import { DUE_SOON_DAYS, verificationState, VERIFICATION_LABELS } from "./verification";
import { addDays, subDays } from "../dates";

export const REMINDER_INTERVAL_DAYS = 7;

export interface ReminderResult {
  sent: number;
  failed: number;
  skipped: "no-smtp" | null;
}

function reminderText(name: string, baseUrl: string, articles: { id: string; title: string; nextReviewAt: Date; state: string }[]): string {
  const lines = articles.map(
    (article) =>
      `- ${article.title} (Prüfung ${article.state}, fällig am ${formatDate(article.nextReviewAt)})\n  ${baseUrl}/wissen/${article.id}`,
  );
  return [
    `Guten Tag ${name},`,
    "",
    `für ${articles.length === 1 ? "einen Ihrer Artikel" : `${articles.length} Ihrer Artikel`} in DigiCheck Wissen steht die regelmäßige Prüfung an:`,
    "",
    ...lines,
    "",
    "Bitte prüfen Sie, ob der Inhalt noch stimmt, und klicken Sie auf der Artikelseite auf „Als aktuell bestätigen“ – oder passen Sie den Artikel an.",
    "",
    "Diese Erinnerung kommt höchstens einmal pro Woche. Ihre fälligen Artikel sehen Sie auch auf der Startseite.",
  ].join("\n");
}

/** Sends the reminders that are due now. Without SMTP nothing is sent (the start page shows the same list). */
export async function sendReviewReminders(options: { now?: Date; transporter?: Transporter | null } = {}): Promise<ReminderResult> {
  const now = options.now ?? new Date();
  const transporter = options.transporter === undefined ? mailTransport() : options.transporter;
  if (!transporter) return { sent: 0, failed: 0, skipped: "no-smtp" };
  const env = getEnv();
  const baseUrl = (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const remindBefore = subDays(now, REMINDER_INTERVAL_DAYS);
  const owners = await systemDb().user.findMany({
    where: {
      active: true,
      OR: [{ reviewReminderSentAt: null }, { reviewReminderSentAt: { lt: remindBefore } }],
      ownedArticles: { some: { status: "PUBLISHED", nextReviewAt: { lt: addDays(now, DUE_SOON_DAYS) } } },
    },
    take: 500,
    select: {
      id: true,
      email: true,
      displayName: true,
      ownedArticles: {
        where: { status: "PUBLISHED", nextReviewAt: { lt: addDays(now, DUE_SOON_DAYS) } },
        orderBy: { nextReviewAt: "asc" },
        select: { id: true, title: true, status: true, nextReviewAt: true },
      },
    },
  });
  let sent = 0;
  let failed = 0;
  for (const owner of owners) {
    // Claim this owner's reminder; another server that got here first wins.
    const claimed = await systemDb().user.updateMany({
      where: { id: owner.id, OR: [{ reviewReminderSentAt: null }, { reviewReminderSentAt: { lt: remindBefore } }] },
      data: { reviewReminderSentAt: now },
    });
    if (claimed.count === 0) continue;
    const articles = owner.ownedArticles.map((article) => ({
      id: article.id,
      title: article.title,
      nextReviewAt: article.nextReviewAt!,
      state: VERIFICATION_LABELS[verificationState(article, now)],
    }));
    try {
      await transporter.sendMail({
        from: env.MAIL_FROM,
        to: owner.email,
        subject: articles.length === 1 ? "Ein Artikel ist zur Prüfung fällig" : `${articles.length} Artikel sind zur Prüfung fällig`,
        text: reminderText(owner.displayName, baseUrl, articles),
      });
      sent += 1;
    } catch (error) {
      // Give the claim back so the next run tries again.
      await systemDb().user.update({ where: { id: owner.id }, data: { reviewReminderSentAt: null } });
      console.warn(`Erinnerung an ${owner.email} konnte nicht gesendet werden:`, error instanceof Error ? error.message : error);
      failed += 1;
    }
  }
  return { sent, failed, skipped: null };
}
