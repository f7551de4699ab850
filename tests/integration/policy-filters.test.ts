/**
 * Each policy predicate and the list filter beside it must agree: on the same
 * fixtures (own unit, other unit, other municipality), for every role, the filter
 * returns exactly the records the predicate allows. A drift between a page's
 * list and its detail check shows up here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import {
  answerableGapReportsWhere,
  canAnswerGapReport,
  canEditOnboardingPath,
  canPlanDeputyship,
  canReadArticle,
  canSeeHandoverProgress,
  canSeeTaskCoverage,
  canTransferArticle,
  cockpitTasksWhere,
  editableOnboardingPositionsWhere,
  handoverProgressWhere,
  isHandoverParty,
  partyHandoversWhere,
  plannablePeopleWhere,
  readableArticlesWhere,
  transferableArticlesWhere,
  type ArticleFacts,
} from "@/lib/auth/policy";
import { createTestOrganization, ROLES, type TestOrganization } from "./helpers/test-organization";
import { asPerson, assign, buildArticle, buildPerson, buildPosition, buildTask } from "./helpers/factories";

interface Fixture<Facts> {
  id: string;
  label: string;
  facts: Facts;
}

/** Filter and predicate give the same set for every viewer; and the case is not trivial (someone is allowed, someone refused). */
async function expectAgreement<Facts>(
  viewers: Record<string, Viewer>,
  fixtures: Fixture<Facts>[],
  idsByFilter: (viewer: Viewer, ids: string[]) => Promise<string[]>,
  predicate: (viewer: Viewer, facts: Facts) => boolean,
) {
  let allowed = 0;
  let refused = 0;
  const ids = fixtures.map((fixture) => fixture.id);
  for (const [name, viewer] of Object.entries(viewers)) {
    const byFilter = new Set(await idsByFilter(viewer, ids));
    for (const fixture of fixtures) {
      const expected = predicate(viewer, fixture.facts);
      if (expected) allowed++;
      else refused++;
      expect(byFilter.has(fixture.id), `${name} × ${fixture.label}`).toBe(expected);
    }
  }
  expect(allowed).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
}

describe("Policy: Prädikat und Listenfilter stimmen überein", () => {
  let org: TestOrganization;
  let other: TestOrganization;
  let viewers: Record<string, Viewer>;

  beforeAll(async () => {
    org = await createTestOrganization();
    other = await createTestOrganization("Andere Kommune");
    // Every role of the municipality, linked to a person, plus the other municipality's admin and lead.
    viewers = {};
    for (const role of ROLES) {
      const person = await buildPerson(org.id, { firstName: role });
      viewers[role] = await asPerson(org.viewers[role], person.id);
    }
    viewers["ADMIN andere Kommune"] = other.viewers.ADMIN;
    viewers["LEAD andere Kommune"] = other.viewers.LEAD;
  });

  it("Artikel lesen und übertragen", async () => {
    const fixtures: Fixture<ArticleFacts>[] = [];
    const places = [
      ["eigene Einheit", org.id, [org.unitId]],
      ["Untereinheit", org.id, [org.subUnitId]],
      ["andere Einheit", org.id, [org.otherUnitId]],
      ["ohne Einheit", org.id, []],
      ["andere Kommune", other.id, [other.unitId]],
    ] as const;
    for (const [place, organizationId, unitIds] of places) {
      for (const status of ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const) {
        const ownerId = organizationId === org.id ? viewers.EDITOR!.userId : other.viewers.EDITOR.userId;
        const article = await buildArticle(organizationId, { ownerId, status, unitIds: [...unitIds] });
        fixtures.push({
          id: article.id,
          label: `${status} ${place}`,
          facts: { organizationId, status, ownerId, unitIds: [...unitIds], verifierId: null },
        });
      }
    }
    // A reader's own draft, and a draft with HR as named verifier.
    const ownDraft = await buildArticle(org.id, { ownerId: viewers.READER!.userId, status: "DRAFT", unitIds: [org.otherUnitId] });
    fixtures.push({
      id: ownDraft.id,
      label: "eigener Entwurf der Leserin",
      facts: { organizationId: org.id, status: "DRAFT", ownerId: viewers.READER!.userId, unitIds: [org.otherUnitId] },
    });
    const verifierDraft = await buildArticle(org.id, {
      ownerId: viewers.EDITOR!.userId,
      status: "IN_REVIEW",
      verifierId: viewers.HR!.userId,
    });
    fixtures.push({
      id: verifierDraft.id,
      label: "HR als prüfende Person",
      facts: { organizationId: org.id, status: "IN_REVIEW", ownerId: viewers.EDITOR!.userId, unitIds: [], verifierId: viewers.HR!.userId },
    });

    const idsBy = (where: (viewer: Viewer) => object) => async (viewer: Viewer, ids: string[]) =>
      (await systemDb().article.findMany({ where: { AND: [where(viewer), { id: { in: ids } }] }, select: { id: true } })).map(
        (row) => row.id,
      );
    await expectAgreement(viewers, fixtures, idsBy(readableArticlesWhere), canReadArticle);
    await expectAgreement(viewers, fixtures, idsBy(transferableArticlesWhere), canTransferArticle);
  });

  /** Where a unit-bound fixture sits, seen from the lead of org.unitId. */
  const unitPlaces = () =>
    [
      ["eigene Einheit", org.id, org.unitId],
      ["Untereinheit", org.id, org.subUnitId],
      ["andere Einheit", org.id, org.otherUnitId],
      ["andere Kommune", other.id, other.unitId],
    ] as const;

  it("Aufgaben im Cockpit", async () => {
    const fixtures = [];
    for (const [label, organizationId, orgUnitId] of unitPlaces()) {
      const task = await buildTask(organizationId, orgUnitId);
      fixtures.push({ id: task.id, label, facts: { organizationId, orgUnitId } });
    }
    await expectAgreement(
      viewers,
      fixtures,
      async (viewer, ids) =>
        (await systemDb().task.findMany({ where: { AND: [cockpitTasksWhere(viewer), { id: { in: ids } }] }, select: { id: true } })).map(
          (row) => row.id,
        ),
      canSeeTaskCoverage,
    );
  });

  it("Wissenslücken beantworten", async () => {
    const owner = await buildPerson(org.id);
    const readerTask = await buildTask(org.id, org.otherUnitId);
    await assign(org.id, readerTask.id, viewers.READER!.personId!);
    const foreignTask = await buildTask(org.id, org.otherUnitId);
    await assign(org.id, foreignTask.id, owner.id);
    const unitTask = await buildTask(org.id, org.subUnitId);
    const editorArticle = await buildArticle(org.id, { ownerId: viewers.EDITOR!.userId, unitIds: [org.otherUnitId] });
    const otherTask = await buildTask(other.id, other.unitId);
    const cases = [
      ["Aufgabe der Leserin", org.id, org.otherUnitId, readerTask.id, null, null, [viewers.READER!.personId!]],
      ["fremde Aufgabe, andere Einheit", org.id, org.otherUnitId, foreignTask.id, null, null, [owner.id]],
      ["Aufgabe der Untereinheit", org.id, org.subUnitId, unitTask.id, null, null, []],
      ["Artikel der Redaktion", org.id, org.otherUnitId, null, editorArticle.id, viewers.EDITOR!.userId, null],
      ["Suche ohne Treffer, eigene Einheit", org.id, org.unitId, null, null, null, null],
      ["Suche ohne Treffer, ohne Einheit", org.id, null, null, null, null, null],
      ["andere Kommune", other.id, other.unitId, otherTask.id, null, null, []],
    ] as const;
    const fixtures = [];
    for (const [label, organizationId, orgUnitId, taskId, articleId, articleOwnerId, taskOwnerPersonIds] of cases) {
      const report = await systemDb().knowledgeGapReport.create({
        data: { organizationId, orgUnitId, taskId, articleId, description: label },
      });
      fixtures.push({ id: report.id, label, facts: { organizationId, orgUnitId, articleOwnerId, taskOwnerPersonIds } });
    }
    await expectAgreement(
      viewers,
      fixtures,
      async (viewer, ids) =>
        (
          await systemDb().knowledgeGapReport.findMany({
            where: { AND: [answerableGapReportsWhere(viewer), { id: { in: ids } }] },
            select: { id: true },
          })
        ).map((row) => row.id),
      canAnswerGapReport,
    );
  });

  it("Übergabeprotokolle: Beteiligte und Stand", async () => {
    const colleague = await buildPerson(org.id);
    const ownTask = await buildTask(org.id, org.subUnitId);
    const foreignTask = await buildTask(org.id, org.otherUnitId);
    const otherPeople = [await buildPerson(other.id), await buildPerson(other.id)];
    const otherTask = await buildTask(other.id, other.unitId);
    const cases = [
      ["Leserin übergibt, Aufgabe der Untereinheit", org.id, viewers.READER!.personId!, colleague.id, [ownTask]],
      ["an die Redaktion, andere Einheit", org.id, colleague.id, viewers.EDITOR!.personId!, [foreignTask]],
      ["zwischen Dritten, beide Einheiten", org.id, colleague.id, viewers.ADMIN!.personId!, [foreignTask, ownTask]],
      ["andere Kommune", other.id, otherPeople[0]!.id, otherPeople[1]!.id, [otherTask]],
    ] as const;
    const fixtures = [];
    for (const [label, organizationId, fromPersonId, toPersonId, tasks] of cases) {
      const handover = await systemDb().handover.create({
        data: { organizationId, fromPersonId, toPersonId, items: { create: tasks.map((task) => ({ taskId: task.id })) } },
      });
      fixtures.push({
        id: handover.id,
        label,
        facts: { organizationId, fromPersonId, toPersonId, unitIds: tasks.map((task) => task.orgUnitId) },
      });
    }
    const idsBy = (where: (viewer: Viewer) => object) => async (viewer: Viewer, ids: string[]) =>
      (await systemDb().handover.findMany({ where: { AND: [where(viewer), { id: { in: ids } }] }, select: { id: true } })).map(
        (row) => row.id,
      );
    await expectAgreement(viewers, fixtures, idsBy(partyHandoversWhere), isHandoverParty);
    await expectAgreement(viewers, fixtures, idsBy(handoverProgressWhere), canSeeHandoverProgress);
  });

  it("Vertretungen planen: für wen", async () => {
    const ownPosition = await buildPosition(org.id, org.subUnitId);
    const foreignPosition = await buildPosition(org.id, org.otherUnitId);
    const withOwnPosition = await buildPerson(org.id, { positionIds: [ownPosition.id] });
    const ownsOwnTask = await buildPerson(org.id, { positionIds: [foreignPosition.id] });
    await assign(org.id, (await buildTask(org.id, org.unitId)).id, ownsOwnTask.id);
    const deputisesOwnTask = await buildPerson(org.id, { positionIds: [foreignPosition.id] });
    await assign(org.id, (await buildTask(org.id, org.unitId)).id, deputisesOwnTask.id, "DEPUTY");
    const elsewhere = await buildPerson(org.id, { positionIds: [foreignPosition.id] });
    const otherPerson = await buildPerson(other.id);
    // The units a person belongs to for planning: their positions and the tasks they own.
    const fixtures = [
      { id: withOwnPosition.id, label: "Stelle in der eigenen Untereinheit", facts: { organizationId: org.id, unitIds: [org.subUnitId] } },
      {
        id: ownsOwnTask.id,
        label: "verantwortet Aufgabe der eigenen Einheit",
        facts: { organizationId: org.id, unitIds: [org.otherUnitId, org.unitId] },
      },
      {
        id: deputisesOwnTask.id,
        label: "vertritt nur in der eigenen Einheit",
        facts: { organizationId: org.id, unitIds: [org.otherUnitId] },
      },
      { id: elsewhere.id, label: "andere Einheit", facts: { organizationId: org.id, unitIds: [org.otherUnitId] } },
      { id: otherPerson.id, label: "andere Kommune", facts: { organizationId: other.id, unitIds: [] } },
    ];
    await expectAgreement(
      viewers,
      fixtures,
      async (viewer, ids) =>
        (
          await systemDb().person.findMany({ where: { AND: [plannablePeopleWhere(viewer), { id: { in: ids } }] }, select: { id: true } })
        ).map((row) => row.id),
      canPlanDeputyship,
    );
  });

  it("Einarbeitungswege gestalten: welche Stellen", async () => {
    const fixtures = [];
    for (const [label, organizationId, orgUnitId] of unitPlaces()) {
      const position = await buildPosition(organizationId, orgUnitId);
      fixtures.push({ id: position.id, label, facts: { organizationId, orgUnitId } });
    }
    await expectAgreement(
      viewers,
      fixtures,
      async (viewer, ids) =>
        (
          await systemDb().position.findMany({
            where: { AND: [editableOnboardingPositionsWhere(viewer), { id: { in: ids } }] },
            select: { id: true },
          })
        ).map((row) => row.id),
      canEditOnboardingPath,
    );
  });
});
