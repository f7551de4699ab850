import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createArticle } from "@/lib/knowledge/save-article";
import { deputyCandidates, deputyView } from "@/lib/journeys/deputy-view";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

describe("Ich vertrete …", () => {
  it("zeigt nur Aufgaben, bei denen ich Vertretung bin, mit Anleitungen, Kontakten und Fristen im Zeitraum", async () => {
    const org = await createTestOrganization();
    const absent = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "V1", firstName: "Klaus", lastName: "Brinkmann" },
    });
    const me = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "V2", firstName: "Lea", lastName: "Hoffmann" },
    });
    const notMine = await systemDb().task.create({
      data: { organizationId: org.id, orgUnitId: org.unitId, title: "Fremde Aufgabe", criticality: 2, frequency: "DAILY", systems: [] },
    });
    await systemDb().taskAssignment.createMany({
      data: [
        { organizationId: org.id, taskId: org.taskId, personId: absent.id, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: org.taskId, personId: me.id, role: "DEPUTY", rank: 1 },
        { organizationId: org.id, taskId: notMine.id, personId: absent.id, role: "OWNER", rank: 0 },
      ],
    });
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: me.id } });
    const viewer = (await loadViewer(org.viewers.READER.userId))!;
    await createArticle(
      org.viewers.EDITOR,
      articleInput({
        title: "Gewerbe vertreten",
        taskIds: [org.taskId],
        content: {
          type: "doc",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "So geht es." }] },
            { type: "deadline", attrs: { title: "Statistikmeldung", schedule: "monthly", day: 10, month: null, date: "", note: "" } },
            { type: "contact", attrs: { name: "IHK Musterhausen", unit: "", phone: "0123 / 1", email: "", note: "" } },
            { type: "system", attrs: { name: "VOIS|GEWAN", purpose: "" } },
          ],
        },
      }),
    );
    await createArticle(org.viewers.EDITOR, articleInput({ title: "Entwurf Gewerbe", status: "DRAFT", taskIds: [org.taskId] }));

    expect(await deputyCandidates(viewer)).toEqual([{ id: absent.id, name: "Klaus Brinkmann" }]);
    const view = await deputyView(viewer, { fuer: absent.id, von: "2026-12-01", bis: "2027-01-31" });
    expect(view.tasks.map((task) => [task.title, task.rank])).toEqual([["Gewerbeanmeldung", 1]]);
    expect(view.tasks[0].articles.map((article) => article.title)).toEqual(["Gewerbe vertreten"]);
    expect(view.tasks[0].contacts.map((contact) => contact.name)).toEqual(["IHK Musterhausen"]);
    expect(view.tasks[0].systems).toEqual(["VOIS|GEWAN"]);
    expect(view.deadlines.map((deadline) => deadline.date.toISOString().slice(0, 10))).toEqual(["2026-12-10", "2027-01-10"]);

    await expect(deputyView(viewer, { fuer: absent.id, von: "2027-02-01", bis: "2027-01-01" })).rejects.toThrow(
      "Ende liegt vor dem Anfang",
    );
    await expect(deputyView(viewer, { fuer: absent.id, von: "2026-01-01", bis: "2027-06-01" })).rejects.toThrow("höchstens ein Jahr");
    await expect(deputyView(viewer, { fuer: "kaputt", von: "2026-12-01", bis: "2026-12-02" })).rejects.toThrow("wen Sie vertreten");
    // Not a deputy of this person / no person / other municipality: nothing.
    await expect(deputyView(org.viewers.EDITOR, { fuer: absent.id, von: "2026-12-01", bis: "2026-12-02" })).rejects.toThrow(
      "nicht gefunden",
    );
    const other = await createTestOrganization();
    await expect(deputyView(other.viewers.READER, { fuer: absent.id, von: "2026-12-01", bis: "2026-12-02" })).rejects.toThrow(
      "nicht gefunden",
    );
  });
});

describe("Wissenslücke an einer Aufgabe", () => {
  it("erreicht Zuständige und Leitung der Einheit, zählt im Cockpit, wird beantwortet und geschlossen", async () => {
    const { reportTaskGap, taskGapsToAnswer, answerTaskGap, myTaskGapReports } = await import("@/lib/journeys/task-gaps");
    const { knowledgeSignals } = await import("@/lib/coverage/signals");
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const owner = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "G1", firstName: "Olga", lastName: "Owner" },
    });
    await systemDb().taskAssignment.create({
      data: { organizationId: org.id, taskId: org.taskId, personId: owner.id, role: "OWNER", rank: 0 },
    });
    await systemDb().user.update({ where: { id: org.viewers.EDITOR.userId }, data: { personId: owner.id } });
    const ownerViewer = (await loadViewer(org.viewers.EDITOR.userId))!;

    await expect(reportTaskGap(org.viewers.READER, org.taskId, "kurz")).rejects.toThrow("mindestens 5 Zeichen");
    await expect(reportTaskGap(other.viewers.READER, org.taskId, "Wie geht das bei Auswärtigen?")).rejects.toThrow("nicht gefunden");
    const { id } = await reportTaskGap(org.viewers.READER, org.taskId, "Wie geht das bei Auswärtigen?");
    expect((await taskGapsToAnswer(ownerViewer)).map((gap) => gap.id)).toEqual([id]);
    expect((await taskGapsToAnswer(org.viewers.LEAD)).map((gap) => gap.id)).toEqual([id]);
    expect(await taskGapsToAnswer(org.viewers.HR)).toEqual([]);
    expect(await taskGapsToAnswer(org.viewers.READER)).toEqual([]);
    expect((await knowledgeSignals(org.viewers.HR)).gapsByUnit.get(org.unitId)).toBe(1);

    await expect(answerTaskGap(org.viewers.READER, id, "Ich weiß es")).rejects.toThrow("nicht gefunden");
    await expect(answerTaskGap(ownerViewer, id, "")).rejects.toThrow("Antwort");
    await answerTaskGap(org.viewers.LEAD, id, "Siehe Artikel Gewerbe, Abschnitt Sonderfälle.");
    expect(await systemDb().knowledgeGapReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CLOSED",
      answeredById: org.viewers.LEAD.userId,
      answer: "Siehe Artikel Gewerbe, Abschnitt Sonderfälle.",
    });
    expect(await taskGapsToAnswer(ownerViewer)).toEqual([]);
    await expect(answerTaskGap(ownerViewer, id, "nochmal")).rejects.toThrow("nicht gefunden");
    // The reporter sees the answer; nobody else sees their list.
    expect(await myTaskGapReports(org.viewers.READER)).toEqual([
      expect.objectContaining({ id, open: false, answer: "Siehe Artikel Gewerbe, Abschnitt Sonderfälle.", subject: "Gewerbeanmeldung" }),
    ]);
    expect(await myTaskGapReports(org.viewers.HR)).toEqual([]);
  });

  it("Dokumentation anfragen (Personalamt aus dem Cockpit): erreicht die Leitung, nur in der eigenen Kommune", async () => {
    const { requestTaskDocumentation, taskGapsToAnswer } = await import("@/lib/journeys/task-gaps");
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    await expect(requestTaskDocumentation(other.viewers.HR, org.taskId, "")).rejects.toThrow("nicht gefunden");
    await expect(requestTaskDocumentation(org.viewers.HR, "kein-uuid", "")).rejects.toThrow("nicht gefunden");
    const { id } = await requestTaskDocumentation(org.viewers.HR, org.taskId, "Austritt im März.");
    const forLead = await taskGapsToAnswer(org.viewers.LEAD);
    expect(forLead.find((entry) => entry.id === id)?.description).toMatch(/^Bitte halten Sie das Wissen .* Austritt im März\.$/);
    expect((await taskGapsToAnswer(other.viewers.LEAD)).some((entry) => entry.id === id)).toBe(false);
  });

  it("aus einer Suche ohne Treffer: das Personalamt beantwortet sie, die meldende Person sieht die Antwort", async () => {
    const { answerTaskGap, myTaskGapReports, taskGapsToAnswer } = await import("@/lib/journeys/task-gaps");
    const { reportKnowledgeGap, listGapReports } = await import("@/lib/knowledge/gap-reports");
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const { id } = await reportKnowledgeGap(org.viewers.READER, {
      description: "Wie beantrage ich ein Führungszeugnis für Ehrenamtliche?",
      query: "führungszeugnis ehrenamt",
    });
    const mine = await myTaskGapReports(org.viewers.READER);
    expect(mine.find((report) => report.id === id)).toMatchObject({ open: true, subject: "Suche „führungszeugnis ehrenamt“" });
    const onPage = await listGapReports(org.viewers.HR);
    expect(onPage.find((report) => report.id === id)?.answerable).toBe(true);
    expect((await taskGapsToAnswer(org.viewers.HR)).some((report) => report.id === id)).toBe(true);
    // Not the editor, not another municipality.
    await expect(answerTaskGap(org.viewers.EDITOR, id, "Weiß ich nicht.")).rejects.toThrow("nicht gefunden");
    await expect(answerTaskGap(other.viewers.HR, id, "Fremde Antwort.")).rejects.toThrow("nicht gefunden");
    await answerTaskGap(org.viewers.HR, id, "Steht jetzt im Artikel „Ehrenamt im Bürgeramt“.");
    expect((await myTaskGapReports(org.viewers.READER)).find((report) => report.id === id)).toMatchObject({
      open: false,
      answer: "Steht jetzt im Artikel „Ehrenamt im Bürgeramt“.",
    });
  });

  it("auch an einem Artikel: erreicht die verantwortliche Person und die Leitung, zählt im Cockpit, Suchlücken bleiben getrennt", async () => {
    const { reportArticleGap, taskGapsToAnswer, answerTaskGap, myTaskGapReports } = await import("@/lib/journeys/task-gaps");
    const { knowledgeSignals } = await import("@/lib/coverage/signals");
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const published = await createArticle(org.viewers.EDITOR, articleInput({ title: "Fundsachen annehmen", unitIds: [org.unitId] }));
    const draft = await createArticle(org.viewers.EDITOR, articleInput({ title: "Entwurf", status: "DRAFT", unitIds: [org.unitId] }));
    // A gap from the search page (no task, no article) goes to the knowledge managers and the unit's lead.
    const fromSearch = await systemDb().knowledgeGapReport.create({
      data: { organizationId: org.id, query: "fundrad", description: "Nichts gefunden", orgUnitId: org.unitId },
    });

    await expect(reportArticleGap(org.viewers.READER, published.id, "kurz")).rejects.toThrow("mindestens 5 Zeichen");
    await expect(reportArticleGap(org.viewers.READER, draft.id, "Was ist mit Fahrrädern?")).rejects.toThrow("nicht gefunden");
    await expect(reportArticleGap(other.viewers.ADMIN, published.id, "Was ist mit Fahrrädern?")).rejects.toThrow("nicht gefunden");
    const { id } = await reportArticleGap(org.viewers.READER, published.id, "Was ist mit Fahrrädern?");
    expect((await taskGapsToAnswer(org.viewers.EDITOR)).map((gap) => [gap.id, gap.subject, gap.articleId])).toEqual([
      [id, "Fundsachen annehmen", published.id],
    ]);
    expect((await taskGapsToAnswer(org.viewers.LEAD)).map((gap) => gap.id)).toEqual([fromSearch.id, id]);
    for (const viewer of [org.viewers.HR, org.viewers.ADMIN])
      expect((await taskGapsToAnswer(viewer)).map((gap) => [gap.id, gap.subject])).toEqual([[fromSearch.id, "Suche „fundrad“"]]);
    for (const viewer of [org.viewers.READER, other.viewers.LEAD]) expect(await taskGapsToAnswer(viewer)).toEqual([]);
    expect((await knowledgeSignals(org.viewers.HR)).gapsByUnit.get(org.unitId)).toBe(2);
    await expect(answerTaskGap(other.viewers.LEAD, id, "Fremde Antwort")).rejects.toThrow("nicht gefunden");
    await answerTaskGap(org.viewers.EDITOR, id, "Fahrräder gehen an das Fundbüro, Abschnitt ergänzt.");
    expect(await myTaskGapReports(org.viewers.READER)).toEqual([
      expect.objectContaining({ id, open: false, subject: "Fundsachen annehmen" }),
    ]);
  });
});
