import "server-only";
/**
 * The coverage rules of coverage-rules.ts, computed in PostgreSQL: maturity,
 * coverage, single-knower, exit factor and risk per task, and the cockpit's
 * summaries over them in one statement. Loading ~36,000 rows through Prisma to
 * apply the rules in TypeScript took 7× the time of the same computation in SQL
 * (docs/performance.md, W4). The TypeScript rules stay the reference:
 * tests/integration/coverage-sql.test.ts checks that both give the same figures
 * per task, on the demo and on a generated organization of the W4 kind.
 *
 * Calendar arithmetic as in lib/dates.ts: timestamps are stored as UTC without
 * zone, months are added on the Berlin calendar (PostgreSQL clamps to the end of
 * a shorter month, as date-fns does), and the months to an exit count calendar
 * months from the current Berlin month.
 */
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { cockpitScope } from "../auth/policy";
import { notFound } from "../errors";
import { monthOf } from "../dates";
import { missingOf, type Maturity } from "./coverage-rules";
import type { TaskCoverageRow } from "./load-coverage";
import { HORIZONS, type HorizonKey, type RiskFilter, type TimelineRow, type UnitOverviewRow } from "./cockpit-summary";

/** Which tasks: one organization, optionally only some units (a lead's cockpit). */
export interface CoverageScope {
  organizationId: string;
  unitIds: string[] | null;
}

export function coverageScopeOf(viewer: Viewer): CoverageScope {
  const scope = cockpitScope(viewer);
  if (!scope) throw notFound("Das Cockpit");
  return { organizationId: viewer.organizationId, unitIds: scope.kind === "organization" ? null : scope.unitIds };
}

/** Calendar month index (year × 12 + month − 1) of the current Berlin month. */
function monthIndex(now: Date): number {
  const month = monthOf(now);
  return month.getUTCFullYear() * 12 + month.getUTCMonth();
}

/**
 * `WITH … per_task AS (…)`: one row per task in scope with every figure the rules
 * produce. The caller appends the SELECT over per_task.
 */
function perTaskCte(scope: CoverageScope, now: Date): Prisma.Sql {
  const organizationId = scope.organizationId;
  const unitFilter = scope.unitIds ? Prisma.sql`AND t."orgUnitId" = ANY(${scope.unitIds}::uuid[])` : Prisma.empty;
  // "now" as the stored timestamps are: UTC wall time without zone.
  const nowUtc = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const nowInstant = Prisma.sql`${now.toISOString()}::timestamptz`;
  // Each input table is read once with the organization filter (as the hand-written baseline
  // does); only `owners` is shared. The unit filter of a lead's cockpit applies to the tasks.
  return Prisma.sql`
    WITH people AS (
      -- one pass over the assignments; (taskId, personId) is unique, so the people who know
      -- a task are simply its assignments
      SELECT ta."taskId",
             count(*) AS knowers,
             count(*) FILTER (WHERE ta.role = 'OWNER') AS owners,
             min(pe."plannedExitMonth") FILTER (WHERE ta.role = 'OWNER') AS exit,
             count(*) FILTER (WHERE ta.role = 'DEPUTY') AS deputies,
             bool_or(pe."plannedExitMonth" IS NULL) FILTER (WHERE ta.role = 'DEPUTY') AS deputy_stays,
             max(pe."plannedExitMonth") FILTER (WHERE ta.role = 'DEPUTY') AS deputy_last_exit
      FROM "TaskAssignment" ta JOIN "Person" pe ON pe.id = ta."personId"
      WHERE ta."organizationId" = ${organizationId}::uuid
      GROUP BY ta."taskId"
    ), docs AS (
      SELECT at."taskId", count(*) AS n,
             bool_or(a.status = 'PUBLISHED' AND a."nextReviewAt" > ${nowUtc}) AS documented,
             bool_or(a.status = 'PUBLISHED' AND a."nextReviewAt" > ${nowUtc} AND a."lastVerifiedAt" IS NOT NULL
                     AND (((a."lastVerifiedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin'
                           + make_interval(months => a."reviewIntervalMonths")) AT TIME ZONE 'Europe/Berlin') > ${nowInstant}) AS verified
      FROM "ArticleTask" at JOIN "Article" a ON a.id = at."articleId"
      WHERE a."organizationId" = ${organizationId}::uuid
      GROUP BY at."taskId"
    ), practiced AS (
      -- someone other than the owners did the task with the article
      SELECT DISTINCT tp."taskId" FROM "TaskPractice" tp
      WHERE tp."organizationId" = ${organizationId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "TaskAssignment" o WHERE o."taskId" = tp."taskId" AND o."personId" = tp."personId" AND o.role = 'OWNER')
    ), per_task AS MATERIALIZED (
      -- risk = x / 20 rounded to one decimal, half up; in tenths that is (x + 1) / 2 in integers
      SELECT g.*,
             (g."exitFactor" * least(5, greatest(1, g.criticality)) * (5 - g.maturity)
              * CASE WHEN g."hasSuitableDeputy" THEN 3 ELSE 4 END + 1) / 2 AS "riskTenths"
      FROM (
        SELECT f.*,
               CASE WHEN f."provenByDeputy" THEN 4 WHEN f.verified THEN 3 WHEN f.documented THEN 2 WHEN f."articleCount" > 0 THEN 1 ELSE 0 END AS maturity,
               CASE WHEN f."monthsToExit" IS NULL THEN 1 WHEN f."monthsToExit" <= 12 THEN 5 WHEN f."monthsToExit" <= 24 THEN 4
                    WHEN f."monthsToExit" <= 36 THEN 3 ELSE 2 END AS "exitFactor"
        FROM (
          SELECT t.id, t.title, t.criticality, t."orgUnitId",
                 coalesce(o.owners, 0)::int AS "ownerCount",
                 coalesce(o.deputies, 0)::int AS "deputyCount",
                 coalesce(d.n, 0)::int AS "articleCount",
                 coalesce(d.documented, false) AS documented,
                 coalesce(d.verified, false) AS verified,
                 -- a deputy who stays, or leaves later than the earliest leaving owner
                 coalesce(o.deputy_stays OR (o.exit IS NOT NULL AND o.deputy_last_exit > o.exit), false) AS "hasSuitableDeputy",
                 coalesce(d.verified, false) AND pr."taskId" IS NOT NULL AS "provenByDeputy",
                 (coalesce(o.knowers, 0) <= 1 OR (o.deputies = 1 AND NOT o.deputy_stays)) AS "singleKnower",
                 CASE WHEN o.exit IS NULL THEN NULL
                      ELSE (extract(year FROM o.exit)::int * 12 + extract(month FROM o.exit)::int - 1) - ${monthIndex(now)}::int END AS "monthsToExit"
          FROM "Task" t
          LEFT JOIN people o ON o."taskId" = t.id
          LEFT JOIN docs d ON d."taskId" = t.id
          LEFT JOIN practiced pr ON pr."taskId" = t.id
          WHERE t."organizationId" = ${organizationId}::uuid ${unitFilter}
        ) f
      ) g
    )`;
}

/** The columns of a per-task row, as JSON (one value per row keeps the driver's work small). */
const TASK_JSON = Prisma.sql`json_build_object(
  'id', r.id, 'title', r.title, 'criticality', r.criticality, 'frequency', t.frequency, 'unitId', r."orgUnitId", 'unitName', u.name,
  'positionTitle', p.title, 'articleCount', r."articleCount", 'ownerCount', r."ownerCount", 'deputyCount', r."deputyCount",
  'documented', r.documented, 'verified', r.verified, 'hasSuitableDeputy', r."hasSuitableDeputy", 'provenByDeputy', r."provenByDeputy",
  'maturity', r.maturity, 'singleKnower', r."singleKnower", 'monthsToExit', r."monthsToExit", 'exitFactor', r."exitFactor",
  'risk', r."riskTenths" / 10.0)`;

/** Task, unit and position names for the per-task rows \`r\` that become JSON. */
const TASK_JSON_JOINS = Prisma.sql`JOIN "Task" t ON t.id = r.id JOIN "OrgUnit" u ON u.id = r."orgUnitId" LEFT JOIN "Position" p ON p.id = t."positionId"`;

interface TaskJson extends Omit<TaskCoverageRow, "missing" | "maturity" | "exitFactor"> {
  maturity: number;
  exitFactor: number;
  ownerCount: number;
  deputyCount: number;
}

function toCoverageRow(task: TaskJson): TaskCoverageRow {
  const { ownerCount, deputyCount, ...row } = task;
  const maturity = row.maturity as Maturity;
  return {
    ...row,
    maturity,
    exitFactor: row.exitFactor as TaskCoverageRow["exitFactor"],
    missing: missingOf({ ...row, maturity, ownerCount, deputyCount }),
  };
}

/** Coverage of every task in scope, by title; the same rows loadCoverageRows computes in TypeScript. */
export async function coverageRowsInSql(scope: CoverageScope, now: Date = new Date()): Promise<TaskCoverageRow[]> {
  const rows = await db().$queryRaw<{ task: TaskJson }[]>`${perTaskCte(scope, now)}
    SELECT ${TASK_JSON} AS task FROM per_task r ${TASK_JSON_JOINS} ORDER BY r.title, r.id`;
  return rows.map((row) => toCoverageRow(row.task));
}

export interface CockpitFigures {
  units: (UnitOverviewRow & { riskSum: number })[];
  timeline: TimelineRow[];
  /** Tasks matching the filter, highest risk first, at most `limit`. */
  atRisk: TaskCoverageRow[];
  /** How many tasks match the filter in all. */
  atRiskCount: number;
}

const byName = <T extends { unitName: string }>(a: T, b: T) => a.unitName.localeCompare(b.unitName, "de");

/**
 * Everything the cockpit page shows about tasks, in one statement: maturity per
 * unit, planned exits per unit and horizon, and the filtered risk list (same
 * order as tasksAtRisk: risk, then criticality, then title).
 */
/** The cockpit's statement (exported for EXPLAIN in benchmarks and tests). */
export function cockpitStatement(scope: CoverageScope, filter: RiskFilter, limit: number, now: Date): Prisma.Sql {
  const horizon = HORIZONS.find((candidate) => candidate.key === filter.horizont);
  const conditions = [
    filter.einheit ? Prisma.sql`"orgUnitId" = ${filter.einheit}::uuid` : null,
    horizon ? Prisma.sql`"monthsToExit" <= ${horizon.to}::int` : null,
    filter.kritikalitaet !== undefined ? Prisma.sql`criticality >= ${filter.kritikalitaet}::int` : null,
    filter.reifegrad !== undefined ? Prisma.sql`maturity <= ${filter.reifegrad}::int` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const horizonCase = Prisma.sql`CASE ${Prisma.join(
    HORIZONS.map((entry) => Prisma.sql`WHEN "monthsToExit" BETWEEN ${entry.from}::int AND ${entry.to}::int THEN ${entry.key}`),
    " ",
  )} END`;
  return Prisma.sql`${perTaskCte(scope, now)}
    SELECT
      (SELECT json_agg(u) FROM (
         SELECT "orgUnitId" AS "unitId", (SELECT name FROM "OrgUnit" WHERE id = "orgUnitId") AS "unitName", count(*)::int AS tasks,
                json_build_array(count(*) FILTER (WHERE maturity = 0), count(*) FILTER (WHERE maturity = 1), count(*) FILTER (WHERE maturity = 2),
                                 count(*) FILTER (WHERE maturity = 3), count(*) FILTER (WHERE maturity = 4)) AS m,
                count(*) FILTER (WHERE "singleKnower")::int AS "singleKnower",
                count(*) FILTER (WHERE maturity >= 2 AND "hasSuitableDeputy")::int AS covered,
                sum("riskTenths") / 10.0 AS "riskSum"
         FROM per_task GROUP BY "orgUnitId") u) AS units,
      (SELECT json_agg(h) FROM (
         SELECT "orgUnitId" AS "unitId", (SELECT name FROM "OrgUnit" WHERE id = "orgUnitId") AS "unitName", ${horizonCase} AS horizon, count(*)::int AS tasks,
                count(*) FILTER (WHERE maturity >= 2 AND "hasSuitableDeputy")::int AS covered
         FROM per_task WHERE ${horizonCase} IS NOT NULL GROUP BY "orgUnitId", 3) h) AS timeline,
      -- sort and cut first, then build JSON for the rows kept (not for every task)
      (SELECT json_agg(${TASK_JSON} ORDER BY r."riskTenths" DESC, r.criticality DESC, r.title, r.id) FROM (
         SELECT * FROM per_task ${where}
         ORDER BY "riskTenths" DESC, criticality DESC, title, id LIMIT ${limit}::int) r ${TASK_JSON_JOINS}) AS "atRisk",
      (SELECT count(*)::int FROM per_task ${where}) AS "atRiskCount"`;
}

export async function cockpitFigures(viewer: Viewer, filter: RiskFilter, limit: number, now: Date = new Date()): Promise<CockpitFigures> {
  const [result] = await db().$queryRaw<
    {
      units:
        { unitId: string; unitName: string; tasks: number; m: number[]; singleKnower: number; covered: number; riskSum: number }[] | null;
      timeline: { unitId: string; unitName: string; horizon: HorizonKey; tasks: number; covered: number }[] | null;
      atRisk: TaskJson[] | null;
      atRiskCount: number;
    }[]
  >(cockpitStatement(coverageScopeOf(viewer), filter, limit, now));
  const timeline = new Map<string, TimelineRow>();
  for (const entry of result.timeline ?? []) {
    const row = timeline.get(entry.unitId) ?? {
      unitId: entry.unitId,
      unitName: entry.unitName,
      buckets: { "12": { tasks: 0, covered: 0 }, "24": { tasks: 0, covered: 0 }, "36": { tasks: 0, covered: 0 } },
    };
    row.buckets[entry.horizon] = { tasks: entry.tasks, covered: entry.covered };
    timeline.set(entry.unitId, row);
  }
  return {
    units: (result.units ?? [])
      .map(({ m, ...unit }) => ({ ...unit, maturity: { 0: m[0], 1: m[1], 2: m[2], 3: m[3], 4: m[4] } }))
      .sort(byName),
    timeline: [...timeline.values()].sort(byName),
    atRisk: (result.atRisk ?? []).map(toCoverageRow),
    atRiskCount: result.atRiskCount,
  };
}

/**
 * Per Verbund catalogue entry: the best maturity among the tasks in scope
 * mapped to it, and how many such tasks there are. For the Verbund's
 * contribution (a whole organization) and the "Sie" figure of its page.
 */
export async function maturityByCatalogueEntry(
  scope: CoverageScope,
  now: Date = new Date(),
): Promise<Map<string, { maturity: Maturity; tasks: number }>> {
  const rows = await db().$queryRaw<{ catalogTaskId: string; maturity: number; tasks: number }[]>`${perTaskCte(scope, now)}
    SELECT t."catalogTaskId"::text AS "catalogTaskId", max(r.maturity)::int AS maturity, count(*)::int AS tasks
    FROM per_task r JOIN "Task" t ON t.id = r.id
    WHERE t."catalogTaskId" IS NOT NULL
    GROUP BY t."catalogTaskId"`;
  return new Map(rows.map((row) => [row.catalogTaskId, { maturity: row.maturity as Maturity, tasks: row.tasks }]));
}
