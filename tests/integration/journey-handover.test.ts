import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createArticle } from "@/lib/knowledge/save-article";
import {
  confirmHandover,
  getHandover,
  handoverChoices,
  handoverProgress,
  myHandovers,
  saveHandover,
  startHandover,
} from "@/lib/journeys/handover";
import { articleInput, createTestOrganization } from "./helpers/test-organization";

const blank = { runningMatters: "", accessToTransfer: "", fileLocation: "", openQuestions: "" };

async function setUp() {
  const org = await createTestOrganization();
  const leaving = await systemDb().person.create({
    data: {
      organizationId: org.id,
      personnelNumber: "U1",
      firstName: "Renate",
      lastName: "Albers",
      plannedExitMonth: new Date("2027-06-01"),
    },
  });
  const successor = await systemDb().person.create({
    data: { organizationId: org.id, personnelNumber: "U2", firstName: "Jonas", lastName: "Engel" },
  });
  const kasse = await systemDb().task.create({
    data: { organizationId: org.id, orgUnitId: org.otherUnitId, title: "Barkasse", criticality: 4, frequency: "DAILY", systems: [] },
  });
  await systemDb().taskAssignment.createMany({
    data: [
      { organizationId: org.id, taskId: org.taskId, personId: leaving.id, role: "OWNER", rank: 0 },
      { organizationId: org.id, taskId: org.taskId, personId: successor.id, role: "DEPUTY", rank: 1 },
      { organizationId: org.id, taskId: kasse.id, personId: leaving.id, role: "OWNER", rank: 0 },
    ],
  });
  await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: leaving.id } });
  await systemDb().user.update({ where: { id: org.viewers.EDITOR.userId }, data: { personId: successor.id } });
  await createArticle(
    org.viewers.EDITOR,
    articleInput({
      title: "Gewerbe",
      taskIds: [org.taskId],
      content: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "So." }] },
          { type: "deadline", attrs: { title: "Statistik", schedule: "monthly", day: 10, month: null, date: "", note: "" } },
        ],
      },
    }),
  );
  return {
    org,
    leaving,
    successor,
    kasse,
    from: (await loadViewer(org.viewers.READER.userId))!,
    to: (await loadViewer(org.viewers.EDITOR.userId))!,
  };
}

describe("Übergabeprotokoll", () => {
  it("beginnen, ausfüllen, beide bestätigen; Änderung hebt Bestätigungen auf; abgeschlossen bleibt es unverändert", async () => {
    const { org, successor, kasse, from, to } = await setUp();
    const choices = (await handoverChoices(from))!;
    expect(choices.tasks.map((task) => task.title)).toEqual(["Barkasse", "Gewerbeanmeldung"]);
    expect(choices.deputies.map((person) => person.id)).toEqual([successor.id]);

    await expect(startHandover(from, { toPersonId: successor.id, taskIds: [] })).rejects.toThrow("mindestens eine Aufgabe");
    await expect(startHandover(from, { toPersonId: from.personId, taskIds: [kasse.id] })).rejects.toThrow("nicht an sich selbst");
    // Only own tasks can be handed over.
    await expect(startHandover(to, { toPersonId: from.personId, taskIds: [kasse.id] })).rejects.toThrow("für die Sie zuständig sind");
    const { id } = await startHandover(from, { toPersonId: successor.id, taskIds: [kasse.id, org.taskId] });

    const record = await getHandover(from, id, new Date("2026-12-01T08:00:00Z"));
    // A task with a published article starts as "dokumentiert".
    expect(record.items.map((item) => [item.title, item.status])).toEqual([
      ["Barkasse", "OPEN"],
      ["Gewerbeanmeldung", "DOCUMENTED"],
    ]);
    expect(record.deadlines.map((deadline) => [deadline.date.toISOString().slice(0, 10), deadline.taskTitle])).toEqual([
      ["2026-12-10", "Gewerbeanmeldung"],
      ["2027-01-10", "Gewerbeanmeldung"],
      ["2027-02-10", "Gewerbeanmeldung"],
    ]);
    expect((await getHandover(to, id)).viewerSide).toBe("to");
    // The planned exit is for the leaving person, HR and the lead – not for the successor (docs/coverage.md).
    expect(record.fromExitMonth).not.toBeNull();
    expect((await getHandover(to, id)).fromExitMonth).toBeNull();

    const values = (updatedAt: Date, status: string) => ({
      updatedAt: updatedAt.toISOString(),
      notes: "Schlüssel liegt im Tresor.",
      items: [
        { taskId: kasse.id, status, ...blank, runningMatters: "Abrechnung November" },
        { taskId: org.taskId, status: "DISCUSSED", ...blank },
      ],
    });
    await expect(saveHandover(from, id, { ...values(record.updatedAt, "GIBTESNICHT") })).rejects.toThrow("markierten");
    await saveHandover(from, id, values(record.updatedAt, "DISCUSSED"));
    // The other side saves with the page it loaded before: refused, nothing changed.
    await expect(saveHandover(to, id, values(record.updatedAt, "TAKEN_OVER"))).rejects.toThrow("inzwischen von der anderen Seite geändert");
    let current = await getHandover(to, id);
    expect(current.items[0]).toMatchObject({ status: "DISCUSSED", runningMatters: "Abrechnung November" });
    expect(current.notes).toBe("Schlüssel liegt im Tresor.");

    expect((await myHandovers(from, { awaitingMe: true })).map((row) => row.id)).toEqual([id]);
    await confirmHandover(from, id, current.updatedAt.toISOString());
    expect(await myHandovers(from, { awaitingMe: true })).toEqual([]);
    expect((await myHandovers(to, { awaitingMe: true })).map((row) => row.id)).toEqual([id]);
    await expect(confirmHandover(from, id, (await getHandover(from, id)).updatedAt.toISOString())).rejects.toThrow("schon bestätigt");
    // A change after a confirmation clears it.
    current = await getHandover(to, id);
    expect(await saveHandover(to, id, values(current.updatedAt, "TAKEN_OVER"))).toEqual({ confirmationsCleared: true });
    current = await getHandover(to, id);
    expect(current.fromConfirmedAt).toBeNull();
    // Saving the same values again changes nothing and keeps confirmations.
    await confirmHandover(to, id, current.updatedAt.toISOString());
    current = await getHandover(from, id);
    expect(await saveHandover(from, id, values(current.updatedAt, "TAKEN_OVER"))).toEqual({ confirmationsCleared: false });
    expect((await getHandover(from, id)).toConfirmedAt).not.toBeNull();
    expect(await confirmHandover(from, id, current.updatedAt.toISOString())).toEqual({ closed: true });
    const closed = await getHandover(from, id);
    expect(closed.closed).toBe(true);
    await expect(saveHandover(to, id, values(closed.updatedAt, "OPEN"))).rejects.toThrow("abgeschlossen");
    expect((await getHandover(to, id)).items[0].status).toBe("TAKEN_OVER");

    expect((await myHandovers(to)).map((row) => [row.fromName, row.closed, row.counts.TAKEN_OVER])).toEqual([["Renate Albers", true, 1]]);
    const actions = (
      await systemDb().auditEvent.findMany({
        where: { organizationId: org.id, entityId: id },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      })
    ).map((event) => event.action);
    expect(actions).toEqual([
      "handover.start",
      "handover.update",
      "handover.confirm",
      "handover.update",
      "handover.confirm",
      "handover.confirm",
    ]);
  });

  it("nur die Beteiligten sehen das Protokoll; Leitung und Personalamt sehen den Stand je Aufgabe, keine Notizen", async () => {
    const { org, successor, kasse, from } = await setUp();
    const { id } = await startHandover(from, { toPersonId: successor.id, taskIds: [kasse.id, org.taskId] });
    const other = await createTestOrganization();
    for (const viewer of [org.viewers.ADMIN, org.viewers.HR, org.viewers.LEAD, ...Object.values(other.viewers)]) {
      await expect(getHandover(viewer, id)).rejects.toThrow("nicht gefunden");
      await expect(saveHandover(viewer, id, { updatedAt: new Date().toISOString(), notes: "x", items: [] })).rejects.toThrow(
        "nicht gefunden",
      );
      await expect(confirmHandover(viewer, id, new Date().toISOString())).rejects.toThrow("nicht gefunden");
    }
    const hr = (await handoverProgress(org.viewers.HR))!;
    expect(hr.map((row) => [row.fromName, row.toName, row.items.map((item) => [item.title, item.status])])).toEqual([
      [
        "Renate Albers",
        "Jonas Engel",
        [
          ["Barkasse", "OPEN"],
          ["Gewerbeanmeldung", "DOCUMENTED"],
        ],
      ],
    ]);
    expect(JSON.stringify(hr)).not.toContain("runningMatters");
    // The lead of the Bürgeramt sees only the Bürgeramt task, not the Kämmerei's.
    const lead = (await handoverProgress(org.viewers.LEAD))!;
    expect(lead.map((row) => row.items.map((item) => item.title))).toEqual([["Gewerbeanmeldung"]]);
    for (const viewer of [org.viewers.ADMIN, org.viewers.EDITOR, org.viewers.READER]) expect(await handoverProgress(viewer)).toBeNull();
    expect(await handoverProgress(other.viewers.HR)).toEqual([]);
    expect(await handoverProgress(other.viewers.LEAD)).toEqual([]);
  });
});
