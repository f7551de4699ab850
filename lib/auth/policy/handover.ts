/**
 * Übergabeprotokolle: the two parties read, edit and confirm; HR and unit leads
 * see the progress (not the notes). List filters beside their predicates.
 */
import type { Prisma } from "../../db/generated/client";
import type { Viewer } from "../viewer";
import { hasRole, inOrganization, leadsAny, NOTHING } from "./scope";

/** What the policy needs to know about an Übergabeprotokoll. */
export interface HandoverFacts {
  organizationId: string;
  fromPersonId: string;
  toPersonId: string;
  /** Units of the handed-over tasks. */
  unitIds: readonly string[];
}

/** The two parties (leaving person and successor/deputy) read, edit and confirm the record. */
export function isHandoverParty(viewer: Viewer, handover: HandoverFacts): boolean {
  return (
    inOrganization(viewer, handover) &&
    viewer.personId != null &&
    (viewer.personId === handover.fromPersonId || viewer.personId === handover.toPersonId)
  );
}

/** Prisma filter for the records the viewer is a party of (exactly isHandoverParty). */
export function partyHandoversWhere(viewer: Viewer): Prisma.HandoverWhereInput {
  if (!viewer.personId) return { organizationId: viewer.organizationId, ...NOTHING };
  return { organizationId: viewer.organizationId, OR: [{ fromPersonId: viewer.personId }, { toPersonId: viewer.personId }] };
}

/**
 * Progress of a handover (status per task, confirmations – not the notes):
 * HR for the organization, unit leads when a task of their units is in it.
 */
export function canSeeHandoverProgress(viewer: Viewer, handover: HandoverFacts): boolean {
  if (!inOrganization(viewer, handover)) return false;
  return hasRole(viewer, "HR") || leadsAny(viewer, handover.unitIds);
}

/** Prisma filter for the handovers whose progress the viewer sees (exactly canSeeHandoverProgress). */
export function handoverProgressWhere(viewer: Viewer): Prisma.HandoverWhereInput {
  if (hasRole(viewer, "HR")) return { organizationId: viewer.organizationId };
  if (leadsAny(viewer, viewer.leadUnitIds))
    return { organizationId: viewer.organizationId, items: { some: { task: { orgUnitId: { in: viewer.leadUnitIds } } } } };
  return { organizationId: viewer.organizationId, ...NOTHING };
}

/** Within a visible handover, which tasks' state the viewer sees: HR all, a lead those of their units. */
export function canSeeHandoverItemProgress(viewer: Viewer, item: { organizationId: string; orgUnitId: string }): boolean {
  return inOrganization(viewer, item) && (hasRole(viewer, "HR") || leadsAny(viewer, [item.orgUnitId]));
}

/** Whether the "Stand der Übergaben" page exists for the viewer at all. */
export function canSeeHandoverOverview(viewer: Viewer): boolean {
  return hasRole(viewer, "HR", "LEAD");
}
