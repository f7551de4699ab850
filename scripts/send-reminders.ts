/**
 * `npm run reminders:send`: e-mails owners whose articles are due for review and
 * sends the weekly notification digests (needs SMTP_URL; each at most once per
 * person and week). The app's hourly job does the same; this is for cron.
 */
import { sendReviewReminders } from "../lib/knowledge/review-reminders";
import { sendNotificationDigests } from "../lib/notifications/digest";
import { notifyDueReviews } from "../lib/notifications/review-due";
import { disconnectDb } from "../lib/db/client";

async function main() {
  const notified = await notifyDueReviews();
  console.log(`Benachrichtigungen zu fälligen Prüfungen: ${notified} neu.`);
  const reminders = await sendReviewReminders();
  if (reminders.skipped === "no-smtp") {
    console.log(
      "SMTP_URL ist nicht gesetzt – es werden keine E-Mails versendet. Fällige Prüfungen und Benachrichtigungen stehen in der Anwendung.",
    );
    return;
  }
  const digests = await sendNotificationDigests();
  console.log(`Erinnerungen: ${reminders.sent} versendet, ${reminders.failed} fehlgeschlagen.`);
  console.log(`Wöchentliche Zusammenfassungen: ${digests.sent} versendet, ${digests.failed} fehlgeschlagen.`);
  if (reminders.failed + digests.failed > 0) process.exitCode = 1;
}
main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
