import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import {
  cancelDeputyship,
  deputyshipPlanningChoices,
  managedDeputyships,
  myPlannedDeputyships,
  planDeputyship,
} from "@/lib/journeys/planned-deputyships";
import { createTestOrganization } from "./helpers/test-organization";

describe("Vertretung, von der Leitung geplant", () => {
  it("Leitung plant für ihre Einheit, die Vertretung findet den Zeitraum; andere Rollen und Verwaltungen nichts", async () => {
    const org = await createTestOrganization();
    const absent = await systemDb().person.create({
      data: {
        organizationId: org.id,
        personnelNumber: "P1",
        firstName: "Klaus",
        lastName: "Brinkmann",
        positions: { create: { positionId: org.positionId } },
      },
    });
    const deputy = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "P2", firstName: "Lea", lastName: "Hoffmann" },
    });
    const stranger = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "P3", firstName: "Max", lastName: "Fremd" },
    });
    const kasse = await systemDb().task.create({
      data: { organizationId: org.id, orgUnitId: org.otherUnitId, title: "Kasse", criticality: 2, frequency: "DAILY", systems: [] },
    });
    const kaemmerer = await systemDb().person.create({
      data: { organizationId: org.id, personnelNumber: "P4", firstName: "Karl", lastName: "Kämmerer" },
    });
    await systemDb().taskAssignment.createMany({
      data: [
        { organizationId: org.id, taskId: org.taskId, personId: absent.id, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: org.taskId, personId: deputy.id, role: "DEPUTY", rank: 1 },
        { organizationId: org.id, taskId: kasse.id, personId: kaemmerer.id, role: "OWNER", rank: 0 },
        { organizationId: org.id, taskId: kasse.id, personId: stranger.id, role: "DEPUTY", rank: 1 },
      ],
    });
    await systemDb().user.update({ where: { id: org.viewers.READER.userId }, data: { personId: deputy.id } });
    const deputyViewer = (await loadViewer(org.viewers.READER.userId))!;
    const lead = org.viewers.LEAD;

    // The Bürgeramt lead plans only for the Bürgeramt; HR for everyone.
    expect((await deputyshipPlanningChoices(lead))!.map((person) => [person.name, person.deputies.map((d) => d.name)])).toEqual([
      ["Klaus Brinkmann", ["Lea Hoffmann"]],
    ]);
    expect((await deputyshipPlanningChoices(org.viewers.HR))!.map((person) => person.name)).toEqual(["Klaus Brinkmann", "Karl Kämmerer"]);
    for (const role of ["EDITOR", "READER"] as const) expect(await deputyshipPlanningChoices(org.viewers[role])).toBeNull();

    const plan = { pair: `${absent.id}:${deputy.id}`, von: "2026-12-14", bis: "2026-12-23", note: "Post im Fach 12" };
    await expect(planDeputyship(lead, { ...plan, bis: "2026-12-01" })).rejects.toThrow("Ende liegt vor dem Anfang");
    await expect(planDeputyship(lead, { ...plan, pair: `${absent.id}:${stranger.id}` })).rejects.toThrow(
      "bei keiner Aufgabe von Klaus Brinkmann als Vertretung",
    );
    await expect(planDeputyship(lead, { ...plan, pair: `${kaemmerer.id}:${stranger.id}` })).rejects.toThrow("nicht gefunden");
    await expect(planDeputyship(org.viewers.EDITOR, plan)).rejects.toThrow("nicht gefunden");
    const other = await createTestOrganization();
    await expect(planDeputyship(other.viewers.HR, plan)).rejects.toThrow("nicht gefunden");
    expect(await systemDb().plannedDeputyship.count({ where: { organizationId: org.id } })).toBe(0);

    const { id } = await planDeputyship(lead, plan);
    const now = new Date("2026-12-01T10:00:00Z");
    expect((await myPlannedDeputyships(deputyViewer, now)).map((row) => [row.absentName, row.viewQuery, row.note])).toEqual([
      ["Klaus Brinkmann", `fuer=${absent.id}&von=2026-12-14&bis=2026-12-23`, "Post im Fach 12"],
    ]);
    // After the period it is gone from the lists.
    expect(await myPlannedDeputyships(deputyViewer, new Date("2026-12-24T10:00:00Z"))).toEqual([]);
    expect((await managedDeputyships(org.viewers.HR, now)).map((row) => row.deputyName)).toEqual(["Lea Hoffmann"]);
    expect(await managedDeputyships(other.viewers.HR, now)).toEqual([]);

    await expect(cancelDeputyship(org.viewers.EDITOR, id)).rejects.toThrow("nicht gefunden");
    await expect(cancelDeputyship(other.viewers.ADMIN, id)).rejects.toThrow("nicht gefunden");
    await cancelDeputyship(lead, id);
    expect(await myPlannedDeputyships(deputyViewer, now)).toEqual([]);
    const actions = (
      await systemDb().auditEvent.findMany({
        where: { organizationId: org.id, entityId: id },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      })
    ).map((event) => event.action);
    expect(actions).toEqual(["deputyship.plan", "deputyship.cancel"]);
  });
});
