import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { knowledgeCheck, saveKnowledgeCheck, startKnowledgeCheck } from "@/lib/knowledge-check/checks";
import { addMeasure, deleteMeasure, updateMeasure } from "@/lib/knowledge-check/measures";
import { knowledgeCheckOverview } from "@/lib/knowledge-check/overview";
import { TARGET_FIELDS } from "@/lib/knowledge-check/target-fields";
import { createTestOrganization } from "./helpers/test-organization";
import { assign, buildArticle, buildPerson, buildTask } from "./helpers/factories";

const NOW = new Date("2026-12-06T10:00:00Z");
const allLevels = (level: number, reason = "") => Object.fromEntries(TARGET_FIELDS.map((field) => [field.key, { level, reason }]));

describe("Wissens-Check", () => {
  it("schlägt Stufen aus den Daten vor, verlangt Begründungen, leitet den Plan ab und vergleicht mit dem vorigen Check", async () => {
    const org = await createTestOrganization();
    // Bürgeramt (with sub-unit Meldewesen): 4 tasks; 2 documented (one in the sub-unit), 1 with a staying deputy.
    const [owner, deputy] = [await buildPerson(org.id), await buildPerson(org.id)];
    const tasks = [
      { id: org.taskId },
      await buildTask(org.id, org.unitId),
      await buildTask(org.id, org.subUnitId),
      await buildTask(org.id, org.subUnitId, { criticality: 5 }),
    ];
    for (const task of tasks) await assign(org.id, task.id, owner.id);
    await assign(org.id, tasks[0].id, deputy.id, "DEPUTY");
    for (const task of [tasks[0], tasks[2]]) {
      const article = await buildArticle(org.id, { ownerId: org.viewers.EDITOR.userId, taskIds: [task.id] });
      await systemDb().article.update({ where: { id: article.id }, data: { nextReviewAt: new Date("2030-01-01") } });
    }
    // Another unit's task does not count.
    await buildTask(org.id, org.otherUnitId);

    await expect(startKnowledgeCheck(org.viewers.READER, { unitId: org.unitId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startKnowledgeCheck(org.viewers.LEAD, { unitId: org.otherUnitId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await createTestOrganization();
    await expect(startKnowledgeCheck(other.viewers.HR, { unitId: org.unitId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { id } = await startKnowledgeCheck(org.viewers.LEAD, { unitId: org.unitId }, NOW);
    expect((await startKnowledgeCheck(org.viewers.HR, { unitId: org.unitId }, NOW)).id).toBe(id);
    await expect(knowledgeCheck(other.viewers.HR, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(knowledgeCheck(org.viewers.EDITOR, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const started = await knowledgeCheck(org.viewers.LEAD, id);
    const rating = (key: string) => started.fields.find((field) => field.key === key)!.rating;
    expect(rating("aufgabenkatalog")).toMatchObject({ proposed: 4, evidence: "4 von 4 Aufgaben mit zuständiger Person (100 %)." });
    expect(rating("dokumentation")).toMatchObject({ proposed: 2, evidence: expect.stringMatching(/^2 von 4 .*\(50 %\)/) });
    expect(rating("vertretung")).toMatchObject({ proposed: 1, evidence: expect.stringMatching(/^1 von 4/) });
    expect(rating("einzelwissen")).toMatchObject({
      proposed: 1,
      evidence: expect.stringMatching(/^3 von 4 Aufgaben kennt nur eine Person/),
    });
    expect(rating("nachfolge")).toMatchObject({ proposed: 0, evidence: expect.stringMatching(/^0 von 1 kritischen/) });
    expect(rating("uebergabe")).toMatchObject({ proposed: null });
    expect(rating("wissensaustausch")).toMatchObject({ proposed: null, level: null });
    // Nothing in it names a person.
    const text = JSON.stringify(started);
    for (const person of [owner, deputy]) expect(text).not.toContain(person.lastName);

    // Correcting a proposal needs a reason; completing needs every level.
    await expect(
      saveKnowledgeCheck(org.viewers.LEAD, { id, ratings: { dokumentation: { level: 4, reason: "" } }, complete: false }),
    ).rejects.toMatchObject({
      fieldErrors: { dokumentation: [expect.stringContaining("begründen")] },
    });
    // The refused entry is kept as the draft, so the form shows it again (nothing lost).
    expect((await knowledgeCheck(org.viewers.LEAD, id)).fields.find((field) => field.key === "dokumentation")!.rating.level).toBe(4);
    expect((await knowledgeCheck(org.viewers.LEAD, id)).status).toBe("DRAFT");
    await expect(saveKnowledgeCheck(org.viewers.LEAD, { id, ratings: {}, complete: true })).rejects.toMatchObject({
      fieldErrors: { wissensaustausch: [expect.stringContaining("Stufe wählen")] },
    });
    const team = { ...Object.fromEntries(started.fields.map((field) => [field.key, { level: field.rating.level ?? 2, reason: "" }])) };
    team.dokumentation = { level: 3, reason: "Zwei weitere Anleitungen sind in Arbeit und werden im Januar veröffentlicht." };
    await saveKnowledgeCheck(org.viewers.LEAD, { id, ratings: team, complete: true }, NOW);
    const done = await knowledgeCheck(org.viewers.HR, id);
    expect(done.status).toBe("COMPLETED");
    // The plan: one measure per field below 3, gaps first (level 0 in 2 quarters, 1 in 4, 2 in 8).
    const expectedFields = done.fields.filter((field) => field.rating.level! < 3).map((field) => field.key);
    expect(done.measures.map((measure) => measure.fieldKey).sort()).toEqual(expectedFields.sort());
    expect(done.measures.find((measure) => measure.fieldKey === "nachfolge")).toMatchObject({ targetQuarter: "2027-Q2", status: "OPEN" });
    expect(done.measures.find((measure) => measure.fieldKey === "vertretung")).toMatchObject({ targetQuarter: "2027-Q4" });
    expect(done.measures.find((measure) => measure.fieldKey === "wissensaustausch")).toMatchObject({ targetQuarter: "2028-Q4" });
    await expect(saveKnowledgeCheck(org.viewers.LEAD, { id, ratings: {}, complete: false })).rejects.toMatchObject({ code: "INVALID" });

    // The plan is editable, within its three years.
    const measure = done.measures[0];
    await updateMeasure(org.viewers.LEAD, { ...measure, title: "Vertretungen für alle Aufgaben festlegen", status: "IN_PROGRESS" });
    await expect(updateMeasure(org.viewers.LEAD, { ...measure, targetQuarter: "2031-Q1", status: "OPEN" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(updateMeasure(other.viewers.HR, { ...measure, status: "DONE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await addMeasure(org.viewers.HR, {
      checkId: id,
      fieldKey: "qualifizierung",
      title: "Schulung Fachverfahren",
      responsibleRole: "Personalamt",
      targetQuarter: "2027-Q3",
    });
    await expect(
      addMeasure(org.viewers.HR, { checkId: id, fieldKey: "qualifizierung", title: "x", responsibleRole: "", targetQuarter: "2027-Q3" }),
    ).rejects.toMatchObject({
      fieldErrors: { title: [expect.any(String)], responsibleRole: [expect.any(String)] },
    });
    const withAdded = await knowledgeCheck(org.viewers.HR, id);
    expect(withAdded.measures).toHaveLength(done.measures.length + 1);
    await deleteMeasure(org.viewers.HR, { id: withAdded.measures.find((item) => item.title === "Schulung Fachverfahren")!.id });
    expect((await knowledgeCheck(org.viewers.HR, id)).measures).toHaveLength(done.measures.length);

    // A second check shows the change against the first; the overview rolls both units up.
    const second = await startKnowledgeCheck(org.viewers.HR, { unitId: org.unitId }, new Date("2027-12-01T10:00:00Z"));
    expect(second.id).not.toBe(id);
    await saveKnowledgeCheck(
      org.viewers.HR,
      { id: second.id, ratings: allLevels(3, "Nach einem Jahr Arbeit am Plan deutlich besser eingeschätzt."), complete: true },
      new Date("2027-12-01T10:00:00Z"),
    );
    const compared = await knowledgeCheck(org.viewers.HR, second.id);
    expect(compared.fields.find((field) => field.key === "dokumentation")).toMatchObject({ previousLevel: 3, rating: { level: 3 } });
    expect(compared.fields.find((field) => field.key === "vertretung")).toMatchObject({ previousLevel: 1 });
    const third = await startKnowledgeCheck(org.viewers.HR, { unitId: org.otherUnitId }, NOW);
    await saveKnowledgeCheck(
      org.viewers.HR,
      { id: third.id, ratings: allLevels(1, "Die Kämmerei steht noch am Anfang, Einschätzung im Team."), complete: true },
      NOW,
    );
    const overview = await knowledgeCheckOverview(org.viewers.HR);
    expect(overview.completedUnits).toBe(2);
    expect(overview.rollup.find((field) => field.key === "dokumentation")).toMatchObject({ units: 2, average: 2, gaps: 1 });
    const leadOverview = await knowledgeCheckOverview(org.viewers.LEAD);
    expect(leadOverview.units.map((unit) => unit.id).sort()).toEqual([org.unitId, org.subUnitId].sort());
    await expect(knowledgeCheckOverview(org.viewers.READER)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
