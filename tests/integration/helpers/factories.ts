/**
 * Test data factories (in the manner of Outline's server/test/factories.ts):
 * each builds one record with sensible defaults straight in the database, so a
 * test states only what matters to it. They bypass the domain rules on purpose –
 * use the lib/ functions when the rules themselves are under test.
 */
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import type { ArticleKind, ArticleStatus, AssignmentRole } from "@/lib/db/generated/enums";
import { paragraphDoc } from "./test-organization";

const shortId = () => randomUUID().slice(0, 8);

export async function buildPerson(
  organizationId: string,
  overrides: { firstName?: string; lastName?: string; positionIds?: string[]; plannedExitMonth?: Date } = {},
) {
  const { positionIds = [], ...fields } = overrides;
  return systemDb().person.create({
    data: {
      organizationId,
      personnelNumber: `P-${shortId()}`,
      firstName: "Erika",
      lastName: `Muster-${shortId()}`,
      ...fields,
      positions: { create: positionIds.map((positionId) => ({ positionId })) },
    },
  });
}

export async function buildTask(
  organizationId: string,
  orgUnitId: string,
  overrides: { title?: string; positionId?: string; criticality?: number } = {},
) {
  return systemDb().task.create({
    data: { organizationId, orgUnitId, title: `Aufgabe ${shortId()}`, criticality: 3, frequency: "MONTHLY", systems: [], ...overrides },
  });
}

export async function buildPosition(organizationId: string, orgUnitId: string) {
  return systemDb().position.create({ data: { organizationId, orgUnitId, positionNumber: `S-${shortId()}`, title: "Sachbearbeitung" } });
}

export async function assign(
  organizationId: string,
  taskId: string,
  personId: string,
  role: AssignmentRole = "OWNER",
  rank = role === "OWNER" ? 0 : 1,
) {
  return systemDb().taskAssignment.create({ data: { organizationId, taskId, personId, role, rank } });
}

export async function buildArticle(
  organizationId: string,
  overrides: {
    ownerId: string;
    status?: ArticleStatus;
    kind?: ArticleKind;
    unitIds?: string[];
    taskIds?: string[];
    verifierId?: string | null;
    title?: string;
  },
) {
  const { unitIds = [], taskIds = [], ownerId, ...fields } = overrides;
  const content = paragraphDoc("Inhalt für den Test.");
  return systemDb().article.create({
    data: {
      organizationId,
      title: `Artikel ${shortId()}`,
      kind: "PROCEDURE",
      status: "PUBLISHED",
      version: 1,
      content,
      contentText: "Inhalt für den Test.",
      contentHtml: "<p>Inhalt für den Test.</p>",
      ownerId,
      createdById: ownerId,
      ...fields,
      units: { create: unitIds.map((orgUnitId) => ({ orgUnitId })) },
      tasks: { create: taskIds.map((taskId) => ({ taskId })) },
    },
  });
}

/** Links a user account to a person and returns the viewer as the app would load it. */
export async function asPerson(viewer: Viewer, personId: string): Promise<Viewer> {
  await systemDb().user.update({ where: { id: viewer.userId }, data: { personId } });
  return (await loadViewer(viewer.userId))!;
}
