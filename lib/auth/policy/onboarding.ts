/** Onboarding paths per position: who shapes them and who sees a newcomer's progress. */
import type { Prisma } from "../../db/generated/client";
import type { Viewer } from "../viewer";
import { hasRole, inOrganization, leadsAny, NOTHING } from "./scope";

/** Editing the onboarding path and glossary of a position: admins, and leads of the position's unit. */
export function canEditOnboardingPath(viewer: Viewer, position: { organizationId: string; orgUnitId: string }): boolean {
  return inOrganization(viewer, position) && (hasRole(viewer, "ADMIN") || leadsAny(viewer, [position.orgUnitId]));
}

/** Prisma filter for the positions whose path the viewer may shape (exactly canEditOnboardingPath). */
export function editableOnboardingPositionsWhere(viewer: Viewer): Prisma.PositionWhereInput {
  if (hasRole(viewer, "ADMIN")) return { organizationId: viewer.organizationId };
  if (leadsAny(viewer, viewer.leadUnitIds)) return { organizationId: viewer.organizationId, orgUnitId: { in: viewer.leadUnitIds } };
  return { organizationId: viewer.organizationId, ...NOTHING };
}

/** Whether the "Einarbeitungswege" overview exists for the viewer at all. */
export function canShapeOnboardingPaths(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN") || leadsAny(viewer, viewer.leadUnitIds);
}

/**
 * Someone else's onboarding progress: never by default (Personalrat). Only when the
 * organization allows it, and then only the lead of the position's unit.
 */
export function canSeeOnboardingProgress(
  viewer: Viewer,
  position: { organizationId: string; orgUnitId: string },
  leadsMaySee: boolean,
): boolean {
  return leadsMaySee && inOrganization(viewer, position) && leadsAny(viewer, [position.orgUnitId]);
}
