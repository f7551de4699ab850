import "server-only";
import { systemDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Role, Viewer } from "./viewer";
import { SESSION_TIMES_SELECT, sessionIsLive } from "./sessions";

const viewerSelect = {
  id: true,
  organizationId: true,
  role: true,
  displayName: true,
  active: true,
  personId: true,
  mustChangePassword: true,
  organization: { select: { name: true, active: true } },
  unitScopes: { select: { orgUnitId: true } },
} satisfies Prisma.UserSelect;

type ViewerRow = Prisma.UserGetPayload<{ select: typeof viewerSelect }>;

/** The viewer of a user row; inactive users and users of a deactivated municipality get nothing. */
async function viewerOf(user: ViewerRow | null | undefined): Promise<Viewer | null> {
  if (!user || !user.active || !user.organization.active) return null;
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
    mustChangePassword: user.mustChangePassword,
  };
}

/** Loads a viewer from the database by user id (scripts, tests, jobs). */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  return viewerOf(await systemDb().user.findUnique({ where: { id: userId }, select: viewerSelect }));
}

/** The viewer behind a session id, if the session is live; one query, as before sessions were checked. */
export async function loadViewerForSession(sessionId: string): Promise<Viewer | null> {
  const session = await systemDb().authSession.findUnique({
    where: { id: sessionId },
    select: { ...SESSION_TIMES_SELECT, user: { select: viewerSelect } },
  });
  if (!session?.user || !sessionIsLive(session)) return null;
  return viewerOf(session.user);
}
