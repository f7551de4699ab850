import "server-only";
/**
 * Checks a sign-in attempt and opens a server-side session.
 *
 * Failed attempts are counted in PostgreSQL (every app instance sees them):
 * - per account *and* address: after 5 the account is blocked for 15 minutes
 *   from that address only, so a stranger guessing cannot lock out the owner;
 * - per address: after 30 (any accounts) the address is blocked;
 * - per account across addresses: no block, but at 20 within the window the
 *   owner gets a notice (e-mail when SMTP_URL is set, and the audit log).
 * A locked account or a deactivated municipality is named only after the
 * correct password, so strangers learn nothing about the account.
 */
import { z } from "zod";
import { systemDb } from "../db/client";
import { DomainError, invalid } from "../errors";
import { sendPlainMail } from "../mail/mailer";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";
import { openSession } from "./sessions";
import { appMetrics } from "../ops/metrics";

export const LOGIN_LIMITS = {
  windowMinutes: 15,
  blockMinutes: 15,
  maxFailuresPerAccountAndAddress: 5,
  maxFailuresPerAddress: 30,
  accountNoticeFailures: 20,
};

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(200),
  password: z.string().min(1).max(500),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  mustChangePassword: boolean;
}

export const ACCOUNT_LOCKED_MESSAGE = "Ihr Konto ist gesperrt. Bitte wenden Sie sich an die Administration Ihrer Verwaltung.";
export const ORGANIZATION_INACTIVE_MESSAGE =
  "Ihre Verwaltung ist in DigiCheck Wissen derzeit nicht freigeschaltet. Bitte wenden Sie sich an Ihre Administration.";

/** Throttle keys; the account-wide key only counts (for the notice), it never blocks. */
function throttleKeys(email: string, address: string) {
  return {
    pair: { key: `pair:${email}|${address}`, max: LOGIN_LIMITS.maxFailuresPerAccountAndAddress },
    address: { key: `address:${address}`, max: LOGIN_LIMITS.maxFailuresPerAddress },
    account: { key: `account:${email}`, max: 2_147_483_647 },
  };
}

async function assertNotBlocked(keys: string[]): Promise<void> {
  const blocked = await systemDb().loginThrottle.findFirst({
    where: { key: { in: keys }, blockedUntil: { gt: new Date() } },
    orderBy: { blockedUntil: "desc" },
    select: { blockedUntil: true },
  });
  if (blocked?.blockedUntil) {
    appMetrics().loginBlocks.inc({ kind: keys[0]?.startsWith("pair:betrieb:") ? "betrieb" : "kommune" });
    const minutes = Math.max(1, Math.ceil((blocked.blockedUntil.getTime() - Date.now()) / 60_000));
    throw new DomainError(
      "RATE_LIMITED",
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${minutes} ${minutes === 1 ? "Minute" : "Minuten"} und versuchen Sie es dann erneut.`,
    );
  }
}

/** Counts one failure; returns the failures in the current window (before a block resets them). */
async function recordFailure(key: string, max: number): Promise<number> {
  const window = `${LOGIN_LIMITS.windowMinutes} minutes`;
  const block = `${LOGIN_LIMITS.blockMinutes} minutes`;
  const [row] = await systemDb().$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" (key, failures, "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "LoginThrottle"."windowStart" < now() - ${window}::interval THEN 1
                      ELSE "LoginThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - ${window}::interval THEN now()
                      ELSE "LoginThrottle"."windowStart" END
    RETURNING failures`;
  await systemDb().$executeRaw`
    UPDATE "LoginThrottle" SET "blockedUntil" = now() + ${block}::interval, failures = 0, "windowStart" = now()
    WHERE key = ${key} AND failures >= ${max}`;
  return row?.failures ?? 0;
}

/** Tells the owner that someone keeps guessing their password (once per window). */
async function noticeOwner(user: { id: string; email: string; displayName: string; organizationId: string }): Promise<void> {
  await systemDb().auditEvent.create({
    data: {
      organizationId: user.organizationId,
      actorId: null,
      action: "auth.many_failures",
      entityType: "User",
      entityId: user.id,
      data: { failures: LOGIN_LIMITS.accountNoticeFailures, windowMinutes: LOGIN_LIMITS.windowMinutes },
    },
  });
  await sendPlainMail({
    to: user.email,
    subject: "Viele fehlgeschlagene Anmeldeversuche mit Ihrem Konto",
    text: [
      `Guten Tag ${user.displayName},`,
      "",
      `in den letzten ${LOGIN_LIMITS.windowMinutes} Minuten wurde ${LOGIN_LIMITS.accountNoticeFailures}-mal versucht, sich mit Ihrer`,
      "E-Mail-Adresse und einem falschen Passwort bei DigiCheck Wissen anzumelden.",
      "Ihr Konto bleibt für Sie nutzbar. Wenn Sie das nicht waren, ändern Sie bitte Ihr Passwort",
      "und informieren Sie Ihre Administration.",
    ].join("\n"),
  });
}

/** Counts a failed attempt on every key; notifies the owner when the account-wide count reaches the notice level. */
async function recordFailedAttempt(keys: ReturnType<typeof throttleKeys>, owner: Parameters<typeof noticeOwner>[0] | null) {
  appMetrics().loginFailures.inc({ kind: keys.account.key.startsWith("account:betrieb:") ? "betrieb" : "kommune" });
  await recordFailure(keys.pair.key, keys.pair.max);
  await recordFailure(keys.address.key, keys.address.max);
  const accountFailures = await recordFailure(keys.account.key, keys.account.max);
  if (owner && accountFailures === LOGIN_LIMITS.accountNoticeFailures) await noticeOwner(owner);
}

/** Verifies e-mail and password; throws a German DomainError when sign-in is refused. */
export async function authenticate(input: { email?: unknown; password?: unknown; address?: string }): Promise<AuthenticatedUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw invalid("Bitte geben Sie E-Mail-Adresse und Passwort ein.");
  const { email, password } = parsed.data;
  const address = (input.address ?? "unbekannt").slice(0, 100);
  const keys = throttleKeys(email, address);
  await assertNotBlocked([keys.pair.key, keys.address.key]);

  const user = await systemDb().user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      displayName: true,
      passwordHash: true,
      active: true,
      organizationId: true,
      mustChangePassword: true,
      organization: { select: { active: true } },
    },
  });
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !user.passwordHash || !passwordMatches) {
    await recordFailedAttempt(keys, user);
    throw invalid("E-Mail-Adresse oder Passwort ist nicht richtig.");
  }
  if (!user.active) throw new DomainError("FORBIDDEN", ACCOUNT_LOCKED_MESSAGE);
  if (!user.organization.active) throw new DomainError("FORBIDDEN", ORGANIZATION_INACTIVE_MESSAGE);

  const sessionId = await openSession({ userId: user.id }, address);
  await systemDb().$transaction([
    systemDb().loginThrottle.deleteMany({ where: { key: { in: [keys.pair.key, keys.account.key] } } }),
    systemDb().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
    systemDb().auditEvent.create({
      data: { organizationId: user.organizationId, actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id },
    }),
  ]);
  return { id: user.id, email: user.email, name: user.displayName, sessionId, mustChangePassword: user.mustChangePassword };
}

/**
 * Sign-in of an operator (the provider's console): the same checks and
 * throttle, in its own key space so an operator and a municipal account with
 * the same address never share counters.
 */
export async function authenticateOperator(input: { email?: unknown; password?: unknown; address?: string }): Promise<AuthenticatedUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw invalid("Bitte geben Sie E-Mail-Adresse und Passwort ein.");
  const { email, password } = parsed.data;
  const address = (input.address ?? "unbekannt").slice(0, 100);
  const keys = throttleKeys(`betrieb:${email}`, address);
  await assertNotBlocked([keys.pair.key, keys.address.key]);
  const operator = await systemDb().operator.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, passwordHash: true, active: true },
  });
  const passwordMatches = await verifyPassword(password, operator?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!operator || !operator.passwordHash || !passwordMatches) {
    await recordFailedAttempt(keys, null);
    throw invalid("E-Mail-Adresse oder Passwort ist nicht richtig.");
  }
  if (!operator.active) throw new DomainError("FORBIDDEN", "Dieses Betreiberkonto ist gesperrt.");
  const sessionId = await openSession({ operatorId: operator.id }, address);
  await systemDb().$transaction([
    systemDb().loginThrottle.deleteMany({ where: { key: { in: [keys.pair.key, keys.account.key] } } }),
    systemDb().operator.update({ where: { id: operator.id }, data: { lastLoginAt: new Date() } }),
    systemDb().operatorAuditEvent.create({ data: { operatorId: operator.id, action: "operator.sign_in" } }),
  ]);
  return { id: operator.id, email: operator.email, name: operator.displayName, sessionId, mustChangePassword: false };
}
