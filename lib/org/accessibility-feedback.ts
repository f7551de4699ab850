import "server-only";
/**
 * The electronic contact form of the accessibility statement (BITV 2.0 § 7
 * Abs. 1 Nr. 2): anyone – signed in or not – reports a barrier to a
 * municipality of this installation; its administrators see the messages in
 * the app and get an e-mail when SMTP is set. A sender may send a few
 * messages per hour (counted by a keyed hash of the address, never the
 * address itself).
 */
import { createHmac } from "node:crypto";
import { z } from "zod";
import { db, systemDb } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canManageAccounts } from "../auth/policy";
import { DomainError, forbidden, invalid, notFound } from "../errors";
import { getEnv } from "../env";
import { sendPlainMail } from "../mail/mailer";
import { fieldErrorsOf } from "../knowledge/article-input";

export const FEEDBACK_PER_HOUR = 5;

const optional = (max: number, message: string) => z.string().trim().max(max, message).optional().default("");
const feedbackSchema = z.object({
  organizationId: z.uuid({ error: "Bitte wählen Sie Ihre Kommune." }),
  message: z
    .string({ error: "Bitte beschreiben Sie die Barriere." })
    .trim()
    .min(10, "Bitte beschreiben Sie die Barriere in ein paar Worten (mindestens 10 Zeichen).")
    .max(4000, "Höchstens 4.000 Zeichen."),
  name: optional(100, "Der Name darf höchstens 100 Zeichen lang sein."),
  email: z
    .union([z.literal(""), z.email("Bitte geben Sie eine gültige E-Mail-Adresse an – oder lassen Sie das Feld leer.")])
    .optional()
    .default(""),
  pageUrl: optional(500, "Die Angabe der Seite darf höchstens 500 Zeichen lang sein."),
});

/** The municipalities a message can go to (their names are public). */
export async function feedbackTargets(): Promise<{ id: string; name: string }[]> {
  return systemDb().organization.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

const senderHashOf = (address: string) => createHmac("sha256", getEnv().NEXTAUTH_SECRET).update(`bitv:${address}`).digest("hex");

export async function submitAccessibilityFeedback(raw: unknown, address: string, now: Date = new Date()): Promise<string> {
  const parsed = feedbackSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const organization = await systemDb().organization.findFirst({
    where: { id: input.organizationId, active: true },
    select: { id: true, name: true },
  });
  if (!organization) throw invalid("Bitte prüfen Sie die markierten Angaben.", { organizationId: ["Bitte wählen Sie Ihre Kommune."] });
  const senderHash = senderHashOf(address);
  const recent = await systemDb().accessibilityFeedback.count({
    where: { senderHash, createdAt: { gt: new Date(now.getTime() - 3600_000) } },
  });
  if (recent >= FEEDBACK_PER_HOUR)
    throw new DomainError(
      "RATE_LIMITED",
      "Sie haben in der letzten Stunde schon mehrere Meldungen geschickt. Bitte versuchen Sie es später noch einmal.",
    );
  await systemDb().accessibilityFeedback.create({
    data: {
      organizationId: organization.id,
      message: input.message,
      name: input.name || null,
      email: input.email || null,
      pageUrl: input.pageUrl || null,
      senderHash,
      createdAt: now,
    },
  });
  const admins = await systemDb().user.findMany({
    where: { organizationId: organization.id, role: "ADMIN", active: true },
    select: { email: true },
  });
  for (const admin of admins) {
    await sendPlainMail({
      to: admin.email,
      subject: "DigiCheck Wissen: Meldung einer Barriere",
      text: [
        "Über die Erklärung zur Barrierefreiheit ist eine Meldung eingegangen:",
        "",
        input.message,
        "",
        input.pageUrl ? `Seite: ${input.pageUrl}` : "",
        input.name || input.email ? `Von: ${[input.name, input.email].filter(Boolean).join(", ")}` : "Ohne Absenderangabe.",
        "",
        "Alle Meldungen stehen unter Verwaltung → Meldungen zur Barrierefreiheit.",
      ]
        .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
        .join("\n"),
    });
  }
  return `Danke – Ihre Meldung ist bei der Administration von ${organization.name} angekommen.`;
}

export async function listAccessibilityFeedback(viewer: Viewer) {
  if (!canManageAccounts(viewer)) throw forbidden("Meldungen zur Barrierefreiheit sieht die Administration.");
  return db().accessibilityFeedback.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: [{ doneAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: { id: true, name: true, email: true, pageUrl: true, message: true, createdAt: true, doneAt: true },
  });
}

export async function markAccessibilityFeedbackDone(viewer: Viewer, id: unknown, now: Date = new Date()): Promise<void> {
  if (!canManageAccounts(viewer)) throw forbidden("Meldungen zur Barrierefreiheit bearbeitet die Administration.");
  const parsed = z.uuid().safeParse(id);
  const updated = parsed.success
    ? await db().accessibilityFeedback.updateMany({
        where: { id: parsed.data, organizationId: viewer.organizationId, doneAt: null },
        data: { doneAt: now },
      })
    : { count: 0 };
  if (updated.count === 0) throw notFound("Die Meldung");
}
