/** Rights in the Wissensverbund (the municipalities of one installation that chose to share). */
import type { Viewer } from "../viewer";
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

/** Deciding on a proposal to share an article with the Verbund (and withdrawing a shared one): admins. */
export function canDecideSharing(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN");
}
