import { describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { anonymiseLeftPeople } from "@/lib/privacy/anonymise-exits";
import { coverageTrend, recordCoverageSnapshots } from "@/lib/coverage/snapshots";
import { unitReport } from "@/lib/coverage/unit-report";
import { createTestOrganization } from "./helpers/test-organization";

describe("Anonymisierung der Austrittsdaten nach der Karenzzeit", () => {
  it("anonymisiert erst nach Austrittsmonat + Karenz, entfernt Zuordnungen, protokolliert nur die Anzahl", async () => {
    const org = await createTestOrganization();
    const make = (number: string, exit: string | null) =>
      systemDb().person.create({
        data: {
          organizationId: org.id,
          personnelNumber: number,
          firstName: "Vor",
          lastName: number,
          email: `${number}@test.example`,
          entryDate: new Date("2000-01-01"),
          plannedExitMonth: exit ? new Date(`${exit}-01`) : null,
          exitReason: exit ? "RETIREMENT" : null,
          positions: { create: { positionId: org.positionId } },
        },
      });
    const gone = await make("A-1", "2026-08"); // exit August, grace 3 → anonymised from December on
    const justInGrace = await make("A-2", "2026-09"); // still within the grace period in December
    const future = await make("A-3", "2027-05");
    const staying = await make("A-4", null);
    await systemDb().taskAssignment.create({
      data: { organizationId: org.id, taskId: org.taskId, personId: gone.id, role: "OWNER", rank: 0 },
    });
    await systemDb().taskPractice.create({ data: { organizationId: org.id, taskId: org.taskId, personId: gone.id } });

    expect(
      (await anonymiseLeftPeople({ now: new Date("2026-11-30T22:30:00Z"), graceMonths: 3 })) /* 23:30 in Berlin, still November */
        .anonymised,
    ).toBe(0);
    const result = await anonymiseLeftPeople({ now: new Date("2026-12-01T08:00:00Z"), graceMonths: 3 });
    expect(result.anonymised).toBeGreaterThanOrEqual(1);
    const after = await systemDb().person.findUniqueOrThrow({
      where: { id: gone.id },
      include: { assignments: true, practices: true, positions: true },
    });
    expect(after).toMatchObject({
      firstName: "Ausgeschiedene",
      lastName: "Person",
      email: null,
      entryDate: null,
      plannedExitMonth: null,
      exitReason: null,
    });
    expect(after.personnelNumber).toMatch(/^anonym-/);
    expect([after.assignments, after.practices, after.positions]).toEqual([[], [], []]);
    for (const person of [justInGrace, future, staying]) {
      expect((await systemDb().person.findUniqueOrThrow({ where: { id: person.id } })).lastName).toBe(person.lastName);
    }
    const audit = await systemDb().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "privacy.anonymise-exits" } });
    expect(audit.data).toEqual({ count: 1, graceMonths: 3 });
    expect(JSON.stringify(audit.data)).not.toContain("A-1");
    // Running again changes nothing.
    await anonymiseLeftPeople({ now: new Date("2026-12-01T09:00:00Z"), graceMonths: 3 });
    expect(await systemDb().auditEvent.count({ where: { organizationId: org.id, action: "privacy.anonymise-exits" } })).toBe(1);
  });
});

describe("Monatswerte, Entwicklung und Wissensbilanz", () => {
  it("speichert je Einheit und Monat, überschreibt nur den laufenden Monat, zeigt der Leitung nur ihre Einheiten", async () => {
    const org = await createTestOrganization();
    await systemDb().task.create({
      data: { organizationId: org.id, orgUnitId: org.otherUnitId, title: "Kasse", criticality: 5, frequency: "DAILY", systems: [] },
    });
    await recordCoverageSnapshots({ now: new Date("2026-10-15T00:00:00Z"), organizationId: org.id });
    await recordCoverageSnapshots({ now: new Date("2026-12-01T00:00:00Z"), organizationId: org.id });
    await recordCoverageSnapshots({ now: new Date("2026-12-02T00:00:00Z"), organizationId: org.id });
    expect(await systemDb().coverageSnapshot.count({ where: { organizationId: org.id } })).toBe(4);
    const hr = await coverageTrend(org.viewers.HR, 3, new Date("2026-12-05T00:00:00Z"));
    expect(hr.months.map((month) => month.toISOString().slice(0, 7))).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(hr.rows.map((row) => [row.unitName, row.documentedShare])).toEqual([
      ["Bürgeramt", [0, null, 0]],
      ["Kämmerei", [0, null, 0]],
    ]);
    expect((await coverageTrend(org.viewers.LEAD, 3, new Date("2026-12-05T00:00:00Z"))).rows.map((row) => row.unitName)).toEqual([
      "Bürgeramt",
    ]);
    expect((await coverageTrend(org.viewers.READER, 3)).rows).toEqual([]);

    const report = await unitReport(org.viewers.HR, org.unitId, new Date("2026-12-05T00:00:00Z"));
    expect(report.overview).toMatchObject({ tasks: 1, covered: 0 });
    expect(report.gaps.map((gap) => gap.title)).toEqual(["Gewerbeanmeldung"]);
    await expect(unitReport(org.viewers.LEAD, org.otherUnitId)).rejects.toThrow("nicht gefunden");
    await expect(unitReport(org.viewers.EDITOR, org.unitId)).rejects.toThrow("nicht gefunden");
    const other = await createTestOrganization();
    await expect(unitReport(other.viewers.HR, org.unitId)).rejects.toThrow("nicht gefunden");
  });
});
