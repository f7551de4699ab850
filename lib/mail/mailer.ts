import "server-only";
/**
 * The one SMTP transport (only with SMTP_URL). Tests pass their own transporter
 * to the functions that send, or point SMTP_URL at a throw-away SMTP server.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "../env";

let transport: Transporter | undefined;

/** The configured transport, or null when this installation sends no e-mail. */
export function mailTransport(): Transporter | null {
  const url = getEnv().SMTP_URL;
  if (!url) return null;
  transport ??= nodemailer.createTransport(url);
  return transport;
}

/** Whether this installation can send e-mail at all (installation-wide, reveals nothing about accounts). */
export function mailConfigured(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/** Sends a plain-text mail; false when no transport is configured or sending failed (logged). */
export async function sendPlainMail(
  message: { to: string; subject: string; text: string },
  transporter: Transporter | null = mailTransport(),
): Promise<boolean> {
  if (!transporter) return false;
  try {
    await transporter.sendMail({ from: getEnv().MAIL_FROM, ...message });
    return true;
  } catch (error) {
    console.warn("E-Mail konnte nicht versendet werden:", error instanceof Error ? error.message : error);
    return false;
  }
}
