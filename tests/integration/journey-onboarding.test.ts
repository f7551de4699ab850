import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createArticle } from "@/lib/knowledge/save-article";
import { onboardingPath, tickOnboarding } from "@/lib/journeys/onboarding";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Einarbeitung", () => {
  it("Weg für die Stelle: Einstieg, dann Aufgaben nach Kritikalität; Haken sieht nur die Person selbst", async () => {
    const org = await createTestOrganization();
    const newcomer = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "E1",
        firstName: "Lea",
        lastName: "Neu",
        positions: { create: { positionId: org.positionId } },
      },
    });
    const colleague = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "E2",
        firstName: "Alt",
        lastName: "Hase",
        positions: { create: { positionId: org.positionId } },
      },
    });
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: newcomer.id } });
    await systemDb().user.update({ where: { id: org.viewers.EDITOR.userId }, data: { personId: colleague.id } });
    const me = (await loadViewer(org.viewers.READER.userId))!;
    const them = (await loadViewer(org.viewers.EDITOR.userId))!;
    const urgent = await systemDb().task.create({
      data: {
        organizationId: org.id,
        orgUnitId: org.unitId,
        positionId: org.positionId,
        title: "Barkasse",
        criticality: 5,
        frequency: "DAILY",
        systems: ["SAP"],
      },
    });
    const entry = await createArticle(
      org.viewers.EDITOR,
      articleInput({ title: "Willkommen im Bürgeramt", kind: "ENTRY", positionIds: [org.positionId] }),
    );
    const kasse = await createArticle(org.viewers.EDITOR, articleInput({ title: "Kasse zählen", taskIds: [urgent.id] }));
    const gewerbe = await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe erfassen", taskIds: [org.taskId] }));
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Entwurf Kasse", status: "DRAFT", taskIds: [urgent.id] }));

    const path = (await onboardingPath(me))!;
    expect(path.steps.map((step) => [step.title, step.articles.map((a) => a.title)])).toEqual([
      ["Zum Einstieg", ["Willkommen im Bürgeramt"]],
      ["Barkasse", ["Kasse zählen"]],
      ["Gewerbeanmeldung", ["Gewerbe erfassen"]],
    ]);
    expect(path).toMatchObject({ total: 3, read: 0, systems: ["SAP"] });

    await tickOnboarding(me, { articleId: entry.id, what: "read", done: true });
    await tickOnboarding(me, { articleId: kasse.id, what: "practised", done: true });
    const after = (await onboardingPath(me))!;
    expect(after.read).toBe(1);
    expect(after.steps[1].articles[0]).toMatchObject({ read: false, practised: true });
    // The colleague with the same position has their own, untouched progress.
    expect((await onboardingPath(them))!.read).toBe(0);
    await tickOnboarding(me, { articleId: entry.id, what: "read", done: false });
    expect((await onboardingPath(me))!.read).toBe(0);
    const other = await createTestOrganization();
    await expect(tickOnboarding(other.viewers.READER, { articleId: gewerbe.id, what: "read", done: true })).rejects.toThrow(
      "nicht gefunden",
    );
    expect(await onboardingPath(org.viewers.HR)).toBeNull();
  });

  it("ein Neuzugang der Stelle trägt „selbst durchgeführt“ ein – mit geprüftem Artikel wird die Aufgabe „bewährt“", async () => {
    const { markPracticed } = await import("@/lib/journeys/practice");
    const { loadTaskCoverage } = await import("@/lib/coverage/load-coverage");
    const org = await createTestOrganization();
    const NOW = new Date("2026-12-01T10:00:00Z");
    const owner = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "O1", firstName: "Alt", lastName: "Hase" },
    });
    const deputy = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "O2", firstName: "Ver", lastName: "Treter" },
    });
    const newcomer = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "O3",
        firstName: "Lea",
        lastName: "Neu",
        positions: { create: { positionId: org.positionId } },
      },
    });
    const outsider = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "O4", firstName: "Max", lastName: "Fremd" },
    });
    await systemDb().taskAssignment.createMany({
      data: [
        { organizationId: org.id, taskId: org.taskId, personId: owner.id, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: org.taskId, personId: deputy.id, role: "DEPUTY", rank: 1 },
      ],
    });
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: newcomer.id } });
    await systemDb().user.update({ where: { id: org.viewers.EDITOR.userId }, data: { personId: outsider.id } });
    const me = (await loadViewer(org.viewers.READER.userId))!;
    const stranger = (await loadViewer(org.viewers.EDITOR.userId))!;
    const { id: articleId } = await createArticle(org.viewers.ADMIN, articleInput({ title: "Gewerbe ummelden", taskIds: [org.taskId] }));
    await systemDb().article.update({ where: { id: articleId }, data: { lastVerifiedAt: new Date("2026-10-01T00:00:00Z") } });
    const maturity = async () => (await loadTaskCoverage(org.viewers.HR, NOW)).find((row) => row.id === org.taskId)!.maturity;
    expect(await maturity()).toBe(3);

    expect((await onboardingPath(me))!.steps.find((step) => step.taskId === org.taskId)!.taskDoneAt).toBeNull();
    await expect(markPracticed(stranger, org.taskId, NOW)).rejects.toThrow("nicht gefunden");
    await markPracticed(me, org.taskId, NOW);
    expect((await onboardingPath(me))!.steps.find((step) => step.taskId === org.taskId)!.taskDoneAt).toEqual(NOW);
    expect(await maturity()).toBe(4);
    // A mistaken tick can be taken back; it then no longer counts.
    await markPracticed(me, org.taskId, NOW, true);
    expect((await onboardingPath(me))!.steps.find((step) => step.taskId === org.taskId)!.taskDoneAt).toBeNull();
    expect(await maturity()).toBe(3);
  });

  it("„selbst durchgeführt“ gibt es nur für Aufgaben mit veröffentlichter Anleitung", async () => {
    const { markPracticed } = await import("@/lib/journeys/practice");
    const org = await createTestOrganization();
    const newcomer = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "N1",
        firstName: "Nina",
        lastName: "Neu",
        positions: { create: { positionId: org.positionId } },
      },
    });
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: newcomer.id } });
    const me = (await loadViewer(org.viewers.READER.userId))!;
    await expect(markPracticed(me, org.taskId)).rejects.toThrow("noch keine veröffentlichte Anleitung");
    expect(await systemDb().taskPractice.count({ where: { taskId: org.taskId } })).toBe(0);
  });
});
