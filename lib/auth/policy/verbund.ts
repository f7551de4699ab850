/** Rights in the Wissensverbund (the municipalities of one installation that chose to share). */
import type { Role, Viewer } from "../viewer";
import { hasRole } from "./scope";

/** Joining or leaving the Verbund: admins only (it is a decision of the municipality). */
export function canManageVerbundParticipation(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN");
}

/** Mapping the municipality's tasks to catalogue entries: those who keep the task list (admins and HR). */
export function canMapCatalogueTasks(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN", "HR");
}

/**
 * The Verbund overview (catalogue with the Verbund's aggregate maturity): admins,
 * HR and leads. The municipality's own maturity beside it follows the cockpit's
 * scope (HR: all tasks, leads: their units, admins: none).
 */
export function canSeeVerbundOverview(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN", "HR", "LEAD");
}

/**
 * Deciding on a proposal to share an article with the Verbund (and withdrawing
 * a shared one): admins, and the role the admins named for it (if any).
 */
export function canDecideSharing(viewer: Viewer, approverRole: Role | null): boolean {
  return hasRole(viewer, "ADMIN") || (approverRole !== null && approverRole !== "READER" && hasRole(viewer, approverRole));
}

/**
 * Roles the admins may name as approvers besides themselves: HR and leads, who
 * reach the Verbund from the cockpit (editors propose; they do not approve).
 */
export const NAMEABLE_APPROVER_ROLES = ["HR", "LEAD"] as const satisfies readonly Role[];
