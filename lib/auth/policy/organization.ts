/** Rights over the organization as a whole: settings, accounts, master data, search, signals. */
import type { Viewer } from "../viewer";
import { hasRole } from "./scope";

/** Search settings of the organization (own synonyms) and the search index health page: admins only. */
export function canManageSearchSettings(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN");
}

/** Searches without results and reported knowledge gaps: HR, admins and leads (for the organization's knowledge planning). */
export function canSeeKnowledgeSignals(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN", "HR", "LEAD");
}

/** Everyone signed in may report a knowledge gap (to their own organization). */
export function canReportKnowledgeGap(viewer: Viewer): boolean {
  return viewer.userId !== "" && viewer.organizationId !== "";
}

/** Organization settings (four-eyes approval, review interval, read confirmations): admins only. */
export function canManageOrganizationSettings(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN");
}

/** Editing article templates and the default template per unit: admins only. */
export function canManageTemplates(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN");
}

/** CSV import and export of units, positions, people and tasks: admins and HR (the offices that keep this data). */
export function canImportOrganizationData(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN", "HR");
}

/** User accounts and roles: admins only. */
export function canManageAccounts(viewer: Viewer): boolean {
  return hasRole(viewer, "ADMIN");
}

/**
 * Person-level views by HR (people list, a task's people) are written to the
 * audit log (co-determination: no individual performance monitoring); others' views are not person-level.
 */
export function isAuditedPersonView(viewer: Viewer): boolean {
  return hasRole(viewer, "HR");
}

/**
 * Planned exits (month and reason) in the organisation-wide people data: HR
 * only. Admins maintain the rest of a person's record; the lead and the
 * person see exits elsewhere (cockpit of the unit, "Mein Wissen sichern"),
 * as docs/coverage.md says.
 */
export function canSeePlannedExits(viewer: Viewer): boolean {
  return hasRole(viewer, "HR");
}
