/** The Wissens-Check of an organisational unit: HR for every unit, leads for their units – the cockpit's scope. */
import type { Viewer } from "../viewer";
import { inOrganization } from "./scope";
import { cockpitScope } from "./task";

export function canRunKnowledgeCheck(viewer: Viewer, unit: { organizationId: string; orgUnitId: string }): boolean {
  if (!inOrganization(viewer, unit)) return false;
  const scope = cockpitScope(viewer);
  if (!scope) return false;
  return scope.kind === "organization" || scope.unitIds.includes(unit.orgUnitId);
}

/** Whether the viewer has the Wissens-Check at all (the overview page). */
export function canSeeKnowledgeChecks(viewer: Viewer): boolean {
  return cockpitScope(viewer) !== null;
}
