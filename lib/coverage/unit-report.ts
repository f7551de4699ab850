import "server-only";
/**
 * "Wissensbilanz" of one unit: coverage, maturity distribution, open gaps and the
 * trend – tasks, not people. For HR and the unit's lead.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { cockpitScope } from "../auth/policy";
import { notFound } from "../errors";
import { loadTaskCoverage } from "./load-coverage";
import { exitTimeline, isCovered, unitOverview } from "./cockpit-summary";
import { coverageTrend } from "./snapshots";
import { knowledgeSignals } from "./signals";

export async function unitReport(viewer: Viewer, unitId: unknown, now: Date = new Date()) {
  const id = z.uuid().safeParse(unitId);
  const scope = cockpitScope(viewer);
  if (!id.success || !scope || (scope.kind === "units" && !scope.unitIds.includes(id.data))) throw notFound("Die Organisationseinheit");
  const unit = await db().orgUnit.findFirst({
    where: { id: id.data, organizationId: viewer.organizationId },
    select: { id: true, name: true },
  });
  if (!unit) throw notFound("Die Organisationseinheit");
  const [all, trend, signals] = await Promise.all([
    loadTaskCoverage(viewer, now),
    coverageTrend(viewer, 6, now),
    knowledgeSignals(viewer, now),
  ]);
  const rows = all.filter((row) => row.unitId === unit.id);
  return {
    unit,
    overview: unitOverview(rows)[0] ?? null,
    timeline: exitTimeline(rows)[0] ?? null,
    gaps: rows.filter((row) => !isCovered(row) || row.singleKnower).sort((a, b) => b.risk - a.risk),
    trend: { months: trend.months, rows: trend.rows.filter((row) => row.unitId === unit.id) },
    reportedGaps: signals.gapsByUnit.get(unit.id) ?? 0,
  };
}
