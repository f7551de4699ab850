import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewerForSession } from "@/lib/auth/load-viewer";
import { deleteEndedSessions, openSession, revokeSession, revokeSessionsOf } from "@/lib/auth/sessions";
import { getEnv } from "@/lib/env";
import { addHours, addMinutes } from "@/lib/dates";
import { createTestOrganization } from "./helpers/test-organization";

describe("Serverseitige Sitzungen", () => {
  it("eine offene Sitzung liefert die Person; abgemeldet, abgelaufen oder zu lange untätig liefert sie nichts", async () => {
    const org = await createTestOrganization();
    const userId = org.viewers.EDITOR.userId;
    const live = await openSession({ userId }, "10.0.0.1");
    expect(await loadViewerForSession(live)).toMatchObject({ userId, organizationId: org.id });

    await revokeSession(live);
    expect(await loadViewerForSession(live)).toBeNull();

    // Absolute lifetime: opened long ago, still active a minute ago – renewal does not extend it.
    const old = await openSession({ userId }, "10.0.0.1", addHours(new Date(), -(getEnv().SESSION_MAX_AGE_HOURS + 1)));
    await systemDb().authSession.update({ where: { id: old }, data: { lastSeenAt: addMinutes(new Date(), -1) } });
    expect(await loadViewerForSession(old)).toBeNull();

    const idle = await openSession({ userId }, "10.0.0.1");
    await systemDb().authSession.update({
      where: { id: idle },
      data: { lastSeenAt: addMinutes(new Date(), -(getEnv().SESSION_IDLE_MINUTES + 1)) },
    });
    expect(await loadViewerForSession(idle)).toBeNull();

    expect(await loadViewerForSession("00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("Passwortwechsel, Sperre und Rollenwechsel beenden alle Sitzungen der Person (auf Wunsch bis auf eine)", async () => {
    const org = await createTestOrganization();
    const userId = org.viewers.READER.userId;
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => openSession({ userId }, "10.0.0.2")));
    const other = await openSession({ userId: org.viewers.EDITOR.userId }, "10.0.0.2");
    expect(await revokeSessionsOf({ userId }, { except: third })).toBe(2);
    expect(await loadViewerForSession(first!)).toBeNull();
    expect(await loadViewerForSession(second!)).toBeNull();
    expect(await loadViewerForSession(third!)).not.toBeNull();
    expect(await loadViewerForSession(other)).not.toBeNull();
  });

  it("eine abgeschaltete Kommune hat keine gültigen Sitzungen mehr; alte Sitzungen werden aufgeräumt", async () => {
    const org = await createTestOrganization();
    const session = await openSession({ userId: org.viewers.ADMIN.userId }, "10.0.0.3");
    await systemDb().organization.update({ where: { id: org.id }, data: { active: false } });
    expect(await loadViewerForSession(session)).toBeNull();

    const ended = await openSession({ userId: org.viewers.ADMIN.userId }, "10.0.0.3", addHours(new Date(), -200));
    expect(await deleteEndedSessions()).toBeGreaterThanOrEqual(1);
    expect(await systemDb().authSession.findUnique({ where: { id: ended } })).toBeNull();
    expect(await systemDb().authSession.findUnique({ where: { id: session } })).not.toBeNull();
  });
});
