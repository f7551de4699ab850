import "server-only";
/**
 * Checks a sign-in attempt. Failed attempts are counted per account and per
 * address in PostgreSQL (so every app instance sees them); too many within the
 * window block further attempts for a while, with a German message.
 */
import { z } from "zod";
import { systemDb } from "../db/client";
import { DomainError, invalid } from "../errors";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

export const LOGIN_LIMITS = {
  windowMinutes: 15,
  blockMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 30,
};

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(200),
  password: z.string().min(1).max(500),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
}

function throttleKeys(email: string, address: string) {
  return [
    { key: `account:${email}`, max: LOGIN_LIMITS.maxFailuresPerAccount },
    { key: `address:${address}`, max: LOGIN_LIMITS.maxFailuresPerAddress },
  ];
}

async function assertNotBlocked(keys: string[]): Promise<void> {
  const blocked = await systemDb().loginThrottle.findFirst({
    where: { key: { in: keys }, blockedUntil: { gt: new Date() } },
    orderBy: { blockedUntil: "desc" },
    select: { blockedUntil: true },
  });
  if (blocked?.blockedUntil) {
    const minutes = Math.max(1, Math.ceil((blocked.blockedUntil.getTime() - Date.now()) / 60_000));
    throw new DomainError(
      "RATE_LIMITED",
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${minutes} ${minutes === 1 ? "Minute" : "Minuten"} und versuchen Sie es dann erneut.`,
    );
  }
}

async function recordFailure(key: string, max: number): Promise<void> {
  const window = `${LOGIN_LIMITS.windowMinutes} minutes`;
  const block = `${LOGIN_LIMITS.blockMinutes} minutes`;
  await systemDb().$executeRaw`
    INSERT INTO "LoginThrottle" (key, failures, "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "LoginThrottle"."windowStart" < now() - ${window}::interval THEN 1
                      ELSE "LoginThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - ${window}::interval THEN now()
                      ELSE "LoginThrottle"."windowStart" END`;
  await systemDb().$executeRaw`
    UPDATE "LoginThrottle" SET "blockedUntil" = now() + ${block}::interval, failures = 0, "windowStart" = now()
    WHERE key = ${key} AND failures >= ${max}`;
}

/** Verifies e-mail and password; throws a German DomainError when sign-in is refused. */
export async function authenticate(input: { email?: unknown; password?: unknown; address?: string }): Promise<AuthenticatedUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw invalid("Bitte geben Sie E-Mail-Adresse und Passwort ein.");
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, (input.address ?? "unbekannt").slice(0, 100));
  await assertNotBlocked(keys.map((entry) => entry.key));

  const user = await systemDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, passwordHash: true, active: true, organizationId: true },
  });
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !user.active || !passwordMatches) {
    for (const entry of keys) await recordFailure(entry.key, entry.max);
    throw invalid("E-Mail-Adresse oder Passwort ist nicht richtig.");
  }
  await systemDb().$transaction([
    systemDb().loginThrottle.deleteMany({ where: { key: keys[0].key } }),
    systemDb().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
    systemDb().auditEvent.create({
      data: { organizationId: user.organizationId, actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id },
    }),
  ]);
  return { id: user.id, email: user.email, name: user.displayName };
}
