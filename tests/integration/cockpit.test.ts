import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/save-article";
import { loadTaskCoverage } from "@/lib/coverage/load-coverage";
import { taskDetail } from "@/lib/coverage/task-detail";
import { knowledgeSignals } from "@/lib/coverage/signals";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const NOW = new Date("2026-12-01T10:00:00Z");

describe("Wissens-Cockpit", () => {
  it("berechnet Reifegrad und Risiko aus den Daten; HR sieht alles, die Leitung ihre Einheiten, sonst niemand", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const owner = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "C1",
        firstName: "Klaus",
        lastName: "Brinkmann",
        plannedExitMonth: new Date("2027-05-01"),
        exitReason: "RETIREMENT",
      },
    });
    const deputy = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "C2", firstName: "Aylin", lastName: "Demir" },
    });
    await systemDb().taskAssignment.createMany({
      data: [
        { organizationId: org.id, taskId: org.taskId, personId: owner.id, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: org.taskId, personId: deputy.id, role: "DEPUTY", rank: 1 },
      ],
    });
    // A second task in another unit, without anything.
    const kasse = await systemDb().task.create({
      data: { organizationId: org.id, orgUnitId: org.otherUnitId, title: "Barkasse", criticality: 5, frequency: "DAILY", systems: [] },
    });

    const before = await loadTaskCoverage(org.viewers.HR, NOW);
    expect(before.map((row) => [row.title, row.maturity, row.risk])).toEqual([
      ["Barkasse", 0, 5],
      ["Gewerbeanmeldung", 0, 11.3],
    ]);

    const { id: articleId } = await createArticle(org.viewers.EDITOR, articleInput({ title: "Gewerbe ummelden", taskIds: [org.taskId] }));
    await systemDb().article.update({ where: { id: articleId }, data: { lastVerifiedAt: new Date("2026-10-01T00:00:00Z") } });
    await systemDb().taskPractice.create({ data: { organizationId: org.id, taskId: org.taskId, personId: deputy.id } });
    const after = await loadTaskCoverage(org.viewers.HR, NOW);
    // 5 (exit in 5 months) × 3 × (1 − 0.8) × 0.75 = 2.25 → 2.3
    expect(after.find((row) => row.id === org.taskId)).toMatchObject({
      maturity: 4,
      provenByDeputy: true,
      singleKnower: false,
      monthsToExit: 5,
      risk: 2.3,
    });

    // The lead sees the tasks of the Bürgeramt (and its sub-units) only; other roles and municipalities nothing.
    expect((await loadTaskCoverage(org.viewers.LEAD, NOW)).map((row) => row.id)).toEqual([org.taskId]);
    for (const role of ["ADMIN", "EDITOR", "READER"] as const) {
      await expect(loadTaskCoverage(org.viewers[role], NOW)).rejects.toThrow("nicht gefunden");
      await expect(taskDetail(org.viewers[role], org.taskId, NOW)).rejects.toThrow("nicht gefunden");
    }
    expect((await loadTaskCoverage(other.viewers.HR, NOW)).map((row) => row.id)).toEqual([other.taskId]);
    await expect(taskDetail(other.viewers.HR, org.taskId, NOW)).rejects.toThrow("nicht gefunden");
    await expect(taskDetail(org.viewers.LEAD, kasse.id, NOW)).rejects.toThrow("nicht gefunden");
    await expect(taskDetail(org.viewers.HR, "kaputt", NOW)).rejects.toThrow("nicht gefunden");

    // Drill-down with people: the lead without audit event, HR with one per view.
    const forLead = await taskDetail(org.viewers.LEAD, org.taskId, NOW);
    expect(forLead.owners).toEqual([expect.objectContaining({ name: "Klaus Brinkmann", exitReason: "Ruhestand" })]);
    expect(forLead.deputies.map((d) => d.name)).toEqual(["Aylin Demir"]);
    expect(forLead.articles).toEqual([{ id: articleId, title: "Gewerbe ummelden", status: "PUBLISHED", verification: "CURRENT" }]);
    expect(await systemDb().auditEvent.count({ where: { entityId: org.taskId, action: "cockpit.task-people.view" } })).toBe(0);
    await taskDetail(org.viewers.HR, org.taskId, NOW);
    const audit = await systemDb().auditEvent.findMany({ where: { entityId: org.taskId, action: "cockpit.task-people.view" } });
    expect(audit.map((event) => event.actorId)).toEqual([org.viewers.HR.userId]);

    // A draft linked to the task is counted for HR, but not named (HR does not read drafts).
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Geheimer Entwurf Gewerbe", status: "DRAFT", taskIds: [org.taskId] }));
    const withDraft = await taskDetail(org.viewers.HR, org.taskId, NOW);
    expect(withDraft.articles.map((a) => a.title).sort()).toEqual(["Gewerbe ummelden", "nicht veröffentlichter Artikel"]);

    // Signals: open gap reports per unit within the scope.
    await systemDb().knowledgeGapReport.createMany({
      data: [
        { organizationId: org.id, description: "Wie geht Ummeldung?", orgUnitId: org.unitId },
        { organizationId: org.id, description: "Kasse?", orgUnitId: org.otherUnitId },
      ],
    });
    expect([...(await knowledgeSignals(org.viewers.HR)).gapsByUnit.entries()].sort()).toEqual(
      [
        [org.otherUnitId, 1],
        [org.unitId, 1],
      ].sort(),
    );
    expect([...(await knowledgeSignals(org.viewers.LEAD)).gapsByUnit.keys()]).toEqual([org.unitId]);
    expect((await knowledgeSignals(org.viewers.LEAD)).zeroResultQueries).toBeNull();
  });
});
