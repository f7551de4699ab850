import { describe, expect, it } from "vitest";
import {
  canCreateArticle,
  canEditArticle,
  canManageSearchSettings,
  canPublishArticle,
  canReadArticle,
  canReportKnowledgeGap,
  canSeeKnowledgeSignals,
  canVerifyArticle,
  canResolveFeedback,
  canHandOverOwnership,
  type ArticleFacts,
} from "@/lib/auth/policy";
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
  status: "PUBLISHED",
  ownerId: "someone",
  unitIds: ["unit-other"],
  ...overrides,
});

describe("Berechtigungsmatrix Verwaltung: Suche, Signale, Wissenslücken, Übertragung", () => {
  const matrix: [Role, { manageSearch: boolean; seeSignals: boolean; reportGap: boolean; handOver: boolean }][] = [
    ["ADMIN", { manageSearch: true, seeSignals: true, reportGap: true, handOver: true }],
    ["HR", { manageSearch: false, seeSignals: true, reportGap: true, handOver: false }],
    ["LEAD", { manageSearch: false, seeSignals: true, reportGap: true, handOver: true }],
    ["EDITOR", { manageSearch: false, seeSignals: false, reportGap: true, handOver: false }],
    ["READER", { manageSearch: false, seeSignals: false, reportGap: true, handOver: false }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    expect(canHandOverOwnership(viewer(role))).toBe(expected.handOver);
    expect(canManageSearchSettings(viewer(role))).toBe(expected.manageSearch);
    expect(canSeeKnowledgeSignals(viewer(role))).toBe(expected.seeSignals);
    expect(canReportKnowledgeGap(viewer(role))).toBe(expected.reportGap);
  });
});

describe("Berechtigungsmatrix „Als aktuell bestätigen“", () => {
  const matrix: [Role, { foreignUnit: boolean; ownUnit: boolean; ownArticle: boolean }][] = [
    ["ADMIN", { foreignUnit: true, ownUnit: true, ownArticle: true }],
    ["HR", { foreignUnit: false, ownUnit: false, ownArticle: true }],
    ["LEAD", { foreignUnit: false, ownUnit: true, ownArticle: true }],
    ["EDITOR", { foreignUnit: true, ownUnit: true, ownArticle: true }],
    ["READER", { foreignUnit: false, ownUnit: false, ownArticle: true }],
  ];
  it.each(matrix)("%s", (role, expected) => {
    const subject = viewer(role);
    expect(canVerifyArticle(subject, article())).toBe(expected.foreignUnit);
    expect(canVerifyArticle(subject, article({ unitIds: ["unit-lead"] }))).toBe(expected.ownUnit);
    expect(canVerifyArticle(subject, article({ ownerId: subject.userId }))).toBe(expected.ownArticle);
    // Only published articles, and never another municipality's.
    expect(canVerifyArticle(subject, article({ ownerId: subject.userId, status: "DRAFT" }))).toBe(false);
    expect(canVerifyArticle(viewer(role, { organizationId: "org-b" }), article({ ownerId: subject.userId }))).toBe(false);
    // Feedback is resolved by the same people, also on drafts they own or edit.
    expect(canResolveFeedback(subject, article())).toBe(expected.foreignUnit);
    expect(canResolveFeedback(subject, article({ unitIds: ["unit-lead"] }))).toBe(expected.ownUnit);
    expect(canResolveFeedback(subject, article({ ownerId: subject.userId, status: "DRAFT" }))).toBe(true);
    expect(canResolveFeedback(viewer(role, { organizationId: "org-b" }), article({ ownerId: subject.userId }))).toBe(false);
  });
});

describe("Berechtigungsmatrix Rolle × Aktion", () => {
  // Drafts (and articles in review or archived): editors and admins all, leads those of their units, HR and readers none; everyone their own.
  const matrix: [
    Role,
    {
      readPublished: boolean;
      readDraft: boolean;
      readDraftOwnUnit: boolean;
      create: boolean;
      editForeignUnit: boolean;
      editOwnUnit: boolean;
    },
  ][] = [
    ["ADMIN", { readPublished: true, readDraft: true, readDraftOwnUnit: true, create: true, editForeignUnit: true, editOwnUnit: true }],
    ["HR", { readPublished: true, readDraft: false, readDraftOwnUnit: false, create: false, editForeignUnit: false, editOwnUnit: false }],
    ["LEAD", { readPublished: true, readDraft: false, readDraftOwnUnit: true, create: true, editForeignUnit: false, editOwnUnit: true }],
    ["EDITOR", { readPublished: true, readDraft: true, readDraftOwnUnit: true, create: true, editForeignUnit: true, editOwnUnit: true }],
    [
      "READER",
      { readPublished: true, readDraft: false, readDraftOwnUnit: false, create: false, editForeignUnit: false, editOwnUnit: false },
    ],
  ];

  it.each(matrix)("%s", (role, expected) => {
    const subject = viewer(role);
    expect(canReadArticle(subject, article())).toBe(expected.readPublished);
    for (const status of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
      expect(canReadArticle(subject, article({ status }))).toBe(expected.readDraft);
      expect(canReadArticle(subject, article({ status, unitIds: ["unit-lead"] }))).toBe(expected.readDraftOwnUnit);
      expect(canReadArticle(subject, article({ status, ownerId: subject.userId }))).toBe(true);
    }
    expect(canCreateArticle(subject)).toBe(expected.create);
    expect(canEditArticle(subject, article())).toBe(expected.editForeignUnit);
    expect(canEditArticle(subject, article({ unitIds: ["unit-lead"] }))).toBe(expected.editOwnUnit);
    expect(canPublishArticle(subject, article({ unitIds: ["unit-lead"] }))).toBe(expected.editOwnUnit);
  });

  it.each(["ADMIN", "HR", "LEAD", "EDITOR", "READER"] as Role[])("%s einer anderen Kommune darf nichts", (role) => {
    const outsider = viewer(role, { organizationId: "org-b", leadUnitIds: ["unit-lead"] });
    for (const status of ["PUBLISHED", "DRAFT"] as const) {
      const facts = article({ status, unitIds: ["unit-lead"], ownerId: outsider.userId });
      expect(canReadArticle(outsider, facts)).toBe(false);
      expect(canEditArticle(outsider, facts)).toBe(false);
      expect(canPublishArticle(outsider, facts)).toBe(false);
    }
  });

  it("Eigentümer sehen ihre eigenen Entwürfe auch als Leser; Führungskräfte bearbeiten eigene Artikel", () => {
    expect(canReadArticle(viewer("READER"), article({ status: "DRAFT", ownerId: "user-READER" }))).toBe(true);
    expect(canEditArticle(viewer("READER"), article({ ownerId: "user-READER" }))).toBe(false);
    expect(canEditArticle(viewer("LEAD"), article({ ownerId: "user-LEAD" }))).toBe(true);
  });
});
