import type { Viewer } from "../auth/viewer";
import { canSeePlannedExits } from "../auth/policy";
import { COLUMNS, type ImportKind } from "./formats";

/** The columns a viewer sees in lists and forms: planned exits only for those who may see them (HR). */
export function visibleColumns(viewer: Viewer, kind: ImportKind) {
  return COLUMNS[kind].filter((column) => canSeePlannedExits(viewer) || !column.name.startsWith("austritt_"));
}
