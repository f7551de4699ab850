/**
 * Builds the knowledge map (Fachbereich → Amt → … → Aufgabe → Artikel) from flat
 * rows. Pure, so the shape is tested without a database: units nest by their
 * parent, tasks hang under their unit, published articles under each task they
 * document; articles linked to a unit but to none of its tasks appear under the
 * unit itself. Everything is sorted by German title.
 */
export interface MapNode {
  /** Unique within the tree: "unit:<id>", "task:<id>", "article:<taskOrUnitId>:<id>". */
  key: string;
  kind: "unit" | "task" | "article";
  label: string;
  href?: string;
  /** Short German note shown after the label (e.g. "noch nicht dokumentiert"). */
  note?: string;
  children: MapNode[];
}

export interface MapInput {
  units: { id: string; parentId: string | null; name: string }[];
  tasks: { id: string; orgUnitId: string; title: string }[];
  articles: { id: string; title: string; taskIds: string[]; unitIds: string[] }[];
}

const byLabel = (a: MapNode, b: MapNode) => a.label.localeCompare(b.label, "de", { numeric: true });

function articleNode(parentId: string, article: { id: string; title: string }): MapNode {
  return { key: `article:${parentId}:${article.id}`, kind: "article", label: article.title, href: `/wissen/${article.id}`, children: [] };
}

const articleCount = (node: MapNode): number =>
  node.kind === "article" ? 1 : node.children.reduce((sum, child) => sum + articleCount(child), 0);

export function buildKnowledgeMap(input: MapInput): MapNode[] {
  const unitIds = new Set(input.units.map((unit) => unit.id));
  const articlesByTask = new Map<string, MapInput["articles"]>();
  const unitOnlyArticles = new Map<string, MapInput["articles"]>();
  const taskUnit = new Map(input.tasks.map((task) => [task.id, task.orgUnitId]));
  const push = (map: Map<string, MapInput["articles"]>, id: string, article: MapInput["articles"][number]) =>
    map.set(id, [...(map.get(id) ?? []), article]);
  for (const article of input.articles) {
    for (const taskId of article.taskIds) if (taskUnit.has(taskId)) push(articlesByTask, taskId, article);
    const unitsViaTasks = new Set(article.taskIds.map((taskId) => taskUnit.get(taskId)));
    for (const unitId of article.unitIds) if (unitIds.has(unitId) && !unitsViaTasks.has(unitId)) push(unitOnlyArticles, unitId, article);
  }
  const tasksByUnit = new Map<string, MapNode[]>();
  for (const task of input.tasks) {
    const articles = (articlesByTask.get(task.id) ?? []).map((article) => articleNode(task.id, article)).sort(byLabel);
    const node: MapNode = {
      key: `task:${task.id}`,
      kind: "task",
      label: task.title,
      note: articles.length === 0 ? "noch nicht dokumentiert" : undefined,
      children: articles,
    };
    tasksByUnit.set(task.orgUnitId, [...(tasksByUnit.get(task.orgUnitId) ?? []), node]);
  }
  const childUnits = new Map<string | null, MapInput["units"]>();
  for (const unit of input.units) {
    const parent = unit.parentId && unitIds.has(unit.parentId) ? unit.parentId : null;
    childUnits.set(parent, [...(childUnits.get(parent) ?? []), unit]);
  }
  const unitNode = (unit: MapInput["units"][number], seen: Set<string>): MapNode => {
    const nextSeen = new Set(seen).add(unit.id);
    const subUnits = (childUnits.get(unit.id) ?? []).filter((child) => !nextSeen.has(child.id)).map((child) => unitNode(child, nextSeen));
    const children = [
      ...subUnits.sort(byLabel),
      ...(tasksByUnit.get(unit.id) ?? []).sort(byLabel),
      ...(unitOnlyArticles.get(unit.id) ?? []).map((article) => articleNode(unit.id, article)).sort(byLabel),
    ];
    const node: MapNode = { key: `unit:${unit.id}`, kind: "unit", label: unit.name, children };
    const count = articleCount(node);
    node.note = count === 1 ? "1 Artikel" : `${count} Artikel`;
    return node;
  };
  return (childUnits.get(null) ?? []).map((unit) => unitNode(unit, new Set())).sort(byLabel);
}
