import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { cockpitScope } from "../auth/policy";
import { subDays } from "../dates";

/**
 * Signals for the cockpit: open reported knowledge gaps per unit (in the viewer's
 * scope) and, for HR, how many different searches found nothing in the last 90 days.
 */
export async function knowledgeSignals(viewer: Viewer, now: Date = new Date()) {
  const scope = cockpitScope(viewer);
  if (!scope) return { gapsByUnit: new Map<string, number>(), unassignedGaps: 0, zeroResultQueries: null };
  const gaps = await db().knowledgeGapReport.groupBy({
    by: ["orgUnitId"],
    where: {
      organizationId: viewer.organizationId,
      status: "OPEN",
      ...(scope.kind === "units" ? { orgUnitId: { in: scope.unitIds } } : {}),
    },
    _count: { _all: true },
  });
  const zeroResultQueries =
    scope.kind === "organization"
      ? await db().zeroResultQuery.count({ where: { organizationId: viewer.organizationId, lastSeenAt: { gte: subDays(now, 90) } } })
      : null;
  return {
    gapsByUnit: new Map(gaps.filter((gap) => gap.orgUnitId).map((gap) => [gap.orgUnitId!, gap._count._all])),
    unassignedGaps: gaps.find((gap) => gap.orgUnitId === null)?._count._all ?? 0,
    zeroResultQueries,
  };
}
