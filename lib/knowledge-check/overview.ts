import "server-only";
/**
 * The Wissens-Check overview: the units in the viewer's scope with their
 * latest check, and the roll-up to the municipality (or a lead's units):
 * per target field the average level of the units' latest completed checks,
 * and the plan's measures by year and status.
 */
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canSeeKnowledgeChecks, cockpitScope } from "../auth/policy";
import { notFound } from "../errors";
import { TARGET_FIELDS } from "./target-fields";

export async function knowledgeCheckOverview(viewer: Viewer) {
  if (!canSeeKnowledgeChecks(viewer)) throw notFound("Der Wissens-Check");
  const scope = cockpitScope(viewer)!;
  const organizationId = viewer.organizationId;
  const unitFilter = scope.kind === "organization" ? {} : { id: { in: scope.unitIds } };
  const units = await db().orgUnit.findMany({
    where: { organizationId, ...unitFilter },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const checks = await db().knowledgeCheck.findMany({
    where: { organizationId, orgUnitId: { in: units.map((unit) => unit.id) } },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      orgUnitId: true,
      status: true,
      completedAt: true,
      ratings: true,
      measures: { select: { targetQuarter: true, status: true } },
    },
  });
  const latestCompleted = new Map<string, (typeof checks)[number]>();
  const open = new Map<string, string>();
  for (const check of checks) {
    if (check.status === "DRAFT" && !open.has(check.orgUnitId)) open.set(check.orgUnitId, check.id);
    if (check.status === "COMPLETED" && !latestCompleted.has(check.orgUnitId)) latestCompleted.set(check.orgUnitId, check);
  }
  const completed = [...latestCompleted.values()];
  const levelOf = (ratings: unknown, key: string): number | null => {
    const value = (ratings as Record<string, { level?: unknown }>)?.[key]?.level;
    return typeof value === "number" ? value : null;
  };
  const rollup = TARGET_FIELDS.map((field) => {
    const levels = completed.map((check) => levelOf(check.ratings, field.key)).filter((level): level is number => level !== null);
    return {
      key: field.key,
      title: field.title,
      units: levels.length,
      average: levels.length > 0 ? Math.round((levels.reduce((sum, level) => sum + level, 0) / levels.length) * 10) / 10 : null,
      gaps: levels.filter((level) => level <= 1).length,
    };
  });
  const measuresByYear = new Map<string, { open: number; inProgress: number; done: number }>();
  for (const check of completed) {
    for (const measure of check.measures) {
      const year = measure.targetQuarter.slice(0, 4);
      const counts = measuresByYear.get(year) ?? { open: 0, inProgress: 0, done: 0 };
      if (measure.status === "OPEN") counts.open++;
      else if (measure.status === "IN_PROGRESS") counts.inProgress++;
      else counts.done++;
      measuresByYear.set(year, counts);
    }
  }
  return {
    scope: scope.kind,
    units: units.map((unit) => {
      const latest = latestCompleted.get(unit.id);
      return {
        id: unit.id,
        name: unit.name,
        openCheckId: open.get(unit.id) ?? null,
        latestCheck: latest ? { id: latest.id, completedAt: latest.completedAt! } : null,
      };
    }),
    rollup,
    completedUnits: completed.length,
    measuresByYear: [...measuresByYear.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, counts]) => ({ year, ...counts })),
  };
}
