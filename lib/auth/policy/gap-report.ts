/**
 * Reported knowledge gaps: who answers and closes them, with the list filter
 * beside the predicate. On a task or an article: its owners and the unit's
 * leads. From a search without results (no task, no article): the knowledge
 * managers (HR, admins) who look after "Wissenslücken", and the lead of the
 * unit the reporter named – so no report is left without someone to answer.
 */
import type { Prisma } from "../../db/generated/client";
import type { Viewer } from "../viewer";
import { hasRole, inOrganization, leadsAny } from "./scope";

const managesKnowledge = (viewer: Viewer) => hasRole(viewer, "HR", "ADMIN");

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
  if (report.articleOwnerId === null && report.taskOwnerPersonIds === null)
    return managesKnowledge(viewer) || (report.orgUnitId !== null && leadsAny(viewer, [report.orgUnitId]));
  if (report.articleOwnerId !== null && report.articleOwnerId === viewer.userId) return true;
  if (viewer.personId && report.taskOwnerPersonIds?.includes(viewer.personId)) return true;
  return report.orgUnitId !== null && leadsAny(viewer, [report.orgUnitId]);
}

/** Prisma filter for the reports the viewer answers (exactly canAnswerGapReport). */
export function answerableGapReportsWhere(viewer: Viewer): Prisma.KnowledgeGapReportWhereInput {
  const responsible: Prisma.KnowledgeGapReportWhereInput[] = [{ article: { ownerId: viewer.userId } }];
  if (viewer.personId) responsible.push({ task: { assignments: { some: { personId: viewer.personId, role: "OWNER" } } } });
  if (leadsAny(viewer, viewer.leadUnitIds)) responsible.push({ orgUnitId: { in: viewer.leadUnitIds } });
  const onSearch: Prisma.KnowledgeGapReportWhereInput[] = [];
  if (managesKnowledge(viewer)) onSearch.push({ taskId: null, articleId: null });
  if (leadsAny(viewer, viewer.leadUnitIds)) onSearch.push({ taskId: null, articleId: null, orgUnitId: { in: viewer.leadUnitIds } });
  return {
    organizationId: viewer.organizationId,
    OR: [{ AND: [{ OR: [{ taskId: { not: null } }, { articleId: { not: null } }] }, { OR: responsible }] }, ...onSearch],
  };
}
