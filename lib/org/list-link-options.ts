import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";

/** Units, positions and tasks of the viewer's organization, for filters and link pickers. */
export async function listLinkOptions(viewer: Viewer) {
  const organizationId = viewer.organizationId;
  const [units, positions, tasks, users] = await Promise.all([
    db().orgUnit.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().position.findMany({
      where: { organizationId },
      orderBy: [{ orgUnit: { name: "asc" } }, { title: "asc" }],
      select: { id: true, title: true, orgUnit: { select: { name: true } } },
    }),
    db().task.findMany({
      where: { organizationId },
      orderBy: [{ orgUnit: { name: "asc" } }, { title: "asc" }],
      select: { id: true, title: true, orgUnit: { select: { name: true } } },
    }),
    db().user.findMany({
      where: { organizationId, active: true },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
  ]);
  return {
    units,
    positions: positions.map((position) => ({ id: position.id, title: position.title, unitName: position.orgUnit.name })),
    tasks: tasks.map((task) => ({ id: task.id, title: task.title, unitName: task.orgUnit.name })),
    users,
  };
}
