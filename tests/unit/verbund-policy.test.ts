import { describe, expect, it } from "vitest";
import {
  canDecideSharing,
  canManageVerbundParticipation,
  canMapCatalogueTasks,
  canRunKnowledgeCheck,
  canSeeKnowledgeChecks,
  canSeeVerbundOverview,
} from "@/lib/auth/policy";
import type { Role, Viewer } from "@/lib/auth/viewer";

const ORG = "org-a";
const viewer = (role: Role, organizationId = ORG): Viewer =>
  ({
    userId: `user-${role}`,
    organizationId,
    role,
    leadUnitIds: role === "LEAD" ? ["unit-lead"] : [],
    personId: null,
    displayName: role,
  }) as Viewer;

describe("Verbund und Wissens-Check je Rolle", () => {
  const matrix: [
    Role,
    { join: boolean; map: boolean; overview: boolean; decide: boolean; checks: boolean; ownUnit: boolean; otherUnit: boolean },
  ][] = [
    ["ADMIN", { join: true, map: true, overview: true, decide: true, checks: false, ownUnit: false, otherUnit: false }],
    ["HR", { join: false, map: true, overview: true, decide: false, checks: true, ownUnit: true, otherUnit: true }],
    ["LEAD", { join: false, map: false, overview: true, decide: false, checks: true, ownUnit: true, otherUnit: false }],
    ["EDITOR", { join: false, map: false, overview: false, decide: false, checks: false, ownUnit: false, otherUnit: false }],
    ["READER", { join: false, map: false, overview: false, decide: false, checks: false, ownUnit: false, otherUnit: false }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    const subject = viewer(role);
    expect(canManageVerbundParticipation(subject)).toBe(expected.join);
    expect(canMapCatalogueTasks(subject)).toBe(expected.map);
    expect(canSeeVerbundOverview(subject)).toBe(expected.overview);
    expect(canDecideSharing(subject, null)).toBe(expected.decide);
    // A role the admins named may approve too (never readers).
    expect(canDecideSharing(subject, "HR")).toBe(expected.decide || role === "HR");
    expect(canDecideSharing(subject, "READER")).toBe(expected.decide);
    expect(canSeeKnowledgeChecks(subject)).toBe(expected.checks);
    expect(canRunKnowledgeCheck(subject, { organizationId: ORG, orgUnitId: "unit-lead" })).toBe(expected.ownUnit);
    expect(canRunKnowledgeCheck(subject, { organizationId: ORG, orgUnitId: "unit-other" })).toBe(expected.otherUnit);
    // Another municipality's unit: never.
    expect(canRunKnowledgeCheck(viewer(role, "org-b"), { organizationId: ORG, orgUnitId: "unit-lead" })).toBe(false);
  });
});
