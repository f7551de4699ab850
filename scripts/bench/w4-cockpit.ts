/**
 * W4: the coverage cockpit for an organization of 2,000 people and 10,000 tasks
 * (or another size, --w4-tasks). Ours: the product's cockpit statement
 * (lib/coverage/coverage-sql.ts), and the /cockpit page over HTTP when a server
 * runs; the TypeScript rules over Prisma rows are timed as well (the path before
 * issue 19, still the tested reference) and compared task by task. Baseline: one hand-written
 * SQL query that computes the same per-unit figures in PostgreSQL. Both must
 * agree on the numbers (checked and reported).
 */
import { randomUUID } from "node:crypto";
import { systemDb } from "../../lib/db/client";
import { hashPassword } from "../../lib/auth/password";
import { loadViewer } from "../../lib/auth/load-viewer";
import type { Viewer } from "../../lib/auth/viewer";
import { loadCoverageRows } from "../../lib/coverage/load-coverage";
import { cockpitFigures, coverageRowsInSql } from "../../lib/coverage/coverage-sql";
import { exitTimeline, tasksAtRisk, unitOverview, type UnitOverviewRow } from "../../lib/coverage/cockpit-summary";
import { Prisma } from "../../lib/db/generated/client";
import { summarize, type LatencySummary } from "./stats";
import { pairedFigures, type PairedFigures } from "./paired";
import { addDays, subDays } from "../../lib/dates";

/** The organization's size; the default is the cockpit target's 10,000 tasks. */
export interface W4Size {
  people: number;
  tasks: number;
  units: number;
  positions: number;
  articles: number;
}
export const W4_DEFAULT_SIZE: W4Size = { people: 2_000, tasks: 10_000, units: 40, positions: 800, articles: 6_000 };

/** Deterministic pseudo-random numbers, so every run builds the same organization. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export interface W4Organization {
  id: string;
  hr: Viewer;
  hrEmail: string;
}

export async function loadW4Organization(
  password: string,
  log: (line: string) => void,
  size: W4Size = W4_DEFAULT_SIZE,
): Promise<W4Organization> {
  const { people: PEOPLE, tasks: TASKS, units: UNITS, positions: POSITIONS, articles: ARTICLES } = size;
  const next = random(42);
  const suffix = randomUUID().slice(0, 6);
  const org = await systemDb().organization.create({ data: { slug: `cockpit-bench-${suffix}`, name: "Cockpit-Benchmark" } });
  const organizationId = org.id;
  const unitIds = Array.from({ length: UNITS }, () => randomUUID());
  await systemDb().orgUnit.createMany({
    data: unitIds.map((id, index) => ({ id, organizationId, name: `Einheit ${String(index + 1).padStart(2, "0")}` })),
  });
  const positionIds = Array.from({ length: POSITIONS }, () => randomUUID());
  await systemDb().position.createMany({
    data: positionIds.map((id, index) => ({
      id,
      organizationId,
      orgUnitId: unitIds[index % UNITS],
      positionNumber: `S-${index}`,
      title: `Stelle ${index}`,
    })),
  });
  const now = new Date();
  const personIds = Array.from({ length: PEOPLE }, () => randomUUID());
  await systemDb().person.createMany({
    data: personIds.map((id, index) => {
      const leaving = next() < 0.25;
      const exit = leaving ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + Math.floor(next() * 48), 1)) : null;
      return {
        id,
        organizationId,
        personnelNumber: `P-${index}`,
        firstName: "Person",
        lastName: String(index),
        plannedExitMonth: exit,
        exitReason: exit ? ("RETIREMENT" as const) : null,
      };
    }),
  });
  const taskIds = Array.from({ length: TASKS }, () => randomUUID());
  await systemDb().task.createMany({
    data: taskIds.map((id, index) => ({
      id,
      organizationId,
      orgUnitId: unitIds[index % UNITS],
      positionId: positionIds[index % POSITIONS],
      taskNumber: `A-${index}`,
      title: `Aufgabe ${index}`,
      criticality: 1 + Math.floor(next() * 5),
      frequency: "MONTHLY" as const,
      systems: [],
    })),
  });
  const assignments: Prisma.TaskAssignmentCreateManyInput[] = [];
  taskIds.forEach((taskId, index) => {
    const people = new Set<number>();
    const owner = index % PEOPLE;
    people.add(owner);
    assignments.push({ organizationId, taskId, personId: personIds[owner], role: "OWNER", rank: 0 });
    const deputies = Math.floor(next() * 3);
    for (let rank = 1; rank <= deputies; rank++) {
      const deputy = Math.floor(next() * PEOPLE);
      if (people.has(deputy)) continue;
      people.add(deputy);
      assignments.push({ organizationId, taskId, personId: personIds[deputy], role: "DEPUTY", rank });
    }
  });
  for (let start = 0; start < assignments.length; start += 5000)
    await systemDb().taskAssignment.createMany({ data: assignments.slice(start, start + 5000) });
  const hash = await hashPassword(password);
  const author = await systemDb().user.create({
    data: { organizationId, email: `autor-${suffix}@bench.example`, displayName: "Autor", role: "EDITOR", passwordHash: hash },
  });
  const hrUser = await systemDb().user.create({
    data: { organizationId, email: `personal-${suffix}@bench.example`, displayName: "Personalamt", role: "HR", passwordHash: hash },
  });
  const statuses = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "IN_REVIEW"] as const;
  const articles: Prisma.ArticleCreateManyInput[] = [];
  const links: Prisma.ArticleTaskCreateManyInput[] = [];
  for (let index = 0; index < ARTICLES; index++) {
    const id = randomUUID();
    const reviewAt = addDays(now, Math.round(next() * 540 - 120));
    const verified = next() < 0.5 ? subDays(now, Math.round(next() * 400)) : null;
    articles.push({
      id,
      organizationId,
      title: `Artikel ${index}`,
      kind: "PROCEDURE",
      status: statuses[index % statuses.length],
      content: { type: "doc", content: [] },
      contentText: "",
      contentHtml: "",
      ownerId: author.id,
      createdById: author.id,
      nextReviewAt: reviewAt,
      lastVerifiedAt: verified,
    });
    links.push({ articleId: id, taskId: taskIds[Math.floor(next() * TASKS)] });
  }
  for (let start = 0; start < articles.length; start += 2000)
    await systemDb().article.createMany({ data: articles.slice(start, start + 2000) });
  await systemDb().articleTask.createMany({ data: links, skipDuplicates: true });
  const practices = assignments
    .filter((assignment) => assignment.role === "DEPUTY" && next() < 0.2)
    .map((assignment) => ({ organizationId, taskId: assignment.taskId, personId: assignment.personId }));
  await systemDb().taskPractice.createMany({ data: practices, skipDuplicates: true });
  // Fresh statistics, as autovacuum would have them in a running installation (without them PostgreSQL
  // estimates one row per table and picks nested loops: the SQL baseline took 3.6 s instead of ~0.1 s).
  await systemDb().$executeRawUnsafe("ANALYZE");
  log(
    `W4: ${UNITS} Einheiten, ${PEOPLE} Personen, ${TASKS} Aufgaben, ${assignments.length} Zuordnungen, ${ARTICLES} Artikel, ${practices.length} „selbst durchgeführt“`,
  );
  return { id: organizationId, hr: (await loadViewer(hrUser.id))!, hrEmail: hrUser.email };
}

interface UnitFigures {
  unitId: string;
  tasks: number;
  m0: number;
  m1: number;
  m2: number;
  m3: number;
  m4: number;
  covered: number;
  singleKnower: number;
  riskSum: number;
}

/** The baseline: the same per-unit figures in one hand-written SQL query. */
export function cockpitSql(organizationId: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH owners AS (
      SELECT ta."taskId", min(p."plannedExitMonth") AS exit, count(*) AS n
      FROM "TaskAssignment" ta JOIN "Person" p ON p.id = ta."personId"
      WHERE ta."organizationId" = ${organizationId}::uuid AND ta.role = 'OWNER' GROUP BY ta."taskId"
    ), deputies AS (
      SELECT ta."taskId", count(*) AS n,
             bool_or(p."plannedExitMonth" IS NULL OR (o.exit IS NOT NULL AND p."plannedExitMonth" > o.exit)) AS suitable,
             bool_or(tp."personId" IS NOT NULL) AS practiced,
             bool_and(p."plannedExitMonth" IS NOT NULL) AS all_leaving
      FROM "TaskAssignment" ta JOIN "Person" p ON p.id = ta."personId"
      LEFT JOIN owners o ON o."taskId" = ta."taskId"
      LEFT JOIN "TaskPractice" tp ON tp."taskId" = ta."taskId" AND tp."personId" = ta."personId"
      WHERE ta."organizationId" = ${organizationId}::uuid AND ta.role = 'DEPUTY' GROUP BY ta."taskId"
    ), knowers AS (
      SELECT "taskId", count(DISTINCT "personId") AS n FROM "TaskAssignment" WHERE "organizationId" = ${organizationId}::uuid GROUP BY "taskId"
    ), docs AS (
      SELECT at."taskId", count(*) AS n,
             bool_or(a.status = 'PUBLISHED' AND a."nextReviewAt" > ${now}) AS documented,
             bool_or(a.status = 'PUBLISHED' AND a."nextReviewAt" > ${now} AND a."lastVerifiedAt" IS NOT NULL
                     AND a."lastVerifiedAt" + make_interval(months => a."reviewIntervalMonths") > ${now}) AS verified
      FROM "ArticleTask" at JOIN "Article" a ON a.id = at."articleId"
      WHERE a."organizationId" = ${organizationId}::uuid GROUP BY at."taskId"
    ), per_task AS (
      SELECT t.id, t."orgUnitId", t.criticality,
             CASE WHEN coalesce(d.verified, false) AND coalesce(dp.practiced, false) THEN 4
                  WHEN coalesce(d.verified, false) THEN 3 WHEN coalesce(d.documented, false) THEN 2
                  WHEN coalesce(d.n, 0) > 0 THEN 1 ELSE 0 END AS maturity,
             coalesce(dp.suitable, false) AS suitable,
             (coalesce(k.n, 0) <= 1 OR (coalesce(dp.n, 0) = 1 AND dp.all_leaving)) AS single_knower,
             CASE WHEN o.exit IS NULL THEN 1 ELSE
               CASE WHEN ((extract(year FROM o.exit) - extract(year FROM ${now}::timestamp)) * 12 + extract(month FROM o.exit) - extract(month FROM ${now}::timestamp)) <= 12 THEN 5
                    WHEN ((extract(year FROM o.exit) - extract(year FROM ${now}::timestamp)) * 12 + extract(month FROM o.exit) - extract(month FROM ${now}::timestamp)) <= 24 THEN 4
                    WHEN ((extract(year FROM o.exit) - extract(year FROM ${now}::timestamp)) * 12 + extract(month FROM o.exit) - extract(month FROM ${now}::timestamp)) <= 36 THEN 3
                    ELSE 2 END END AS exit_factor
      FROM "Task" t
      LEFT JOIN owners o ON o."taskId" = t.id LEFT JOIN deputies dp ON dp."taskId" = t.id
      LEFT JOIN knowers k ON k."taskId" = t.id LEFT JOIN docs d ON d."taskId" = t.id
      WHERE t."organizationId" = ${organizationId}::uuid
    )
    SELECT "orgUnitId"::text AS "unitId", count(*) AS tasks,
           count(*) FILTER (WHERE maturity = 0) AS m0, count(*) FILTER (WHERE maturity = 1) AS m1, count(*) FILTER (WHERE maturity = 2) AS m2,
           count(*) FILTER (WHERE maturity = 3) AS m3, count(*) FILTER (WHERE maturity = 4) AS m4,
           count(*) FILTER (WHERE maturity >= 2 AND suitable) AS covered, count(*) FILTER (WHERE single_knower) AS "singleKnower",
           sum(round((exit_factor * criticality * (5 - maturity) * CASE WHEN suitable THEN 3 ELSE 4 END)::numeric / 20, 1)) AS "riskSum"
    FROM per_task GROUP BY "orgUnitId" ORDER BY "orgUnitId"`;
}

async function cockpitInSql(organizationId: string, now: Date): Promise<UnitFigures[]> {
  const rows = await systemDb().$queryRaw<
    {
      unitId: string;
      tasks: bigint;
      m0: bigint;
      m1: bigint;
      m2: bigint;
      m3: bigint;
      m4: bigint;
      covered: bigint;
      singleKnower: bigint;
      riskSum: Prisma.Decimal;
    }[]
  >(cockpitSql(organizationId, now));
  return rows.map((row) => ({
    unitId: row.unitId,
    tasks: Number(row.tasks),
    m0: Number(row.m0),
    m1: Number(row.m1),
    m2: Number(row.m2),
    m3: Number(row.m3),
    m4: Number(row.m4),
    covered: Number(row.covered),
    singleKnower: Number(row.singleKnower),
    riskSum: Math.round(Number(row.riskSum) * 10) / 10,
  }));
}

/** Overview rows as the baseline's per-unit figures, sorted by unit id like the SQL result. */
function asUnitFigures(units: { unit: UnitOverviewRow; riskSum: number }[]): UnitFigures[] {
  return units
    .map(({ unit, riskSum }) => ({
      unitId: unit.unitId,
      tasks: unit.tasks,
      m0: unit.maturity[0],
      m1: unit.maturity[1],
      m2: unit.maturity[2],
      m3: unit.maturity[3],
      m4: unit.maturity[4],
      covered: unit.covered,
      singleKnower: unit.singleKnower,
      riskSum: Math.round(riskSum * 10) / 10,
    }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
}

/** The product's cockpit (what /cockpit calls: one SQL statement), reduced to the per-unit figures. */
async function cockpitInProduct(hr: Viewer, now: Date): Promise<UnitFigures[]> {
  const figures = await cockpitFigures(hr, {}, 200, now);
  return asUnitFigures(figures.units.map((unit) => ({ unit, riskSum: unit.riskSum })));
}

/** The rules in TypeScript over rows loaded with Prisma (the reference; the cockpit's path before issue 19). */
async function cockpitInTypeScript(hr: Viewer, now: Date): Promise<UnitFigures[]> {
  const rows = await loadCoverageRows({ organizationId: hr.organizationId }, now);
  exitTimeline(rows);
  tasksAtRisk(rows, {});
  const riskByUnit = new Map<string, number>();
  for (const row of rows) riskByUnit.set(row.unitId, (riskByUnit.get(row.unitId) ?? 0) + row.risk);
  return asUnitFigures(unitOverview(rows).map((unit) => ({ unit, riskSum: riskByUnit.get(unit.unitId) ?? 0 })));
}

/** Per-task agreement of the SQL rules with the TypeScript rules (count of tasks that differ). */
async function taskDifferences(organizationId: string, now: Date): Promise<{ tasks: number; differing: number }> {
  const reference = await loadCoverageRows({ organizationId }, now);
  const inSql = new Map((await coverageRowsInSql({ organizationId, unitIds: null }, now)).map((row) => [row.id, row]));
  const key = (row: object | undefined) => JSON.stringify(row && Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
  return { tasks: reference.length, differing: reference.filter((row) => key(row) !== key(inSql.get(row.id))).length };
}

function compareUnits(ours: UnitFigures[], sql: UnitFigures[]): string[] {
  const differences: string[] = [];
  for (let index = 0; index < Math.max(ours.length, sql.length); index++) {
    const a = JSON.stringify(ours[index]);
    const b = JSON.stringify(sql[index]);
    if (a !== b) differences.push(`Produkt ${a} ≠ SQL ${b}`);
  }
  return differences;
}

export interface W4Result {
  /** The product's cockpit statement. */
  app: LatencySummary;
  sql: LatencySummary;
  /** The TypeScript rules over Prisma rows (reference, fewer rounds). */
  typescript: LatencySummary;
  page: LatencySummary | null;
  /** The page's first (cold) request, not counted in `page`. */
  firstPage: number | null;
  /** Per round: product time against SQL time of the same round. */
  paired: PairedFigures;
  sameFigures: boolean;
  differences: string[];
  tasks: number;
  /** Tasks whose per-task figures differ between SQL and TypeScript rules. */
  taskDifferences: { tasks: number; differing: number };
}

export async function runW4(
  organization: W4Organization,
  rounds: number,
  page: ((path: string) => Promise<number>) | null,
  log: (line: string) => void,
): Promise<W4Result> {
  const now = new Date();
  const appTimes: number[] = [];
  const sqlTimes: number[] = [];
  const pageTimes: number[] = [];
  const typescriptTimes: number[] = [];
  let app: UnitFigures[] = [];
  let sql: UnitFigures[] = [];
  // One warm-up each, then alternate so both see the same cache state.
  await cockpitInProduct(organization.hr, now);
  await cockpitInSql(organization.id, now);
  // The page's first request after the server start compiles and loads its modules; reported apart.
  const firstPage = page ? await page("/cockpit") : null;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    sql = await cockpitInSql(organization.id, now);
    sqlTimes.push(performance.now() - started);
    started = performance.now();
    app = await cockpitInProduct(organization.hr, now);
    appTimes.push(performance.now() - started);
    if (page) pageTimes.push(await page("/cockpit"));
  }
  const differences = compareUnits(app, sql);
  let typescript: UnitFigures[] = [];
  for (let round = 0; round < Math.min(rounds, 5); round++) {
    const started = performance.now();
    typescript = await cockpitInTypeScript(organization.hr, now);
    typescriptTimes.push(performance.now() - started);
  }
  differences.push(...compareUnits(typescript, sql).map((line) => `TypeScript-Regeln: ${line}`));
  const perTask = await taskDifferences(organization.id, now);
  log(
    `W4: ${rounds} Runden, Zahlen ${differences.length === 0 ? "gleich" : `VERSCHIEDEN (${differences.length} Einheiten)`}, ` +
      `je Aufgabe SQL = TypeScript: ${perTask.tasks - perTask.differing} von ${perTask.tasks}`,
  );
  return {
    app: summarize(appTimes),
    sql: summarize(sqlTimes),
    typescript: summarize(typescriptTimes),
    page: page ? summarize(pageTimes) : null,
    firstPage,
    paired: pairedFigures(appTimes.map((ms, round) => ({ baseline: sqlTimes[round], subject: ms, ratio: ms / sqlTimes[round] }))),
    sameFigures: differences.length === 0 && perTask.differing === 0,
    differences: differences.slice(0, 5),
    tasks: app.reduce((sum, unit) => sum + unit.tasks, 0),
    taskDifferences: perTask,
  };
}
