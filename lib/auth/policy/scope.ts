/**
 * The building blocks every policy uses, and the only place that reads
 * `viewer.role` and `viewer.leadUnitIds` (an ESLint rule keeps it so).
 */
import type { Role } from "../../db/generated/enums";
import type { Viewer } from "../viewer";

/** Tenant isolation comes first: nothing of another organization is ever allowed. */
export const inOrganization = (viewer: Viewer, record: { organizationId: string }) => record.organizationId === viewer.organizationId;

export const hasRole = (viewer: Viewer, ...roles: Role[]) => roles.includes(viewer.role);

/** Does the viewer lead (as LEAD) at least one of these units (sub-units included)? */
export const leadsAny = (viewer: Viewer, unitIds: readonly string[]) =>
  viewer.role === "LEAD" && unitIds.some((unitId) => viewer.leadUnitIds.includes(unitId));

/** Does the viewer lead (as LEAD) every one of these units? */
export const leadsAll = (viewer: Viewer, unitIds: readonly string[]) =>
  viewer.role === "LEAD" && unitIds.every((unitId) => viewer.leadUnitIds.includes(unitId));

/** A Prisma filter that matches nothing (for viewers without any right to a list). */
export const NOTHING = { id: { in: [] as string[] } };
