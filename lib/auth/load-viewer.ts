import "server-only";
import { systemDb } from "../db/client";
import type { Role, Viewer } from "./viewer";

/** Loads a viewer from the database by user id; inactive users get nothing. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const user = await systemDb().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      organizationId: true,
      role: true,
      displayName: true,
      active: true,
      personId: true,
      organization: { select: { name: true } },
      unitScopes: { select: { orgUnitId: true } },
    },
  });
  if (!user || !user.active) return null;
  let leadUnitIds: string[] = [];
  if (user.role === "LEAD" && user.unitScopes.length > 0) {
    // A lead is responsible for the whole subtree below their units.
    const rows = await systemDb().$queryRaw<{ id: string }[]>`
      WITH RECURSIVE subtree AS (
        SELECT id FROM "OrgUnit" WHERE id = ANY(${user.unitScopes.map((scope) => scope.orgUnitId)}::uuid[])
          AND "organizationId" = ${user.organizationId}::uuid
        UNION
        SELECT child.id FROM "OrgUnit" child JOIN subtree ON child."parentId" = subtree.id
      ) SELECT id::text AS id FROM subtree`;
    leadUnitIds = rows.map((row) => row.id);
  }
  return {
    userId: user.id,
    organizationId: user.organizationId,
    role: user.role as Role,
    displayName: user.displayName,
    organizationName: user.organization.name,
    leadUnitIds,
    personId: user.personId,
  };
}
