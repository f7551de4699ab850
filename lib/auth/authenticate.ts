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
import { DirectoryUnavailableError, verifyWithDirectory, type DirectoryPerson, type GroupRole } from "./ldap";
import { accountFromDirectory } from "./directory-accounts";
import { recordSignIn } from "./sign-in-record";
import { directoryConfigOf } from "../org/sign-in-settings";
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

export const DIRECTORY_UNAVAILABLE_MESSAGE =
  "Der Verzeichnisdienst Ihrer Verwaltung ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.";

const signInSelect = {
  organizationId: true,
  emailDomains: true,
  localPasswordsEnabled: true,
  breakGlassUserId: true,
  ldapEnabled: true,
  ldapUrl: true,
  ldapStartTls: true,
  ldapBindDn: true,
  ldapBindPasswordEnc: true,
  ldapUserBase: true,
  ldapUserFilter: true,
  ldapGroupBase: true,
  ldapGroupRoles: true,
  ldapCaCert: true,
} as const;

/** The sign-in settings for an address without an account: the active municipality whose directory owns its domain. */
async function signInForNewAddress(email: string) {
  const domain = email.split("@")[1];
  if (!domain) return null;
  return systemDb().organizationSignIn.findFirst({
    where: { ldapEnabled: true, emailDomains: { has: domain }, organization: { active: true } },
    select: signInSelect,
  });
}

async function startSession(
  user: { id: string; email: string; displayName: string; organizationId: string; mustChangePassword: boolean },
  keys: ReturnType<typeof throttleKeys>,
  address: string,
  method: "passwort" | "ldap",
): Promise<AuthenticatedUser> {
  const sessionId = await recordSignIn(user, method, address);
  await systemDb().loginThrottle.deleteMany({ where: { key: { in: [keys.pair.key, keys.account.key] } } });
  return { id: user.id, email: user.email, name: user.displayName, sessionId, mustChangePassword: user.mustChangePassword };
}

/**
 * Verifies e-mail and password – locally, or in the municipality's directory
 * when it has one – and opens a session; throws a German DomainError when
 * sign-in is refused. Local passwords switched off: only the break-glass
 * administrator may still use one.
 */
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
      organization: { select: { active: true, signIn: { select: signInSelect } } },
    },
  });
  const settings = user ? user.organization.signIn : await signInForNewAddress(email);
  const localAllowed = !settings || settings.localPasswordsEnabled || settings.breakGlassUserId === user?.id;
  const localHash = user?.passwordHash && localAllowed ? user.passwordHash : null;
  const localMatches = await verifyPassword(password, localHash ?? DUMMY_PASSWORD_HASH);
  if (user && localHash && localMatches) {
    if (!user.active) throw new DomainError("FORBIDDEN", ACCOUNT_LOCKED_MESSAGE);
    if (!user.organization.active) throw new DomainError("FORBIDDEN", ORGANIZATION_INACTIVE_MESSAGE);
    return startSession(user, keys, address, "passwort");
  }

  const directory = settings?.ldapEnabled ? directoryConfigOf(settings) : null;
  if (settings && directory) {
    let person: DirectoryPerson | null;
    try {
      person = await verifyWithDirectory(directory, email, password);
    } catch (error) {
      if (error instanceof DirectoryUnavailableError) {
        console.warn(`Verzeichnis nicht erreichbar (${settings.organizationId}):`, error.message);
        throw new DomainError("CONFLICT", DIRECTORY_UNAVAILABLE_MESSAGE);
      }
      throw error;
    }
    if (person && person.email === email) {
      if (user && !user.active) throw new DomainError("FORBIDDEN", ACCOUNT_LOCKED_MESSAGE);
      if (user && !user.organization.active) throw new DomainError("FORBIDDEN", ORGANIZATION_INACTIVE_MESSAGE);
      const account = await accountFromDirectory(
        settings.organizationId,
        person,
        settings.ldapGroupRoles as unknown as GroupRole[],
        "ldap",
      );
      if (account) return startSession({ ...account, organizationId: settings.organizationId }, keys, address, "ldap");
    }
  }
  await recordFailedAttempt(keys, user);
  throw invalid("E-Mail-Adresse oder Passwort ist nicht richtig.");
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
