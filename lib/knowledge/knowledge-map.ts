import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { buildKnowledgeMap, type MapNode } from "./knowledge-map-tree";

/**
 * The knowledge map of the viewer's organization: its units, tasks and the
 * published articles documenting them (published articles are readable by
 * every colleague, so the map is the same for all roles of one municipality).
 */
export async function knowledgeMap(viewer: Viewer): Promise<MapNode[]> {
  const organizationId = viewer.organizationId;
  const [units, tasks, articles] = await Promise.all([
    db().orgUnit.findMany({ where: { organizationId }, select: { id: true, parentId: true, name: true } }),
    db().task.findMany({ where: { organizationId }, select: { id: true, orgUnitId: true, title: true } }),
    db().article.findMany({
      where: { organizationId, status: "PUBLISHED" },
      select: { id: true, title: true, tasks: { select: { taskId: true } }, units: { select: { orgUnitId: true } } },
    }),
  ]);
  return buildKnowledgeMap({
    units,
    tasks,
    articles: articles.map((article) => ({
      id: article.id,
      title: article.title,
      taskIds: article.tasks.map((link) => link.taskId),
      unitIds: article.units.map((link) => link.orgUnitId),
    })),
  });
}
