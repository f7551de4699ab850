import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createArticle } from "@/lib/knowledge/save-article";
import { onboardingPath, tickOnboarding } from "@/lib/journeys/onboarding";
import {
  addGlossaryEntry,
  changeOnboardingPath,
  editablePositions,
  onboardingPathEditor,
  removeGlossaryEntry,
} from "@/lib/journeys/onboarding-path";
import { updateGovernanceSettings } from "@/lib/org/organization-settings";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

async function setUp() {
  const org = await createTestOrganization();
  const newcomer = await systemDb().person.create({
    data: {
      organizationId: org.id,
      personnelNumber: "N1",
      firstName: "Lea",
      lastName: "Neu",
      positions: { create: { positionId: org.positionId } },
    },
  });
  await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: newcomer.id } });
  const me = (await loadViewer(org.viewers.READER.userId))!;
  const kasse = await systemDb().task.create({
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
  const fremd = await systemDb().task.create({
    data: { organizationId: org.id, orgUnitId: org.unitId, title: "Fundsachen", criticality: 1, frequency: "WEEKLY", systems: ["Fundus"] },
  });
  const entry = await createArticle(
    org.viewers.EDITOR,
    articleInput({ title: "Willkommen", kind: "ENTRY", positionIds: [org.positionId] }),
  );
  const kasseArticle = await createArticle(org.viewers.EDITOR, articleInput({ title: "Kasse zählen", taskIds: [kasse.id] }));
  await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe erfassen", taskIds: [org.taskId] }));
  const fund = await createArticle(org.viewers.EDITOR, articleInput({ title: "Fundsache annehmen", taskIds: [fremd.id] }));
  const hausordnung = await createArticle(org.viewers.EDITOR, articleInput({ title: "Hausordnung", kind: "PROCEDURE" }));
  return { org, me, kasse, fremd, entry, kasseArticle, fund, hausordnung };
}

const stepsOf = async (viewer: Parameters<typeof onboardingPath>[0]) =>
  (await onboardingPath(viewer))!.steps.map((step) => [step.title, step.articles.map((article) => article.title)]);

describe("Einarbeitungsweg, von der Leitung gestaltet", () => {
  it("umordnen, ergänzen, entfernen, zurücksetzen; Glossar und Ansprechpersonen erscheinen beim Neuzugang", async () => {
    const { org, me, kasse, fremd, hausordnung } = await setUp();
    const lead = org.viewers.LEAD;
    expect(await stepsOf(me)).toEqual([
      ["Zum Einstieg", ["Willkommen"]],
      ["Barkasse", ["Kasse zählen"]],
      ["Gewerbeanmeldung", ["Gewerbe erfassen"]],
    ]);
    expect((await editablePositions(lead))!.map((position) => [position.title, position.edited])).toEqual([["Sachbearbeitung", false]]);

    const editor = await onboardingPathEditor(lead, org.positionId);
    expect(editor.items.map((item) => item.key)).toEqual([
      `ARTICLE:${editor.items[0].kind === "ARTICLE" ? editor.items[0].articleId : ""}`,
      `TASK:${kasse.id}`,
      `TASK:${org.taskId}`,
    ]);
    // Gewerbeanmeldung first, Fundsachen and the Hausordnung added, the welcome removed, a contact.
    await changeOnboardingPath(lead, org.positionId, { op: "up", index: "2", key: `TASK:${org.taskId}` });
    await changeOnboardingPath(lead, org.positionId, { op: "up", index: "1", key: `TASK:${org.taskId}` });
    await changeOnboardingPath(lead, org.positionId, { op: "addTask", taskId: fremd.id });
    await changeOnboardingPath(lead, org.positionId, { op: "addArticle", articleId: hausordnung.id });
    await changeOnboardingPath(lead, org.positionId, { op: "remove", index: "1", key: editor.items[0].key });
    await changeOnboardingPath(lead, org.positionId, { op: "addContact", label: "Frau Berg, Personalrat", details: "Tel. 123" });
    expect(await stepsOf(me)).toEqual([
      ["Gewerbeanmeldung", ["Gewerbe erfassen"]],
      ["Barkasse", ["Kasse zählen"]],
      ["Fundsachen", ["Fundsache annehmen"]],
      ["Zum Lesen", ["Hausordnung"]],
    ]);
    // A stale page (old index/key) changes nothing.
    await expect(changeOnboardingPath(lead, org.positionId, { op: "down", index: "0", key: `TASK:${kasse.id}` })).rejects.toThrow(
      "inzwischen geändert",
    );
    await expect(changeOnboardingPath(lead, org.positionId, { op: "addTask", taskId: fremd.id })).rejects.toThrow(
      "schon im Einarbeitungsweg",
    );
    await expect(changeOnboardingPath(lead, org.positionId, { op: "addContact", label: "" })).rejects.toThrow("Namen angeben");
    await expect(changeOnboardingPath(lead, org.positionId, { op: "fly" })).rejects.toThrow("nicht möglich");

    await addGlossaryEntry(lead, org.positionId, { term: "EWO", meaning: "Einwohnermeldeverfahren" });
    await expect(addGlossaryEntry(lead, org.positionId, { term: "EWO", meaning: "doppelt" })).rejects.toThrow("schon im Glossar");
    await expect(addGlossaryEntry(lead, org.positionId, { term: "", meaning: "leer" })).rejects.toThrow("Begriff angeben");
    const path = (await onboardingPath(me))!;
    expect(path.glossary.map((entry) => [entry.term, entry.meaning])).toEqual([["EWO", "Einwohnermeldeverfahren"]]);
    expect(path.contacts).toEqual([{ label: "Frau Berg, Personalrat", details: "Tel. 123" }]);
    expect(path.systems).toEqual(["Fundus", "SAP"]);
    await removeGlossaryEntry(lead, org.positionId, path.glossary[0].id);
    expect((await onboardingPath(me))!.glossary).toEqual([]);

    await changeOnboardingPath(lead, org.positionId, { op: "reset" });
    expect(await stepsOf(me)).toEqual([
      ["Zum Einstieg", ["Willkommen"]],
      ["Barkasse", ["Kasse zählen"]],
      ["Gewerbeanmeldung", ["Gewerbe erfassen"]],
    ]);
    const actions = await systemDb().auditEvent.count({ where: { organizationId: org.id, action: "onboarding.path-change" } });
    expect(actions).toBe(7);
  });

  it("nur Leitung der Einheit und Administration gestalten; Fortschritt anderer nur mit Einstellung und nur für die Leitung", async () => {
    const { org, me, entry, kasseArticle } = await setUp();
    const other = await createTestOrganization();
    for (const viewer of [org.viewers.HR, org.viewers.EDITOR, org.viewers.READER, ...Object.values(other.viewers)]) {
      await expect(onboardingPathEditor(viewer, org.positionId)).rejects.toThrow("nicht gefunden");
      await expect(changeOnboardingPath(viewer, org.positionId, { op: "reset" })).rejects.toThrow("nicht gefunden");
      await expect(addGlossaryEntry(viewer, org.positionId, { term: "X", meaning: "Versuch" })).rejects.toThrow("nicht gefunden");
    }
    for (const role of ["HR", "EDITOR", "READER"] as const) expect(await editablePositions(org.viewers[role])).toBeNull();
    expect((await editablePositions(other.viewers.LEAD))!.map((position) => position.id)).toEqual([other.positionId]);
    // A lead of another unit only: nothing.
    const kaemmereiLead = await systemDb().user.create({
      data: {
        organizationId: org.id,
        email: `k-${org.id}@test.example`,
        displayName: "K",
        role: "LEAD",
        passwordHash: "x",
        unitScopes: { create: [{ orgUnitId: org.otherUnitId }] },
      },
    });
    await expect(onboardingPathEditor((await loadViewer(kaemmereiLead.id))!, org.positionId)).rejects.toThrow("nicht gefunden");
    expect(await systemDb().onboardingPathItem.count({ where: { organizationId: org.id } })).toBe(0);

    await tickOnboarding(me, { articleId: entry.id, what: "read", done: true });
    await tickOnboarding(me, { articleId: kasseArticle.id, what: "practised", done: true });
    expect((await onboardingPathEditor(org.viewers.LEAD, org.positionId)).progress).toBeNull();
    expect((await onboardingPathEditor(org.viewers.ADMIN, org.positionId)).progress).toBeNull();
    await updateGovernanceSettings(org.viewers.ADMIN, { defaultReviewIntervalMonths: "12", leadsSeeOnboardingProgress: "on" });
    expect((await onboardingPathEditor(org.viewers.LEAD, org.positionId)).progress).toEqual([
      { name: "Lea Neu", read: 1, practised: 1, total: 3 },
    ]);
    // Admins shape paths but do not see progress, even with the setting.
    expect((await onboardingPathEditor(org.viewers.ADMIN, org.positionId)).progress).toBeNull();
  });
});
