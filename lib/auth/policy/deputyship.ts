/** Planned deputyships ("Vertretungen planen"), with the filter of the people a viewer may plan for. */
import type { Prisma } from "../../db/generated/client";
import type { Viewer } from "../viewer";
import { hasRole, inOrganization, leadsAny, NOTHING } from "./scope";

/** Planning a deputyship for a person: HR and admins for everyone, leads for people whose position or own tasks are in their units. */
export function canPlanDeputyship(viewer: Viewer, absent: { organizationId: string; unitIds: readonly string[] }): boolean {
  if (!inOrganization(viewer, absent)) return false;
  return hasRole(viewer, "HR", "ADMIN") || leadsAny(viewer, absent.unitIds);
}

/** Whether the planning page exists for the viewer at all (HR, admins, leads with units). */
export function canPlanDeputyships(viewer: Viewer): boolean {
  return hasRole(viewer, "HR", "ADMIN") || leadsAny(viewer, viewer.leadUnitIds);
}

/** Prisma filter for the people the viewer may plan a deputyship for (exactly canPlanDeputyship on the person's units). */
export function plannablePeopleWhere(viewer: Viewer): Prisma.PersonWhereInput {
  if (hasRole(viewer, "HR", "ADMIN")) return { organizationId: viewer.organizationId };
  if (!leadsAny(viewer, viewer.leadUnitIds)) return { organizationId: viewer.organizationId, ...NOTHING };
  const units = { in: viewer.leadUnitIds };
  return {
    organizationId: viewer.organizationId,
    OR: [
      { positions: { some: { position: { orgUnitId: units } } } },
      { assignments: { some: { role: "OWNER", task: { orgUnitId: units } } } },
    ],
  };
}
