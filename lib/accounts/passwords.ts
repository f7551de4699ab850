import "server-only";
/**
 * Passwords over their life: set by the person through an invitation or reset
 * link, changed with the current password, reset by e-mail (no account
 * enumeration: every request gets the same answer) or started by an admin.
 * Setting or changing a password ends the account's other sessions.
 */
import { z } from "zod";
import { systemDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { hashPassword, verifyPassword } from "../auth/password";
import { revokeSessionsOf } from "../auth/sessions";
import { canManageAccounts } from "../auth/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import { forbidden, invalid, notFound } from "../errors";
import { mailConfigured as isMailConfigured, sendPlainMail } from "../mail/mailer";
import {
  accountLink,
  consumeAccountToken,
  findLiveAccountToken,
  issueAccountToken,
  LINK_INVALID_MESSAGE,
  TOKEN_LIFETIME_HOURS,
  type TokenSubject,
} from "./account-tokens";
import { passwordProblem } from "./password-policy";

type Tx = Prisma.TransactionClient;

const newPasswordSchema = z.object({
  password: z.string({ error: "Bitte ein Passwort eingeben." }).max(500, "Das Passwort ist zu lang."),
  confirm: z.string({ error: "Bitte das Passwort wiederholen." }).max(500),
});

/** Checks the new password and its repetition; German field errors. */
function checkedNewPassword(raw: unknown, personal: string[]): string {
  const parsed = newPasswordSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", { password: ["Bitte ein Passwort eingeben."] });
  const { password, confirm } = parsed.data;
  const problem = passwordProblem(password, personal);
  if (problem) throw invalid("Bitte prüfen Sie die markierten Angaben.", { password: [problem] });
  if (password !== confirm)
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { confirm: ["Die beiden Eingaben stimmen nicht überein."] });
  return password;
}

async function personalWordsOf(subject: TokenSubject): Promise<string[]> {
  if ("userId" in subject) {
    const user = await systemDb().user.findUnique({
      where: { id: subject.userId },
      select: { email: true, displayName: true, organization: { select: { name: true } } },
    });
    return user ? [user.email, user.displayName, user.organization.name] : [];
  }
  const operator = await systemDb().operator.findUnique({ where: { id: subject.operatorId }, select: { email: true, displayName: true } });
  return operator ? [operator.email, operator.displayName] : [];
}

async function writePassword(tx: Tx, subject: TokenSubject, passwordHash: string, action: string): Promise<void> {
  const now = new Date();
  if ("userId" in subject) {
    const user = await tx.user.update({
      where: { id: subject.userId },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
      select: { id: true, organizationId: true },
    });
    await recordAuditEvent(tx, { organizationId: user.organizationId, userId: user.id }, { action, entityType: "User", entityId: user.id });
  } else {
    await tx.operator.update({ where: { id: subject.operatorId }, data: { passwordHash } });
    await tx.operatorAuditEvent.create({ data: { operatorId: subject.operatorId, action } });
  }
}

/** Sets the password through an invitation or reset link; the link is used up, other sessions end. */
export async function setPasswordWithLink(token: unknown, raw: unknown): Promise<{ email: string }> {
  const preview = await findLiveAccountToken(token);
  if (!preview) throw invalid(LINK_INVALID_MESSAGE);
  const password = checkedNewPassword(raw, await personalWordsOf(preview.subject));
  const passwordHash = await hashPassword(password);
  const subject = await systemDb().$transaction(async (tx) => {
    const used = await consumeAccountToken(tx, token);
    await writePassword(
      tx,
      used.subject,
      passwordHash,
      used.purpose === "INVITATION" ? "account.invitation_accepted" : "account.password_reset",
    );
    return used.subject;
  });
  await revokeSessionsOf(subject);
  return { email: preview.email };
}

/** Changes an account's own password; needs the current one. Other sessions end, this one stays. */
async function changePasswordOf(subject: TokenSubject, sessionId: string | null, raw: unknown): Promise<void> {
  const current = z.object({ current: z.string().max(500) }).safeParse(raw);
  const account =
    "userId" in subject
      ? await systemDb().user.findUnique({ where: { id: subject.userId }, select: { passwordHash: true } })
      : await systemDb().operator.findUnique({ where: { id: subject.operatorId }, select: { passwordHash: true } });
  if (!account) throw notFound("Das Konto");
  const matches = current.success && account.passwordHash ? await verifyPassword(current.data.current, account.passwordHash) : false;
  if (!matches) throw invalid("Bitte prüfen Sie die markierten Angaben.", { current: ["Das bisherige Passwort ist nicht richtig."] });
  const password = checkedNewPassword(raw, await personalWordsOf(subject));
  if (current.success && password === current.data.current) {
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { password: ["Das neue Passwort muss sich vom bisherigen unterscheiden."] });
  }
  const passwordHash = await hashPassword(password);
  await systemDb().$transaction((tx) => writePassword(tx, subject, passwordHash, "account.password_changed"));
  await revokeSessionsOf(subject, sessionId ? { except: sessionId } : {});
}

/** The signed-in person's own password. */
export function changeOwnPassword(viewer: Viewer, sessionId: string | null, raw: unknown): Promise<void> {
  return changePasswordOf({ userId: viewer.userId }, sessionId, raw);
}

/** An operator's own password (the console). */
export function changeOperatorPassword(operator: { operatorId: string }, sessionId: string | null, raw: unknown): Promise<void> {
  return changePasswordOf({ operatorId: operator.operatorId }, sessionId, raw);
}

export const RESET_REQUESTED_MESSAGE =
  "Wenn es zu dieser Adresse ein Konto gibt, haben wir eine E-Mail mit einem Link geschickt. Der Link gilt eine Stunde.";

/** "Passwort vergessen": mails a reset link if the account exists; the answer is the same either way. */
export async function requestPasswordReset(raw: unknown): Promise<{ message: string; mailConfigured: boolean }> {
  const mailConfigured = isMailConfigured();
  const parsed = z.object({ email: z.email().trim().toLowerCase().max(200) }).safeParse(raw);
  if (!parsed.success)
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { email: ["Bitte eine gültige E-Mail-Adresse eingeben."] });
  if (!mailConfigured) return { message: RESET_REQUESTED_MESSAGE, mailConfigured };
  const email = parsed.data.email;
  const user = await systemDb().user.findUnique({
    where: { email },
    select: { id: true, displayName: true, active: true, organizationId: true, organization: { select: { active: true } } },
  });
  const operator = user
    ? null
    : await systemDb().operator.findUnique({ where: { email }, select: { id: true, displayName: true, active: true } });
  const account =
    user?.active && user.organization.active
      ? { subject: { userId: user.id }, name: user.displayName }
      : operator?.active
        ? { subject: { operatorId: operator.id }, name: operator.displayName }
        : null;
  if (account) {
    const token = await systemDb().$transaction(async (tx) => {
      const issued = await issueAccountToken(tx, "PASSWORD_RESET", account.subject);
      if (user)
        await recordAuditEvent(
          tx,
          { organizationId: user.organizationId, userId: user.id },
          { action: "account.reset_requested", entityType: "User", entityId: user.id },
        );
      return issued;
    });
    await sendPlainMail({
      to: email,
      subject: "Passwort für DigiCheck Wissen neu festlegen",
      text: resetMailText(account.name, accountLink(token)),
    });
  }
  return { message: RESET_REQUESTED_MESSAGE, mailConfigured };
}

function resetMailText(name: string, link: string): string {
  return [
    `Guten Tag ${name},`,
    "",
    "für Ihr Konto bei DigiCheck Wissen wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:",
    "",
    link,
    "",
    `Der Link gilt ${TOKEN_LIFETIME_HOURS.PASSWORD_RESET} Stunde und nur einmal. Wenn Sie nichts angefordert haben, können Sie diese E-Mail ignorieren.`,
  ].join("\n");
}

/** An admin starts a reset for an account of their municipality: mailed if possible, otherwise the link is shown once. */
export async function startPasswordReset(viewer: Viewer, userId: unknown): Promise<{ mailed: boolean; link: string | null }> {
  if (!canManageAccounts(viewer)) throw forbidden("Konten verwaltet die Administration.");
  const id = z.uuid().safeParse(userId);
  if (!id.success) throw notFound("Das Konto");
  const user = await systemDb().user.findFirst({
    where: { id: id.data, organizationId: viewer.organizationId },
    select: { id: true, email: true, displayName: true },
  });
  if (!user) throw notFound("Das Konto");
  const token = await systemDb().$transaction(async (tx) => {
    const issued = await issueAccountToken(tx, "PASSWORD_RESET", { userId: user.id });
    await recordAuditEvent(tx, viewer, { action: "account.reset_started", entityType: "User", entityId: user.id });
    return issued;
  });
  const link = accountLink(token);
  const mailed = await sendPlainMail({
    to: user.email,
    subject: "Passwort für DigiCheck Wissen neu festlegen",
    text: resetMailText(user.displayName, link),
  });
  return { mailed, link: mailed ? null : link };
}

/** Text of an invitation mail. */
export function invitationMailText(name: string, organization: string, link: string): string {
  return [
    `Guten Tag ${name},`,
    "",
    `Sie wurden zu DigiCheck Wissen (${organization}) eingeladen. Über diesen Link legen Sie Ihr Passwort fest:`,
    "",
    link,
    "",
    `Der Link gilt ${TOKEN_LIFETIME_HOURS.INVITATION} Stunden und nur einmal.`,
  ].join("\n");
}
