import { describe, expect, it } from "vitest";
import {
  canEditOnboardingPath,
  canMarkTaskPractised,
  canPlanDeputyship,
  canSeeHandoverProgress,
  canSeeOnboardingProgress,
  isHandoverParty,
  type HandoverFacts,
} from "@/lib/auth/policy";
import type { Role, Viewer } from "@/lib/auth/viewer";

const ORG = "org-a";
const ROLES: Role[] = ["ADMIN", "HR", "LEAD", "EDITOR", "READER"];
const viewer = (role: Role, overrides: Partial<Viewer> = {}): Viewer => ({
  userId: `user-${role}`,
  organizationId: ORG,
  role,
  displayName: role,
  organizationName: "A",
  leadUnitIds: role === "LEAD" ? ["unit-lead"] : [],
  ...overrides,
});
const handover = (overrides: Partial<HandoverFacts> = {}): HandoverFacts => ({
  organizationId: ORG,
  fromPersonId: "p-from",
  toPersonId: "p-to",
  unitIds: ["unit-other"],
  ...overrides,
});

describe("Übergabeprotokoll: wer sieht und bearbeitet was", () => {
  it.each(ROLES)("%s: Beteiligte in jeder Rolle, sonst niemand; andere Verwaltung nie", (role) => {
    expect(isHandoverParty(viewer(role, { personId: "p-from" }), handover())).toBe(true);
    expect(isHandoverParty(viewer(role, { personId: "p-to" }), handover())).toBe(true);
    expect(isHandoverParty(viewer(role, { personId: "p-x" }), handover())).toBe(false);
    expect(isHandoverParty(viewer(role), handover())).toBe(false);
    expect(isHandoverParty(viewer(role, { personId: "p-from", organizationId: "org-b" }), handover())).toBe(false);
  });
  const progress: [Role, { foreignUnit: boolean; ownUnit: boolean }][] = [
    ["ADMIN", { foreignUnit: false, ownUnit: false }],
    ["HR", { foreignUnit: true, ownUnit: true }],
    ["LEAD", { foreignUnit: false, ownUnit: true }],
    ["EDITOR", { foreignUnit: false, ownUnit: false }],
    ["READER", { foreignUnit: false, ownUnit: false }],
  ];
  it.each(progress)("Stand sehen – %s", (role, expected) => {
    expect(canSeeHandoverProgress(viewer(role), handover())).toBe(expected.foreignUnit);
    expect(canSeeHandoverProgress(viewer(role), handover({ unitIds: ["unit-other", "unit-lead"] }))).toBe(expected.ownUnit);
    expect(canSeeHandoverProgress(viewer(role, { organizationId: "org-b" }), handover({ unitIds: ["unit-lead"] }))).toBe(false);
  });
});

describe("Vertretung planen", () => {
  const matrix: [Role, { foreignUnit: boolean; ownUnit: boolean }][] = [
    ["ADMIN", { foreignUnit: true, ownUnit: true }],
    ["HR", { foreignUnit: true, ownUnit: true }],
    ["LEAD", { foreignUnit: false, ownUnit: true }],
    ["EDITOR", { foreignUnit: false, ownUnit: false }],
    ["READER", { foreignUnit: false, ownUnit: false }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    expect(canPlanDeputyship(viewer(role), { organizationId: ORG, unitIds: ["unit-other"] })).toBe(expected.foreignUnit);
    expect(canPlanDeputyship(viewer(role), { organizationId: ORG, unitIds: ["unit-lead"] })).toBe(expected.ownUnit);
    expect(canPlanDeputyship(viewer(role), { organizationId: "org-b", unitIds: ["unit-lead"] })).toBe(false);
  });
});

describe("Einarbeitungsweg bearbeiten und Fortschritt anderer sehen", () => {
  const matrix: [Role, { editForeign: boolean; editOwn: boolean; progressOff: boolean; progressOn: boolean }][] = [
    ["ADMIN", { editForeign: true, editOwn: true, progressOff: false, progressOn: false }],
    ["HR", { editForeign: false, editOwn: false, progressOff: false, progressOn: false }],
    ["LEAD", { editForeign: false, editOwn: true, progressOff: false, progressOn: true }],
    ["EDITOR", { editForeign: false, editOwn: false, progressOff: false, progressOn: false }],
    ["READER", { editForeign: false, editOwn: false, progressOff: false, progressOn: false }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    const own = { organizationId: ORG, orgUnitId: "unit-lead" };
    expect(canEditOnboardingPath(viewer(role), { organizationId: ORG, orgUnitId: "unit-other" })).toBe(expected.editForeign);
    expect(canEditOnboardingPath(viewer(role), own)).toBe(expected.editOwn);
    expect(canEditOnboardingPath(viewer(role, { organizationId: "org-b" }), own)).toBe(false);
    // By default nobody sees someone else's progress; the setting opens it to the unit's lead only.
    expect(canSeeOnboardingProgress(viewer(role), own, false)).toBe(expected.progressOff);
    expect(canSeeOnboardingProgress(viewer(role), own, true)).toBe(expected.progressOn);
    expect(canSeeOnboardingProgress(viewer(role), { organizationId: ORG, orgUnitId: "unit-other" }, true)).toBe(false);
    expect(canSeeOnboardingProgress(viewer(role, { organizationId: "org-b" }), own, true)).toBe(false);
  });
});

describe("„Selbst durchgeführt“ eintragen", () => {
  it.each(ROLES)("%s: Zuständige, Vertretungen und Neuzugänge der Stelle – unabhängig von der Rolle", (role) => {
    const task = { organizationId: ORG, personIds: ["p-owner", "p-deputy"], positionHolderIds: ["p-new"] };
    for (const personId of ["p-owner", "p-deputy", "p-new"]) expect(canMarkTaskPractised(viewer(role, { personId }), task)).toBe(true);
    expect(canMarkTaskPractised(viewer(role, { personId: "p-other" }), task)).toBe(false);
    expect(canMarkTaskPractised(viewer(role), task)).toBe(false);
    expect(canMarkTaskPractised(viewer(role, { personId: "p-new", organizationId: "org-b" }), task)).toBe(false);
  });
});
