/**
 * Tasks: the coverage cockpit's scope, person-level details, and documenting or
 * practising a task; with the cockpit's task filter beside its predicate.
 */
import type { Prisma } from "../../db/generated/client";
import type { Viewer } from "../viewer";
import { hasRole, inOrganization, NOTHING } from "./scope";

/**
 * The coverage cockpit: HR for the whole organization, unit leads for their
 * units (incl. sub-units); nobody else. Leads see tasks, not rankings of people.
 */
export type CockpitScope = { kind: "organization" } | { kind: "units"; unitIds: string[] } | null;
export function cockpitScope(viewer: Viewer): CockpitScope {
  if (hasRole(viewer, "HR")) return { kind: "organization" };
  if (hasRole(viewer, "LEAD")) return { kind: "units", unitIds: viewer.leadUnitIds };
  return null;
}

/** Is this task in the viewer's cockpit (coverage figures, risk)? */
export function canSeeTaskCoverage(viewer: Viewer, task: { organizationId: string; orgUnitId: string }): boolean {
  if (!inOrganization(viewer, task)) return false;
  const scope = cockpitScope(viewer);
  if (!scope) return false;
  return scope.kind === "organization" || scope.unitIds.includes(task.orgUnitId);
}

/** Prisma filter for the tasks of the viewer's cockpit (exactly canSeeTaskCoverage). */
export function cockpitTasksWhere(viewer: Viewer): Prisma.TaskWhereInput & { organizationId: string } {
  const scope = cockpitScope(viewer);
  if (!scope) return { organizationId: viewer.organizationId, ...NOTHING };
  return scope.kind === "organization"
    ? { organizationId: viewer.organizationId }
    : { organizationId: viewer.organizationId, orgUnitId: { in: scope.unitIds } };
}

/** Person-level details of a task (owner, deputies, planned exits): HR, and the lead of the task's unit – the cockpit scope. */
export function canSeeTaskPeople(viewer: Viewer, task: { organizationId: string; orgUnitId: string }): boolean {
  return canSeeTaskCoverage(viewer, task);
}

/** Documenting a task ("Mein Wissen sichern", "selbst durchgeführt"): the people who own or deputise it. */
export function canDocumentTask(viewer: Viewer, task: { organizationId: string; personIds: readonly string[] }): boolean {
  return inOrganization(viewer, task) && viewer.personId != null && task.personIds.includes(viewer.personId);
}

/**
 * "Selbst durchgeführt": owners and deputies of the task, and newcomers – the
 * holders of the task's position – who did it with the article.
 */
export function canMarkTaskPractised(
  viewer: Viewer,
  task: { organizationId: string; personIds: readonly string[]; positionHolderIds: readonly string[] },
): boolean {
  return (
    canDocumentTask(viewer, task) ||
    (inOrganization(viewer, task) && viewer.personId != null && task.positionHolderIds.includes(viewer.personId))
  );
}
