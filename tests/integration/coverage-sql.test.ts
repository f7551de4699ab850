/**
 * The cockpit computes coverage in PostgreSQL (lib/coverage/coverage-sql.ts);
 * the rules in TypeScript (coverage-rules.ts, via loadCoverageRows) are the
 * reference. Both must give the same figures for every task – on the demo
 * municipality and on a generated organization of the W4 benchmark's kind –
 * at several points in time, including a month boundary in Berlin that is
 * still the previous month in UTC.
 *
 * Runs in a database of its own (the demo is seeded only into an empty one),
 * with a search index prefix of its own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { emptyDatabase } from "./helpers/empty-database";
import type { Viewer } from "@/lib/auth/viewer";
import type * as DbClient from "@/lib/db/client";
import type * as LoadViewer from "@/lib/auth/load-viewer";
import type * as LoadCoverage from "@/lib/coverage/load-coverage";
import type * as CoverageSql from "@/lib/coverage/coverage-sql";
import type * as CockpitSummary from "@/lib/coverage/cockpit-summary";
import type * as Policy from "@/lib/auth/policy";

const root = path.resolve(import.meta.dirname, "..", "..");

type Modules = {
  systemDb: typeof DbClient.systemDb;
  loadViewer: typeof LoadViewer.loadViewer;
  loadCoverageRows: typeof LoadCoverage.loadCoverageRows;
  loadTaskCoverage: typeof LoadCoverage.loadTaskCoverage;
  coverageRowsInSql: typeof CoverageSql.coverageRowsInSql;
  cockpitFigures: typeof CoverageSql.cockpitFigures;
  cockpitTasksWhere: typeof Policy.cockpitTasksWhere;
  summary: typeof CockpitSummary;
};
let m: Modules;

beforeAll(async () => {
  const url = await emptyDatabase("coverage_sql");
  const { applyMigrations } = await import("@/lib/db/migrate");
  await applyMigrations(url, { migrationsDir: path.join(root, "prisma", "migrations") });
  process.env.DATABASE_URL = url;
  process.env.MEILI_INDEX_PREFIX = `covsql${randomUUID().slice(0, 8)}`;
  const { seedDemoIfEmpty } = await import("@/lib/demo/seed-demo");
  expect(await seedDemoIfEmpty()).toBe(true);
  m = {
    systemDb: (await import("@/lib/db/client")).systemDb,
    loadViewer: (await import("@/lib/auth/load-viewer")).loadViewer,
    ...(await import("@/lib/coverage/load-coverage")),
    ...(await import("@/lib/coverage/coverage-sql")),
    cockpitTasksWhere: (await import("@/lib/auth/policy")).cockpitTasksWhere,
    summary: await import("@/lib/coverage/cockpit-summary"),
  };
}, 180_000);

const MOMENTS = [
  new Date(),
  new Date("2026-12-06T12:00:00Z"),
  // 1 January 2027, 00:30 in Berlin – still 31 December in UTC.
  new Date("2026-12-31T23:30:00Z"),
  new Date("2027-07-01T08:00:00Z"),
];

/** Compares the SQL rows with the TypeScript reference, task by task, for one organization and moment. */
async function expectSameRows(organizationId: string, now: Date) {
  const reference = await m.loadCoverageRows({ organizationId }, now);
  const inSql = await m.coverageRowsInSql({ organizationId, unitIds: null }, now);
  expect(inSql.length).toBe(reference.length);
  const byId = new Map(inSql.map((row) => [row.id, row]));
  const differences = reference.filter((row) => JSON.stringify(sortKeys(byId.get(row.id))) !== JSON.stringify(sortKeys(row)));
  expect(
    differences.slice(0, 3).map((row) => ({ reference: row, sql: byId.get(row.id) })),
    `${differences.length} von ${reference.length} Aufgaben weichen ab (${now.toISOString()})`,
  ).toEqual([]);
  return reference;
}

function sortKeys(row: object | undefined) {
  return row && Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
}

/** The cockpit's summaries from the SQL statement against the TypeScript summaries of the reference rows. */
async function expectSameCockpit(viewer: Viewer, now: Date) {
  // The reference selects the scope with the policy's Prisma filter, the SQL form with its own.
  const reference = await m.loadCoverageRows(m.cockpitTasksWhere(viewer), now);
  const filters = [{}, { horizont: "24" as const }, { kritikalitaet: 4, reifegrad: 2 }, { einheit: reference[0]?.unitId }];
  for (const filter of filters) {
    const figures = await m.cockpitFigures(viewer, filter, 50, now);
    const withoutRiskSum = figures.units.map((unit) => {
      const copy: Partial<typeof unit> = { ...unit };
      delete copy.riskSum;
      return copy;
    });
    expect(withoutRiskSum).toEqual(m.summary.unitOverview(reference));
    expect(figures.timeline).toEqual(m.summary.exitTimeline(reference));
    const atRisk = m.summary.tasksAtRisk(reference, filter);
    expect(figures.atRiskCount).toBe(atRisk.length);
    // Same risk order; rows with equal risk, criticality and title may come in either order.
    expect(figures.atRisk.map((row) => [row.risk, row.criticality, row.title])).toEqual(
      atRisk.slice(0, 50).map((row) => [row.risk, row.criticality, row.title]),
    );
    const riskByUnit = new Map<string, number>();
    for (const row of reference) riskByUnit.set(row.unitId, (riskByUnit.get(row.unitId) ?? 0) + row.risk);
    for (const unit of figures.units) expect(unit.riskSum).toBeCloseTo(riskByUnit.get(unit.unitId) ?? 0, 6);
  }
}

describe("Cockpit in SQL gegen die Regeln in TypeScript", () => {
  it("gibt auf der Demo-Kommune für jede Aufgabe dieselben Zahlen, zu mehreren Zeitpunkten", async () => {
    const organization = await m.systemDb().organization.findUniqueOrThrow({ where: { slug: "musterhausen" } });
    for (const now of MOMENTS) {
      const rows = await expectSameRows(organization.id, now);
      expect(rows.length).toBeGreaterThanOrEqual(50);
      // The demo covers every maturity level and both kinds of exit, so the comparison is not vacuous.
      expect(new Set(rows.map((row) => row.maturity)).size).toBeGreaterThanOrEqual(3);
      expect(rows.some((row) => row.monthsToExit !== null)).toBe(true);
    }
    for (const email of ["personalamt@musterhausen.example", "leitung.buergeramt@musterhausen.example"]) {
      const user = await m.systemDb().user.findUniqueOrThrow({ where: { email } });
      for (const now of MOMENTS.slice(0, 2)) await expectSameCockpit((await m.loadViewer(user.id))!, now);
    }
  });

  it("gibt auf einer erzeugten Verwaltung (Art W4) für jede Aufgabe dieselben Zahlen; die Leitung sieht nur ihre Einheiten", async () => {
    const { loadW4Organization } = await import("../../scripts/bench/w4-cockpit");
    const organization = await loadW4Organization("Testpasswort-Cockpit-2026", () => {}, {
      people: 300,
      tasks: 1_500,
      units: 12,
      positions: 120,
      articles: 900,
    });
    for (const now of MOMENTS) {
      const rows = await expectSameRows(organization.id, now);
      expect(rows).toHaveLength(1_500);
      expect(new Set(rows.map((row) => row.maturity))).toEqual(new Set([0, 1, 2, 3, 4]));
      expect(new Set(rows.map((row) => row.exitFactor))).toEqual(new Set([1, 2, 3, 4, 5]));
    }
    await expectSameCockpit(organization.hr, MOMENTS[0]);

    const units = await m.systemDb().orgUnit.findMany({ where: { organizationId: organization.id }, orderBy: { name: "asc" }, take: 2 });
    const lead = await m.systemDb().user.create({
      data: {
        organizationId: organization.id,
        email: `leitung-${randomUUID().slice(0, 6)}@test.example`,
        displayName: "Leitung",
        role: "LEAD",
        unitScopes: { create: units.map((unit) => ({ orgUnitId: unit.id })) },
      },
    });
    const leadViewer = (await m.loadViewer(lead.id))!;
    const seen = await m.loadTaskCoverage(leadViewer, MOMENTS[0]);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((row) => row.unitId))).toEqual(new Set(units.map((unit) => unit.id)));
    await expectSameCockpit(leadViewer, MOMENTS[0]);
  });

  it("gibt Rollen ohne Cockpit nichts", async () => {
    const user = await m.systemDb().user.findUniqueOrThrow({ where: { email: "lesen@musterhausen.example" } });
    const reader = (await m.loadViewer(user.id))!;
    await expect(m.cockpitFigures(reader, {}, 10)).rejects.toThrow(/nicht gefunden|gibt es nicht/i);
    await expect(m.loadTaskCoverage(reader)).rejects.toThrow(/nicht gefunden|gibt es nicht/i);
  });
});
