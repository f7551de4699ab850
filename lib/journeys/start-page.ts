import "server-only";
/**
 * The personal part of the start page: what matters to this person now, first
 * (a newcomer's onboarding, a deputyship running today, "Mein Wissen sichern"
 * before an exit, a lead's open gaps and reviews), and "Zuletzt geändert" with
 * articles of the person's own units first. Only the person's own data and what
 * their role may see anyway; nothing here is shown to anyone else.
 */
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { cockpitScope, readableArticlesWhere } from "../auth/policy";
import { loadTaskCoverage } from "../coverage/load-coverage";
import { isCovered } from "../coverage/cockpit-summary";
import { addDays, today } from "../dates";
import { DUE_SOON_DAYS } from "../knowledge/verification";
import { onboardingPath } from "./onboarding";
import { articleListSelect } from "../knowledge/list-articles";
import { orderStartFocus, type StartFocus } from "./start-focus";

/** Newcomers: people who joined within this many days see their onboarding first. */
const NEWCOMER_DAYS = 365;

/** The units a lead sees in the cockpit (none for everyone else, also not for HR's organization-wide view). */
function ledUnitIds(viewer: Viewer): string[] {
  const scope = cockpitScope(viewer);
  return scope?.kind === "units" ? scope.unitIds : [];
}

async function ownUnitIds(viewer: Viewer): Promise<string[]> {
  const positions = viewer.personId
    ? await db().personPosition.findMany({
        where: { personId: viewer.personId, person: { organizationId: viewer.organizationId } },
        select: { position: { select: { orgUnitId: true } } },
      })
    : [];
  return [...new Set([...positions.map((link) => link.position.orgUnitId), ...ledUnitIds(viewer)])];
}

async function leadFocus(viewer: Viewer, now: Date): Promise<Extract<StartFocus, { kind: "lead" }> | null> {
  const unitIds = ledUnitIds(viewer);
  if (unitIds.length === 0) return null;
  const [rows, dueReviews] = await Promise.all([
    loadTaskCoverage(viewer, now),
    db().article.count({
      where: {
        organizationId: viewer.organizationId,
        status: "PUBLISHED",
        nextReviewAt: { lt: addDays(now, DUE_SOON_DAYS) },
        units: { some: { orgUnitId: { in: unitIds } } },
      },
    }),
  ]);
  const led = rows.filter((row) => unitIds.includes(row.unitId));
  return { kind: "lead", openGaps: led.filter((row) => !isCovered(row)).length, tasks: led.length, dueReviews };
}

/**
 * What the person should see first, in order. `deputyships` and `leaving` come
 * from data the start page loads anyway (planned deputyships, "Mein Wissen sichern").
 */
export async function startFocus(
  viewer: Viewer,
  loaded: {
    deputyships: { absentName: string; startsOn: Date; endsOn: Date; viewQuery: string }[];
    leaving: { plannedExitMonth: Date | null; documented: number; total: number } | null;
  },
  now: Date = new Date(),
): Promise<StartFocus[]> {
  const person = viewer.personId
    ? await db().person.findFirst({ where: { id: viewer.personId, organizationId: viewer.organizationId }, select: { entryDate: true } })
    : null;
  const newcomer = person?.entryDate != null && person.entryDate >= addDays(today(now), -NEWCOMER_DAYS);
  const [path, lead] = await Promise.all([newcomer ? onboardingPath(viewer) : null, leadFocus(viewer, now)]);
  return orderStartFocus({
    onboarding: path ? { read: path.read, total: path.total, positions: path.positions } : null,
    deputyships: loaded.deputyships,
    leaving: loaded.leaving,
    lead,
    now,
  });
}

/** The newest articles the viewer may read, those of their own units (directly or through a task) first. */
export async function recentArticlesForMe(viewer: Viewer, limit = 8) {
  const unitIds = await ownUnitIds(viewer);
  const select = articleListSelect;
  const inOwnUnits = {
    OR: [{ units: { some: { orgUnitId: { in: unitIds } } } }, { tasks: { some: { task: { orgUnitId: { in: unitIds } } } } }],
  };
  const own =
    unitIds.length === 0
      ? []
      : await db().article.findMany({
          where: { AND: [readableArticlesWhere(viewer), inOwnUnits] },
          orderBy: { updatedAt: "desc" },
          take: limit,
          select,
        });
  const others = await db().article.findMany({
    where: { AND: [readableArticlesWhere(viewer), { id: { notIn: own.map((article) => article.id) } }] },
    orderBy: { updatedAt: "desc" },
    take: limit - own.length,
    select,
  });
  return { articles: [...own, ...others], ownCount: own.length };
}
