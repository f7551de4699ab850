import { describe, expect, it } from "vitest";
import {
  canApproveArticle,
  canReadArticle,
  canVerifyArticle,
  canConfirmReading,
  canManageAccounts,
  canImportOrganizationData,
  cockpitScope,
  canSeeTaskPeople,
  canDocumentTask,
  canManageOrganizationSettings,
  canManageTemplates,
  canSeeArticleHistory,
  canSeeReadConfirmationCounts,
  canSeeReadConfirmationPeople,
  type ArticleFacts,
} from "@/lib/auth/policy";
import { availableSteps, blockedByFourEyes, statusChoicesForSave } from "@/lib/knowledge/workflow-rules";
import type { Role, Viewer } from "@/lib/auth/viewer";

const ORG = "org-a";
const viewer = (role: Role, overrides: Partial<Viewer> = {}): Viewer => ({
  userId: `user-${role}`,
  organizationId: ORG,
  role,
  displayName: role,
  organizationName: "A",
  leadUnitIds: role === "LEAD" ? ["unit-lead"] : [],
  ...overrides,
});
const article = (overrides: Partial<ArticleFacts> = {}): ArticleFacts => ({
  organizationId: ORG,
  status: "IN_REVIEW",
  ownerId: "someone",
  unitIds: ["unit-lead"],
  ...overrides,
});
const noFourEyes = { requireFourEyes: false, contentAuthorIds: [] };

describe("Freigabe (Vier-Augen-Prinzip) je Rolle", () => {
  // Article of the lead's unit, written by "someone"; then the same article written by the viewer.
  const matrix: [Role, { approve: boolean; approveOwnWriting: boolean; approveOwnWritingFourEyes: boolean }][] = [
    ["ADMIN", { approve: true, approveOwnWriting: true, approveOwnWritingFourEyes: false }],
    ["HR", { approve: false, approveOwnWriting: false, approveOwnWritingFourEyes: false }],
    ["LEAD", { approve: true, approveOwnWriting: true, approveOwnWritingFourEyes: false }],
    ["EDITOR", { approve: true, approveOwnWriting: true, approveOwnWritingFourEyes: false }],
    ["READER", { approve: false, approveOwnWriting: false, approveOwnWritingFourEyes: false }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    const subject = viewer(role);
    const fourEyesOthers = { requireFourEyes: true, contentAuthorIds: ["someone"] };
    const fourEyesOwn = { requireFourEyes: true, contentAuthorIds: ["someone", subject.userId] };
    expect(canApproveArticle(subject, article(), fourEyesOthers)).toBe(expected.approve);
    expect(canApproveArticle(subject, article(), { requireFourEyes: false, contentAuthorIds: [subject.userId] })).toBe(
      expected.approveOwnWriting,
    );
    expect(canApproveArticle(subject, article(), fourEyesOwn)).toBe(expected.approveOwnWritingFourEyes);
    // Under four-eyes approval a draft must be submitted first; published or archived articles are not "approved" again.
    expect(canApproveArticle(subject, article({ status: "DRAFT" }), fourEyesOthers)).toBe(false);
    expect(canApproveArticle(subject, article({ status: "PUBLISHED" }), noFourEyes)).toBe(false);
    expect(canApproveArticle(subject, article({ status: "ARCHIVED" }), noFourEyes)).toBe(false);
    expect(canApproveArticle(viewer(role, { organizationId: "org-b" }), article(), fourEyesOthers)).toBe(false);
    expect(blockedByFourEyes(subject, article(), fourEyesOwn)).toBe(expected.approve);
  });

  it("ein Lead gibt nur Artikel seiner Einheiten frei", () => {
    expect(canApproveArticle(viewer("LEAD"), article({ unitIds: ["unit-other"] }), noFourEyes)).toBe(false);
  });
});

describe("Arbeitsschritte je Status und Rolle", () => {
  it.each([
    ["EDITOR", "DRAFT", false, ["submit", "approve"]],
    ["EDITOR", "DRAFT", true, ["submit"]],
    ["EDITOR", "IN_REVIEW", true, ["approve", "return"]],
    ["EDITOR", "PUBLISHED", true, ["archive"]],
    ["EDITOR", "ARCHIVED", false, ["reopen"]],
    ["LEAD", "IN_REVIEW", true, ["approve", "return"]],
    ["HR", "IN_REVIEW", false, []],
    ["READER", "PUBLISHED", false, []],
  ] as const)("%s, %s, Vier-Augen %s → %j", (role, status, fourEyes, steps) => {
    expect(availableSteps(viewer(role), article({ status }), { requireFourEyes: fourEyes, contentAuthorIds: ["someone"] })).toEqual(steps);
  });

  it("wer mitgeschrieben hat, kann nur noch zurückgeben", () => {
    const subject = viewer("EDITOR");
    expect(availableSteps(subject, article(), { requireFourEyes: true, contentAuthorIds: [subject.userId] })).toEqual(["return"]);
  });

  it("andere Kommunen: keine Schritte", () => {
    expect(availableSteps(viewer("ADMIN", { organizationId: "org-b" }), article({ status: "DRAFT" }), noFourEyes)).toEqual([]);
  });
});

describe("Status beim Speichern", () => {
  it.each([
    ["EDITOR", null, false, ["DRAFT", "IN_REVIEW", "PUBLISHED"]],
    ["EDITOR", null, true, ["DRAFT", "IN_REVIEW"]],
    ["EDITOR", "PUBLISHED", true, ["DRAFT", "IN_REVIEW"]],
    ["EDITOR", "ARCHIVED", false, ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"]],
    ["LEAD", null, false, ["DRAFT", "IN_REVIEW", "PUBLISHED"]],
  ] as const)("%s, bisher %s, Vier-Augen %s → %j", (role, status, fourEyes, choices) => {
    const facts = status ? article({ status }) : null;
    expect(statusChoicesForSave(viewer(role), facts, null, fourEyes)).toEqual(choices);
  });

  it("ein Lead darf einen fremden Artikel außerhalb seiner Einheiten nicht durch Speichern veröffentlichen", () => {
    expect(statusChoicesForSave(viewer("LEAD"), article({ status: "DRAFT", unitIds: ["unit-other"] }), null, false)).toEqual([
      "DRAFT",
      "IN_REVIEW",
    ]);
  });

  it("ein Lead veröffentlicht einen neuen Artikel nur in Einheiten, die er leitet (direkt oder über die Aufgabe)", () => {
    const lead = viewer("LEAD");
    const own = { unitIds: ["unit-lead"], taskUnitIds: [] };
    expect(statusChoicesForSave(lead, null, own, false)).toContain("PUBLISHED");
    expect(statusChoicesForSave(lead, null, { unitIds: ["unit-other"], taskUnitIds: [] }, false)).toEqual(["DRAFT", "IN_REVIEW"]);
    expect(statusChoicesForSave(lead, null, { unitIds: ["unit-lead", "unit-other"], taskUnitIds: [] }, false)).toEqual([
      "DRAFT",
      "IN_REVIEW",
    ]);
    expect(statusChoicesForSave(lead, null, { unitIds: ["unit-lead"], taskUnitIds: ["unit-other"] }, false)).toEqual([
      "DRAFT",
      "IN_REVIEW",
    ]);
    // Moving an own published article out of the lead's units: it may not stay published.
    const ownPublished = article({ status: "PUBLISHED", ownerId: lead.userId, unitIds: ["unit-lead"] });
    expect(statusChoicesForSave(lead, ownPublished, { unitIds: ["unit-other"], taskUnitIds: [] }, false)).not.toContain("PUBLISHED");
  });
});

describe("Einstellungen und Vorlagen, Versionsverlauf und Kenntnisnahme je Rolle", () => {
  const matrix: [Role, { settings: boolean; history: boolean; counts: boolean; people: boolean }][] = [
    ["ADMIN", { settings: true, history: true, counts: false, people: false }],
    ["HR", { settings: false, history: false, counts: true, people: true }],
    ["LEAD", { settings: false, history: true, counts: false, people: false }],
    ["EDITOR", { settings: false, history: true, counts: false, people: false }],
    ["READER", { settings: false, history: false, counts: false, people: false }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    const subject = viewer(role);
    // The lead's own unit (unit-lead) is linked, so leads see this article's history.
    const published = article({ status: "PUBLISHED" });
    expect(canManageOrganizationSettings(subject)).toBe(expected.settings);
    expect(canManageTemplates(subject)).toBe(expected.settings);
    expect(canSeeArticleHistory(subject, published)).toBe(expected.history);
    expect(canSeeReadConfirmationCounts(subject, published)).toBe(expected.counts);
    expect(canSeeReadConfirmationPeople(subject, published)).toBe(expected.people);
    // Owners see their article's history and the numbers, never the names (unless HR).
    const own = article({ status: "PUBLISHED", ownerId: subject.userId });
    expect(canSeeArticleHistory(subject, own)).toBe(true);
    expect(canSeeReadConfirmationCounts(subject, own)).toBe(true);
    expect(canSeeReadConfirmationPeople(subject, own)).toBe(expected.people);
    // Everyone may confirm a published article, only when switched on.
    expect(canConfirmReading(subject, published, true)).toBe(true);
    expect(canConfirmReading(subject, published, false)).toBe(false);
    expect(canConfirmReading(subject, article({ status: "DRAFT", ownerId: subject.userId }), true)).toBe(false);
    // Another municipality: nothing.
    const foreign = viewer(role, { organizationId: "org-b" });
    expect(canSeeArticleHistory(foreign, own)).toBe(false);
    expect(canSeeReadConfirmationCounts(foreign, own)).toBe(false);
    expect(canSeeReadConfirmationPeople(foreign, own)).toBe(false);
    expect(canConfirmReading(foreign, published, true)).toBe(false);
  });
});

describe("Prüfende Person (benannt am Artikel)", () => {
  it.each(["HR", "READER", "EDITOR", "LEAD"] as const)(
    "%s als Prüfende Person liest, gibt frei, gibt zurück und bestätigt – nur diesen Artikel",
    (role) => {
      const subject = viewer(role);
      const named = article({ verifierId: subject.userId, unitIds: ["unit-other"] });
      const approval = { requireFourEyes: true, contentAuthorIds: ["someone"] };
      expect(canReadArticle(subject, named)).toBe(true);
      expect(canApproveArticle(subject, named, approval)).toBe(true);
      expect(availableSteps(subject, named, approval)).toContain("return");
      expect(canVerifyArticle(subject, article({ status: "PUBLISHED", verifierId: subject.userId, unitIds: ["unit-other"] }))).toBe(true);
      // Not when they wrote part of this version, not from a draft, not another article, not another municipality.
      expect(canApproveArticle(subject, named, { requireFourEyes: true, contentAuthorIds: [subject.userId] })).toBe(false);
      expect(canApproveArticle(subject, { ...named, status: "DRAFT" }, { requireFourEyes: false, contentAuthorIds: [] })).toBe(
        role === "EDITOR",
      );
      expect(canApproveArticle(viewer(role, { organizationId: "org-b" }), named, approval)).toBe(false);
      const otherArticle = article({ verifierId: "someone-else", unitIds: ["unit-other"] });
      expect(canApproveArticle(subject, otherArticle, approval)).toBe(role === "EDITOR");
    },
  );
});

describe("Organisation, Import, Konten und Cockpit je Rolle", () => {
  const matrix: [Role, { accounts: boolean; importData: boolean; cockpit: "organization" | "units" | null }][] = [
    ["ADMIN", { accounts: true, importData: true, cockpit: null }],
    ["HR", { accounts: false, importData: true, cockpit: "organization" }],
    ["LEAD", { accounts: false, importData: false, cockpit: "units" }],
    ["EDITOR", { accounts: false, importData: false, cockpit: null }],
    ["READER", { accounts: false, importData: false, cockpit: null }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    const subject = viewer(role);
    expect(canManageAccounts(subject)).toBe(expected.accounts);
    expect(canImportOrganizationData(subject)).toBe(expected.importData);
    expect(cockpitScope(subject)?.kind ?? null).toBe(expected.cockpit);
    // Person-level task details: HR everywhere, leads in their units, never another municipality.
    expect(canSeeTaskPeople(subject, { organizationId: ORG, orgUnitId: "unit-lead" })).toBe(expected.cockpit !== null);
    expect(canSeeTaskPeople(subject, { organizationId: ORG, orgUnitId: "unit-other" })).toBe(expected.cockpit === "organization");
    expect(canSeeTaskPeople(viewer(role, { organizationId: "org-b" }), { organizationId: ORG, orgUnitId: "unit-lead" })).toBe(false);
  });
});

describe("Eigene Aufgaben dokumentieren (Mein Wissen sichern, selbst durchgeführt)", () => {
  it.each(["ADMIN", "HR", "LEAD", "EDITOR", "READER"] as const)(
    "%s: nur mit eigener Person unter den Zuständigen oder Vertretungen",
    (role) => {
      const task = { organizationId: ORG, personIds: ["person-a", "person-b"] };
      expect(canDocumentTask(viewer(role, { personId: "person-b" }), task)).toBe(true);
      expect(canDocumentTask(viewer(role, { personId: "person-c" }), task)).toBe(false);
      expect(canDocumentTask(viewer(role), task)).toBe(false);
      expect(canDocumentTask(viewer(role, { personId: "person-a", organizationId: "org-b" }), task)).toBe(false);
    },
  );
});
