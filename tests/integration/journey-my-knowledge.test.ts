import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { getInterview, handInInterview, myKnowledge, saveInterviewAnswers } from "@/lib/journeys/interview";
import { markPracticed, practiceStateOf } from "@/lib/journeys/practice";
import { loadTaskCoverage } from "@/lib/coverage/load-coverage";
import { getArticle } from "@/lib/knowledge/get-article";
import { createTestOrganization } from "./helpers/test-organization";

const NOW = new Date("2026-12-01T10:00:00Z");

describe("Mein Wissen sichern", () => {
  it("Befragung in mehreren Sitzungen, Übergabe als Austrittswissen zur Prüfung, nur für eigene Aufgaben", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const leaving = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "J1",
        firstName: "Klaus",
        lastName: "Brinkmann",
        plannedExitMonth: new Date("2027-05-01"),
        exitReason: "RETIREMENT",
      },
    });
    const deputy = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "J2", firstName: "Aylin", lastName: "Demir" },
    });
    await systemDb().taskAssignment.createMany({
      data: [
        { organizationId: org.id, taskId: org.taskId, personId: leaving.id, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: org.taskId, personId: deputy.id, role: "DEPUTY", rank: 1 },
      ],
    });
    // The leaving colleague has only a reader account.
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: leaving.id } });
    await systemDb().user.update({ where: { id: org.viewers.EDITOR.userId }, data: { personId: deputy.id } });
    const me = (await loadViewer(org.viewers.READER.userId))!;
    const myDeputy = (await loadViewer(org.viewers.EDITOR.userId))!;

    const start = await myKnowledge(me, NOW);
    expect(start).toMatchObject({ plannedExitMonth: new Date("2027-05-01"), documented: 0 });
    expect(start!.tasks.map((task) => [task.title, task.maturity, task.interview])).toEqual([["Gewerbeanmeldung", 0, null]]);

    // First sitting, second sitting; answers merge.
    await saveInterviewAnswers(me, org.taskId, { ablauf: "- Antrag prüfen\n- In GEWAN erfassen", fristen: "" });
    await saveInterviewAnswers(me, org.taskId, { fristen: "Empfangsbescheinigung binnen 3 Tagen.", warum: "Weil die IHK es verlangt." });
    expect((await getInterview(me, org.taskId)).answers).toEqual({
      ablauf: "- Antrag prüfen\n- In GEWAN erfassen",
      fristen: "Empfangsbescheinigung binnen 3 Tagen.",
      warum: "Weil die IHK es verlangt.",
    });
    expect((await myKnowledge(me, NOW))!.tasks[0].interview).toMatchObject({ answered: 3, handedIn: false });
    await expect(saveInterviewAnswers(me, org.taskId, { ablauf: "x".repeat(10_001) })).rejects.toThrow("höchstens 10.000 Zeichen");

    // Nobody else documents it: colleagues without assignment, HR, another municipality.
    for (const viewer of [org.viewers.HR, org.viewers.ADMIN, other.viewers.READER]) {
      await expect(getInterview(viewer, org.taskId)).rejects.toThrow("nicht gefunden");
      await expect(saveInterviewAnswers(viewer, org.taskId, { ablauf: "fremd" })).rejects.toThrow("nicht gefunden");
      await expect(handInInterview(viewer, org.taskId)).rejects.toThrow("nicht gefunden");
    }

    const { articleId } = await handInInterview(me, org.taskId);
    const article = await getArticle(me, articleId);
    expect(article).toMatchObject({
      kind: "EXIT",
      status: "IN_REVIEW",
      title: "Austrittswissen: Gewerbeanmeldung",
      owner: { displayName: me.displayName },
    });
    expect(article.tasks.map((link) => link.task.id)).toEqual([org.taskId]);
    expect(article.contentHtml).toContain(
      "<h2>Zweck und Ablauf</h2><ul><li><p>Antrag prüfen</p></li><li><p>In GEWAN erfassen</p></li></ul>",
    );
    expect(article.contentHtml).toContain("<h2>Rechtsgrundlagen</h2><p><em>(noch offen)</em></p>");
    await expect(handInInterview(me, org.taskId)).rejects.toThrow("schon als Artikel übergeben");
    // In the cockpit the task now has notes (maturity 1).
    expect((await loadTaskCoverage(org.viewers.HR, NOW)).find((row) => row.id === org.taskId)!.maturity).toBe(1);
    expect(await systemDb().auditEvent.count({ where: { entityId: org.taskId, action: "journey.interview-hand-in" } })).toBe(1);

    // Published and confirmed, then the deputy marks "selbst durchgeführt": bewährt.
    await systemDb().article.update({
      where: { id: articleId },
      data: { status: "PUBLISHED", nextReviewAt: new Date("2027-10-01"), lastVerifiedAt: new Date("2026-11-20") },
    });
    expect(await practiceStateOf(myDeputy, [org.taskId])).toEqual([{ id: org.taskId, title: "Gewerbeanmeldung", practicedAt: null }]);
    await expect(markPracticed(org.viewers.HR, org.taskId)).rejects.toThrow("nicht gefunden");
    await markPracticed(myDeputy, org.taskId, NOW);
    expect((await practiceStateOf(myDeputy, [org.taskId]))[0].practicedAt).toEqual(NOW);
    expect((await loadTaskCoverage(org.viewers.HR, NOW)).find((row) => row.id === org.taskId)).toMatchObject({
      maturity: 4,
      provenByDeputy: true,
    });
    expect(await myKnowledge(org.viewers.HR)).toBeNull();
  });

  it("zweimal gleichzeitig übergeben legt genau einen Artikel an", async () => {
    const org = await createTestOrganization();
    const leaving = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "J9", firstName: "Klaus", lastName: "Brinkmann" },
    });
    await systemDb().taskAssignment.create({
      data: { organizationId: org.id, taskId: org.taskId, personId: leaving.id, role: "OWNER", rank: 0 },
    });
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: leaving.id } });
    const me = (await loadViewer(org.viewers.READER.userId))!;
    await saveInterviewAnswers(me, org.taskId, { ablauf: "Antrag prüfen." });

    const results = await Promise.allSettled([handInInterview(me, org.taskId), handInInterview(me, org.taskId)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toContain("schon als Artikel übergeben");
    expect(await systemDb().article.count({ where: { organizationId: org.id, kind: "EXIT" } })).toBe(1);
    expect(await systemDb().auditEvent.count({ where: { entityId: org.taskId, action: "journey.interview-hand-in" } })).toBe(1);
  });
});
