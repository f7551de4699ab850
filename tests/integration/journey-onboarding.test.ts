import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createArticle } from "@/lib/knowledge/save-article";
import { onboardingPath, tickOnboarding } from "@/lib/journeys/onboarding";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Einarbeitung", () => {
  it("Weg für die Stelle: Einstieg, dann Aufgaben nach Kritikalität; Haken sieht nur die Person selbst", async () => {
    const org = await createTestOrganization();
    const newcomer = await db().person.create({ data: { organizationId: org.id, personnelNumber: "E1", firstName: "Lea", lastName: "Neu", positions: { create: { positionId: org.positionId } } } });
    const colleague = await db().person.create({ data: { organizationId: org.id, personnelNumber: "E2", firstName: "Alt", lastName: "Hase", positions: { create: { positionId: org.positionId } } } });
    await db().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: newcomer.id } });
    await db().user.update({ where: { id: org.viewers.EDITOR.userId }, data: { personId: colleague.id } });
    const me = (await loadViewer(org.viewers.READER.userId))!;
    const them = (await loadViewer(org.viewers.EDITOR.userId))!;
    const urgent = await db().task.create({ data: { organizationId: org.id, orgUnitId: org.unitId, positionId: org.positionId, title: "Barkasse", criticality: 5, frequency: "DAILY", systems: ["SAP"] } });
    const entry = await createArticle(org.viewers.EDITOR, articleInput({ title: "Willkommen im Bürgeramt", kind: "ENTRY", positionIds: [org.positionId] }));
    const kasse = await createArticle(org.viewers.EDITOR, articleInput({ title: "Kasse zählen", taskIds: [urgent.id] }));
    const gewerbe = await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe erfassen", taskIds: [org.taskId] }));
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Entwurf Kasse", status: "DRAFT", taskIds: [urgent.id] }));

    const path = (await onboardingPath(me))!;
    expect(path.steps.map((step) => [step.title, step.articles.map((a) => a.title)])).toEqual([
      ["Zum Einstieg", ["Willkommen im Bürgeramt"]], ["Barkasse", ["Kasse zählen"]], ["Gewerbeanmeldung", ["Gewerbe erfassen"]],
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
    await expect(tickOnboarding(other.viewers.READER, { articleId: gewerbe.id, what: "read", done: true })).rejects.toThrow("nicht gefunden");
    expect(await onboardingPath(org.viewers.HR)).toBeNull();
  });
});
