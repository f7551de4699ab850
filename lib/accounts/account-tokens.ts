import "server-only";
/**
 * Single-use links for invitations and password resets. The link carries 32
 * random bytes; the database keeps only their SHA-256, so a copy of the
 * database opens no account. A new link for the same account and purpose
 * replaces the old one; using a link marks it used in the same transaction
 * that sets the password.
 */
import { createHash, randomBytes } from "node:crypto";
import { systemDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { AccountTokenPurpose } from "../db/generated/enums";
import { addHours } from "../dates";
import { getEnv } from "../env";
import { invalid } from "../errors";

type Tx = Prisma.TransactionClient;

export const TOKEN_LIFETIME_HOURS: Record<AccountTokenPurpose, number> = { INVITATION: 72, PASSWORD_RESET: 1 };

export type TokenSubject = { userId: string } | { operatorId: string };

export const LINK_INVALID_MESSAGE =
  "Dieser Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an (Passwort vergessen) oder wenden Sie sich an Ihre Administration.";

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Creates a link token (replacing an unused one of the same purpose) and returns it; shown or mailed once. */
export async function issueAccountToken(tx: Tx, purpose: AccountTokenPurpose, subject: TokenSubject, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.deleteMany({ where: { ...subject, purpose, usedAt: null } });
  await tx.accountToken.create({
    data: { ...subject, purpose, tokenHash: hashOf(token), expiresAt: addHours(now, TOKEN_LIFETIME_HOURS[purpose]) },
  });
  return token;
}

/** The full link for a token: where the person sets their password. */
/** This installation's public address (NEXTAUTH_URL), for links in mails and the redirect URI shown to admins. */
export function installationOrigin(): string {
  return new URL(getEnv().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`).origin;
}

export function accountLink(token: string): string {
  return new URL(`/konto/passwort-setzen/${token}`, installationOrigin()).toString();
}

const liveTokenSelect = {
  id: true,
  purpose: true,
  user: { select: { id: true, email: true, displayName: true, organization: { select: { name: true, active: true } } } },
  operator: { select: { id: true, email: true, displayName: true } },
} satisfies Prisma.AccountTokenSelect;

/** What a link is for, if it can still be used (for the page); null otherwise. */
export async function findLiveAccountToken(token: unknown, now = new Date()) {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const row = await systemDb().accountToken.findFirst({
    where: { tokenHash: hashOf(token), usedAt: null, expiresAt: { gt: now } },
    select: liveTokenSelect,
  });
  if (!row || (row.user && !row.user.organization.active)) return null;
  const account = row.user ?? row.operator;
  if (!account) return null;
  return { purpose: row.purpose, email: account.email, displayName: account.displayName, subject: tokenSubjectOf(row) };
}

function tokenSubjectOf(row: { user: { id: string } | null; operator: { id: string } | null }): TokenSubject {
  return row.user ? { userId: row.user.id } : { operatorId: row.operator!.id };
}

/** Marks a live token used inside `tx` and returns its account; a used, expired or unknown token is refused. */
export async function consumeAccountToken(
  tx: Tx,
  token: unknown,
  now = new Date(),
): Promise<{ purpose: AccountTokenPurpose; subject: TokenSubject }> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) throw invalid(LINK_INVALID_MESSAGE);
  const row = await tx.accountToken.findFirst({
    where: { tokenHash: hashOf(token), usedAt: null, expiresAt: { gt: now } },
    select: { id: true, purpose: true, user: { select: { id: true } }, operator: { select: { id: true } } },
  });
  if (!row) throw invalid(LINK_INVALID_MESSAGE);
  // The conditional update makes two simultaneous uses end with one winner.
  const claimed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) throw invalid(LINK_INVALID_MESSAGE);
  return { purpose: row.purpose, subject: tokenSubjectOf(row) };
}
