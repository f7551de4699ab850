import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canSeeKnowledgeSignals } from "../auth/policy";
import { forbidden } from "../errors";

/** The form in which a query is counted: lower case, single spaces, at most 200 characters. */
export function zeroResultKey(query: string): string {
  return query.toLocaleLowerCase("de-DE").replace(/\s+/g, " ").trim().slice(0, 200);
}

/** Counts a search that found nothing. Only organization, query text and times are stored – no user. */
export async function recordZeroResultQuery(organizationId: string, query: string): Promise<void> {
  const key = zeroResultKey(query);
  if (key.length < 2) return;
  await db().$executeRaw`
    INSERT INTO "ZeroResultQuery" ("organizationId", query, count, "firstSeenAt", "lastSeenAt")
    VALUES (${organizationId}::uuid, ${key}, 1, now(), now())
    ON CONFLICT ("organizationId", query)
    DO UPDATE SET count = "ZeroResultQuery".count + 1, "lastSeenAt" = now()`;
}

export interface ZeroResultEntry {
  query: string;
  count: number;
  lastSeenAt: Date;
}

/** Most frequent searches without results of the viewer's organization (HR, admins, leads). */
export async function listZeroResultQueries(viewer: Viewer, limit = 50): Promise<ZeroResultEntry[]> {
  if (!canSeeKnowledgeSignals(viewer)) throw forbidden();
  return db().zeroResultQuery.findMany({
    where: { organizationId: viewer.organizationId },
    select: { query: true, count: true, lastSeenAt: true },
    orderBy: [{ count: "desc" }, { lastSeenAt: "desc" }],
    take: limit,
  });
}
