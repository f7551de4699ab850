import "server-only";
/**
 * Monthly coverage snapshots per unit, for the trend in the cockpit. The job
 * writes the current month's figures (again and again during the month, so the
 * month ends with its last state); earlier months are never changed.
 */
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { cockpitScope } from "../auth/policy";
import { coverageRowsInSql } from "./coverage-sql";
import { unitOverview } from "./cockpit-summary";
import { monthOf, shiftMonth } from "../dates";

/** Records this month's figures for every unit of every organization (or of one). */
export async function recordCoverageSnapshots(options: { now?: Date; organizationId?: string } = {}): Promise<{ units: number }> {
  const now = options.now ?? new Date();
  const month = monthOf(now);
  const organizations = await db().organization.findMany({
    where: options.organizationId ? { id: options.organizationId } : {},
    select: { id: true },
  });
  let units = 0;
  for (const { id: organizationId } of organizations) {
    const overview = unitOverview(await coverageRowsInSql({ organizationId, unitIds: null }, now));
    await db().$transaction(
      overview.map((unit) => {
        const figures = {
          tasks: unit.tasks,
          singleKnower: unit.singleKnower,
          maturity0: unit.maturity[0],
          maturity1: unit.maturity[1],
          maturity2: unit.maturity[2],
          maturity3: unit.maturity[3],
          maturity4: unit.maturity[4],
        };
        return db().coverageSnapshot.upsert({
          where: { orgUnitId_month: { orgUnitId: unit.unitId, month }, organizationId },
          create: { organizationId, orgUnitId: unit.unitId, month, ...figures },
          update: figures,
        });
      }),
    );
    units += overview.length;
  }
  return { units };
}

export interface TrendRow {
  unitId: string;
  unitName: string;
  /** Share of documented tasks (maturity ≥ 2) per month, in percent; null when there was no snapshot. */
  documentedShare: (number | null)[];
}

/** The last `months` months (oldest first) of the units in the viewer's cockpit scope. */
export async function coverageTrend(viewer: Viewer, months = 6, now: Date = new Date()): Promise<{ months: Date[]; rows: TrendRow[] }> {
  const scope = cockpitScope(viewer);
  if (!scope) return { months: [], rows: [] };
  const current = monthOf(now);
  const monthList = Array.from({ length: months }, (_, index) => shiftMonth(current, index - (months - 1)));
  const snapshots = await db().coverageSnapshot.findMany({
    where: {
      organizationId: viewer.organizationId,
      month: { gte: monthList[0] },
      ...(scope.kind === "units" ? { orgUnitId: { in: scope.unitIds } } : {}),
    },
    select: {
      orgUnitId: true,
      month: true,
      tasks: true,
      maturity2: true,
      maturity3: true,
      maturity4: true,
      orgUnit: { select: { name: true } },
    },
  });
  const byUnit = new Map<string, TrendRow>();
  for (const snapshot of snapshots) {
    const row = byUnit.get(snapshot.orgUnitId) ?? {
      unitId: snapshot.orgUnitId,
      unitName: snapshot.orgUnit.name,
      documentedShare: monthList.map(() => null),
    };
    const index = monthList.findIndex((month) => month.getTime() === snapshot.month.getTime());
    if (index >= 0 && snapshot.tasks > 0) {
      row.documentedShare[index] = Math.round(((snapshot.maturity2 + snapshot.maturity3 + snapshot.maturity4) / snapshot.tasks) * 100);
    }
    byUnit.set(snapshot.orgUnitId, row);
  }
  return { months: monthList, rows: [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, "de")) };
}
