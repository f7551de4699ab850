/** `npm run reminders:send`: e-mails owners whose articles are due for review (needs SMTP_URL; at most one e-mail per person and week). */
import { sendReviewReminders } from "../lib/knowledge/review-reminders";
import { disconnectDb } from "../lib/db/client";

async function main() {
  const result = await sendReviewReminders();
  if (result.skipped === "no-smtp") {
    console.log(
      "SMTP_URL ist nicht gesetzt – es werden keine E-Mails versendet. Fällige Prüfungen stehen auf der Startseite der Verantwortlichen.",
    );
    return;
  }
  console.log(`Erinnerungen: ${result.sent} versendet, ${result.failed} fehlgeschlagen.`);
  if (result.failed > 0) process.exitCode = 1;
}
main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
