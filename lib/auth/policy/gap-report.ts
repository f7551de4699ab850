/**
 * Reported knowledge gaps on a task or an article: who answers and closes them,
 * with the list filter beside the predicate. Gaps from searches without results
 * are not answered here (they are a signal on "Wissenslücken").
 */
import type { Prisma } from "../../db/generated/client";
import type { Viewer } from "../viewer";
import { inOrganization, leadsAny } from "./scope";

export interface GapReportFacts {
  organizationId: string;
  orgUnitId: string | null;
  /** Set when the report is about an article. */
  articleOwnerId: string | null;
  /** Set when the report is about a task: the people who own it. */
  taskOwnerPersonIds: readonly string[] | null;
}

/** The owner of the article, the owners of the task, and the leads of the report's unit answer it. */
export function canAnswerGapReport(viewer: Viewer, report: GapReportFacts): boolean {
  if (!inOrganization(viewer, report)) return false;
  if (report.articleOwnerId === null && report.taskOwnerPersonIds === null) return false;
  if (report.articleOwnerId !== null && report.articleOwnerId === viewer.userId) return true;
  if (viewer.personId && report.taskOwnerPersonIds?.includes(viewer.personId)) return true;
  return report.orgUnitId !== null && leadsAny(viewer, [report.orgUnitId]);
}

/** Prisma filter for the reports the viewer answers (exactly canAnswerGapReport). */
export function answerableGapReportsWhere(viewer: Viewer): Prisma.KnowledgeGapReportWhereInput {
  const responsible: Prisma.KnowledgeGapReportWhereInput[] = [{ article: { ownerId: viewer.userId } }];
  if (viewer.personId) responsible.push({ task: { assignments: { some: { personId: viewer.personId, role: "OWNER" } } } });
  if (leadsAny(viewer, viewer.leadUnitIds)) responsible.push({ orgUnitId: { in: viewer.leadUnitIds } });
  return {
    organizationId: viewer.organizationId,
    AND: [{ OR: [{ taskId: { not: null } }, { articleId: { not: null } }] }, { OR: responsible }],
  };
}
