import "server-only";
/**
 * Server-side sessions. The cookie holds only the session id (inside next-auth's
 * encrypted token); every request checks the row, so logout, a password change,
 * a lock or a role change end a session at once, and a copied cookie is worth
 * nothing afterwards. A session ends at `expiresAt` (SESSION_MAX_AGE_HOURS after
 * sign-in; renewal never moves it) or after SESSION_IDLE_MINUTES without a request.
 */
import { systemDb } from "../db/client";
import { getEnv } from "../env";
import { addHours, addMinutes, subDays } from "../dates";

/** lastSeenAt is written at most this often per session, so reading pages does not mean writing rows. */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionSubject = { userId: string } | { operatorId: string };

export async function openSession(subject: SessionSubject, address: string, now = new Date()): Promise<string> {
  const env = getEnv();
  const session = await systemDb().authSession.create({
    data: {
      ...subject,
      address: address.slice(0, 100),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addHours(now, env.SESSION_MAX_AGE_HOURS),
    },
    select: { id: true },
  });
  return session.id;
}

interface SessionTimes {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** True while a session may be used; refreshes lastSeenAt now and then (not awaited by the page). */
export function sessionIsLive(session: SessionTimes, now = new Date()): boolean {
  if (session.revokedAt || session.expiresAt <= now) return false;
  if (addMinutes(session.lastSeenAt, getEnv().SESSION_IDLE_MINUTES) < now) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    void systemDb()
      .authSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } })
      .catch((error: unknown) => console.warn("Sitzung konnte nicht aktualisiert werden:", error instanceof Error ? error.message : error));
  }
  return true;
}

export const SESSION_TIMES_SELECT = { id: true, lastSeenAt: true, expiresAt: true, revokedAt: true } as const;

export async function revokeSession(sessionId: string): Promise<void> {
  await systemDb().authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every open session of one account (password change, lock, role change), optionally but one. */
export async function revokeSessionsOf(subject: SessionSubject, options: { except?: string } = {}): Promise<number> {
  const result = await systemDb().authSession.updateMany({
    where: { ...subject, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return result.count;
}

/** Removes sessions that ended more than a day ago (called by the hourly background job). */
export async function deleteEndedSessions(now = new Date()): Promise<number> {
  const dayAgo = subDays(now, 1);
  const result = await systemDb().authSession.deleteMany({
    where: { OR: [{ expiresAt: { lt: dayAgo } }, { revokedAt: { lt: dayAgo } }, { lastSeenAt: { lt: dayAgo } }] },
  });
  return result.count;
}
