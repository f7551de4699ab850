/**
 * Creates an isolated organization with one unit (and a sub-unit), a position,
 * a task and one user per role, so each test works in its own tenant.
 */
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Role, Viewer } from "@/lib/auth/viewer";

export const ROLES: Role[] = ["ADMIN", "HR", "LEAD", "EDITOR", "READER"];

export interface TestOrganization {
  id: string;
  unitId: string;
  subUnitId: string;
  otherUnitId: string;
  positionId: string;
  taskId: string;
  viewers: Record<Role, Viewer>;
}

export async function createTestOrganization(label = "Testkommune"): Promise<TestOrganization> {
  const suffix = randomUUID().slice(0, 8);
  const org = await systemDb().organization.create({ data: { slug: `test-${suffix}`, name: `${label} ${suffix}` } });
  const unit = await systemDb().orgUnit.create({ data: { organizationId: org.id, name: "Bürgeramt" } });
  const subUnit = await systemDb().orgUnit.create({ data: { organizationId: org.id, name: "Meldewesen", parentId: unit.id } });
  const otherUnit = await systemDb().orgUnit.create({ data: { organizationId: org.id, name: "Kämmerei" } });
  const position = await systemDb().position.create({
    data: { organizationId: org.id, orgUnitId: unit.id, positionNumber: "1", title: "Sachbearbeitung" },
  });
  const task = await systemDb().task.create({
    data: {
      organizationId: org.id,
      orgUnitId: unit.id,
      positionId: position.id,
      title: "Gewerbeanmeldung",
      criticality: 3,
      frequency: "DAILY",
      systems: [],
    },
  });
  const viewers = {} as Record<Role, Viewer>;
  for (const role of ROLES) {
    const user = await systemDb().user.create({
      data: {
        organizationId: org.id,
        email: `${role.toLowerCase()}-${suffix}@test.example`,
        displayName: `${role} ${suffix}`,
        role,
        passwordHash: "scrypt$1$1$1$AA==$AA==",
        unitScopes: role === "LEAD" ? { create: [{ orgUnitId: unit.id }] } : undefined,
      },
    });
    viewers[role] = (await loadViewer(user.id))!;
  }
  return {
    id: org.id,
    unitId: unit.id,
    subUnitId: subUnit.id,
    otherUnitId: otherUnit.id,
    positionId: position.id,
    taskId: task.id,
    viewers,
  };
}

export function paragraphDoc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

export function articleInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Gewerbeanmeldung bearbeiten",
    kind: "PROCEDURE",
    status: "PUBLISHED",
    content: paragraphDoc("Die Gewerbeanmeldung wird im Fachverfahren erfasst."),
    taskIds: [],
    unitIds: [],
    positionIds: [],
    ...overrides,
  };
}
