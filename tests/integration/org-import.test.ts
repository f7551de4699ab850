import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { systemDb } from "@/lib/db/client";
import { applyImport, previewImport } from "@/lib/org-import/org-import";
import { exportCsv } from "@/lib/org-import/export";
import { IMPORT_KINDS } from "@/lib/org-import/formats";
import { createTestOrganization } from "./helpers/test-organization";

const sample = (kind: string) => readFile(path.join(process.cwd(), "docs", "import", `${kind}.csv`), "utf8");

async function snapshot(organizationId: string) {
  const [units, positions, people, tasks, assignments, links] = await Promise.all([
    systemDb().orgUnit.findMany({
      where: { organizationId },
      orderBy: { name: "asc" },
      select: { name: true, shortName: true, parentId: true },
    }),
    systemDb().position.findMany({
      where: { organizationId },
      orderBy: { positionNumber: "asc" },
      select: { positionNumber: true, title: true, orgUnitId: true },
    }),
    systemDb().person.findMany({
      where: { organizationId },
      orderBy: { personnelNumber: "asc" },
      select: {
        personnelNumber: true,
        firstName: true,
        lastName: true,
        email: true,
        entryDate: true,
        plannedExitMonth: true,
        exitReason: true,
      },
    }),
    systemDb().task.findMany({
      where: { organizationId },
      orderBy: { title: "asc" },
      select: { taskNumber: true, title: true, criticality: true, frequency: true, systems: true, legalBasis: true },
    }),
    systemDb().taskAssignment.findMany({
      where: { organizationId },
      orderBy: [{ taskId: "asc" }, { rank: "asc" }],
      select: { role: true, rank: true, person: { select: { personnelNumber: true } } },
    }),
    systemDb().personPosition.count({ where: { person: { organizationId } } }),
  ]);
  return { units, positions, people, tasks, assignments, links };
}

describe("CSV-Import von Einheiten, Stellen, Beschäftigten und Aufgaben", () => {
  it("übernimmt die mitgelieferten Beispieldateien; ein zweites Mal ändert nichts; Export ergibt dieselben Daten", async () => {
    const org = await createTestOrganization();
    for (const kind of IMPORT_KINDS) {
      const preview = await previewImport(org.viewers.HR, kind, await sample(kind));
      expect(preview.fileErrors).toEqual([]);
      expect(preview.counts.fehlerhaft).toBe(0);
      expect(preview.counts.neu).toBeGreaterThan(0);
      await applyImport(org.viewers.HR, kind, await sample(kind));
    }
    const afterFirst = await snapshot(org.id);
    expect(afterFirst.people.find((person) => person.personnelNumber === "P1002")).toMatchObject({
      firstName: "Klaus",
      plannedExitMonth: new Date("2027-05-01T00:00:00Z"),
      exitReason: "RETIREMENT",
      entryDate: new Date("1989-08-01T00:00:00Z"),
    });
    const ba01 = await systemDb().task.findFirstOrThrow({
      where: { organizationId: org.id, taskNumber: "BA01" },
      select: { id: true, systems: true, legalBasis: true },
    });
    expect(ba01).toMatchObject({ systems: ["VOIS|MESO"], legalBasis: "BMG §§ 17, 23" });
    expect(
      (
        await systemDb().taskAssignment.findMany({
          where: { taskId: ba01.id },
          orderBy: { rank: "asc" },
          select: { role: true, rank: true, person: { select: { personnelNumber: true } } },
        })
      ).map((a) => [a.role, a.rank, a.person.personnelNumber]),
    ).toEqual([
      ["OWNER", 0, "P1002"],
      ["DEPUTY", 1, "P1003"],
      ["DEPUTY", 2, "P1001"],
    ]);

    for (const kind of IMPORT_KINDS) {
      const again = await previewImport(org.viewers.HR, kind, await sample(kind));
      expect(again.counts).toMatchObject({ neu: 0, geändert: 0, fehlerhaft: 0 });
      await applyImport(org.viewers.ADMIN, kind, await sample(kind));
    }
    expect(await snapshot(org.id)).toEqual(afterFirst);

    // Export in the import format, and importing the export changes nothing (tasks made in the app need a number first).
    await systemDb().task.update({ where: { id: org.taskId }, data: { taskNumber: "T-1" } });
    for (const kind of IMPORT_KINDS) {
      const exported = await exportCsv(org.viewers.HR, kind);
      const plan = await previewImport(org.viewers.HR, kind, exported);
      expect(plan.counts.fehlerhaft).toBe(0);
      expect(plan.counts["geändert"]).toBe(0);
    }
    expect((await exportCsv(org.viewers.HR, "aufgaben")).split("\r\n")[0]).toBe(
      "\uFEFFaufgabennummer;bezeichnung;einheit;stelle;kritikalitaet;haeufigkeit;rechtsgrundlage;fachverfahren;zustaendig;vertretung;musteraufgabe",
    );
    expect(await systemDb().auditEvent.count({ where: { organizationId: org.id, action: { startsWith: "import." } } })).toBe(8);
  });

  it("Werte, die mit =, +, - oder @ beginnen, überstehen Export und erneuten Import unverändert", async () => {
    const { saveRecord } = await import("@/lib/org-import/org-import");
    const org = await createTestOrganization();
    for (const kind of ["einheiten", "stellen", "personen"] as const) await applyImport(org.viewers.ADMIN, kind, await sample(kind));
    const risky = [
      { aufgabennummer: "F1", bezeichnung: "=Kassenabschluss prüfen", rechtsgrundlage: "+ GemHVO § 5", fachverfahren: "@Kasse" },
      { aufgabennummer: "F2", bezeichnung: "-Rückstellungen buchen", rechtsgrundlage: "-", fachverfahren: "=SUMME(A1)" },
    ];
    for (const values of risky) {
      const plan = await saveRecord(org.viewers.HR, "aufgaben", {
        ...values,
        einheit: "Bürgeramt",
        stelle: "32.1-02",
        kritikalitaet: "2",
        haeufigkeit: "monatlich",
        zustaendig: "P1002",
        vertretung: "",
      });
      expect(plan.counts.fehlerhaft).toBe(0);
    }
    // Tasks made in the app have no number yet; a file row without one is refused (see the first test).
    await systemDb().task.update({ where: { id: org.taskId }, data: { taskNumber: "T-1" } });
    const exported = await exportCsv(org.viewers.HR, "aufgaben");
    expect(exported).toContain("'=Kassenabschluss prüfen");
    const again = await previewImport(org.viewers.HR, "aufgaben", exported);
    expect(again.rows.filter((row) => row.errors.length > 0)).toEqual([]);
    expect(again.counts).toMatchObject({ fehlerhaft: 0, geändert: 0 });
    await applyImport(org.viewers.HR, "aufgaben", exported);
    const titles = await systemDb().task.findMany({
      where: { organizationId: org.id, taskNumber: { in: ["F1", "F2"] } },
      orderBy: { taskNumber: "asc" },
      select: { title: true, legalBasis: true, systems: true },
    });
    expect(titles).toEqual([
      { title: "=Kassenabschluss prüfen", legalBasis: "+ GemHVO § 5", systems: ["@Kasse"] },
      { title: "-Rückstellungen buchen", legalBasis: "-", systems: ["=SUMME(A1)"] },
    ]);
  });

  it("eine fehlerhafte Datei ändert gar nichts und nennt jede fehlerhafte Zeile auf Deutsch", async () => {
    const org = await createTestOrganization();
    for (const kind of ["einheiten", "stellen", "personen"] as const) await applyImport(org.viewers.ADMIN, kind, await sample(kind));
    const before = await snapshot(org.id);
    const broken = [
      "personalnummer;vorname;nachname;email;eintritt;austritt_monat;austritt_grund;stellen",
      "P1002;Klaus;Brinkmann-Neu;;01.08.1989;05.2027;Ruhestand;32.1-02",
      "P9001;;Ohnevorname;keine-mail;31.02.2020;13.2027;;99-99",
      "P9002;Eva;Zwei;;;06.2027;Urlaub;",
      "P1002;Doppelt;Eingetragen;;;;;",
    ].join("\n");
    const preview = await previewImport(org.viewers.HR, "personen", broken);
    expect(preview.rows.map((row) => [row.line, row.action])).toEqual([
      [2, "geändert"],
      [3, "fehlerhaft"],
      [4, "fehlerhaft"],
      [5, "fehlerhaft"],
    ]);
    expect(preview.rows[1].errors).toEqual(
      expect.arrayContaining([
        "Vorname fehlt.",
        "E-Mail: keine gültige Adresse.",
        "Eintritt: „31.02.2020“ ist kein gültiges Datum (TT.MM.JJJJ).",
        "Austrittsmonat: „13.2027“ ist kein gültiges Datum (MM.JJJJ).",
        "Stelle „99-99“ gibt es nicht – bitte zuerst die Stellen importieren.",
      ]),
    );
    expect(preview.rows[2].errors).toEqual(["Austrittsgrund „Urlaub“ ist unbekannt (Ruhestand, Wechsel, Elternzeit, Sonstiges)."]);
    expect(preview.rows[3].errors).toEqual(["Schlüssel „P1002“ steht schon in Zeile 2."]);
    await expect(applyImport(org.viewers.HR, "personen", broken)).rejects.toThrow("3 fehlerhafte Zeilen; es wurde nichts übernommen");
    expect(await snapshot(org.id)).toEqual(before);

    // Whole-file problems: wrong columns, empty, not CSV at all; cycles and missing references in other kinds.
    expect((await previewImport(org.viewers.HR, "aufgaben", "name;kuerzel\nA;B")).fileErrors[0]).toContain("Es fehlen Spalten");
    expect((await previewImport(org.viewers.HR, "einheiten", "name;kuerzel;uebergeordnet\n")).fileErrors).toEqual([
      "Die Datei enthält keine Datenzeilen.",
    ]);
    expect((await previewImport(org.viewers.HR, "einheiten", 'name;kuerzel\n"offen;x\n')).fileErrors[0]).toContain(
      "keine lesbare CSV-Datei",
    );
    const cycle = await previewImport(org.viewers.HR, "einheiten", "name;kuerzel;uebergeordnet\nA;;B\nB;;A\nC;;C\nD;;Gibtsnicht");
    expect(cycle.rows.map((row) => row.errors[0])).toEqual([
      "Die Zuordnung ergibt einen Kreis von Einheiten.",
      "Die Zuordnung ergibt einen Kreis von Einheiten.",
      "Eine Einheit kann nicht sich selbst übergeordnet sein.",
      "Übergeordnete Einheit „Gibtsnicht“ gibt es nicht.",
    ]);
    const tasks = await previewImport(
      org.viewers.HR,
      "aufgaben",
      "aufgabennummer;bezeichnung;einheit;kritikalitaet;haeufigkeit;zustaendig;vertretung\nX1;Test;Nirgendwo;9;ständig;P1002;P1002, P0000",
    );
    expect(tasks.rows[0].errors).toEqual(
      expect.arrayContaining([
        "Kritikalität „9“: bitte eine Zahl von 1 bis 5.",
        expect.stringContaining("Häufigkeit „ständig“ ist unbekannt"),
        "Einheit „Nirgendwo“ gibt es nicht.",
        "Personalnummer „P0000“ gibt es nicht – bitte zuerst die Beschäftigten importieren.",
        "P1002 ist zugleich zuständig und Vertretung.",
      ]),
    );
    expect(await snapshot(org.id)).toEqual(before);
  });

  it("nur Administration und Personalamt; eine andere Kommune mit denselben Schlüsseln bleibt unberührt", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    for (const role of ["LEAD", "EDITOR", "READER"] as const) {
      await expect(previewImport(org.viewers[role], "einheiten", await sample("einheiten"))).rejects.toThrow(
        "Administration und das Personalamt",
      );
      await expect(applyImport(org.viewers[role], "einheiten", await sample("einheiten"))).rejects.toThrow(
        "Administration und das Personalamt",
      );
      await expect(exportCsv(org.viewers[role], "personen")).rejects.toThrow("Administration und das Personalamt");
    }
    for (const kind of ["einheiten", "stellen", "personen"] as const) await applyImport(other.viewers.HR, kind, await sample(kind));
    const otherBefore = await snapshot(other.id);
    for (const kind of ["einheiten", "stellen", "personen"] as const)
      await applyImport(org.viewers.HR, kind, (await sample(kind)).replace("Klaus", "Karl"));
    expect(await snapshot(other.id)).toEqual(otherBefore);
    expect((await systemDb().person.findFirstOrThrow({ where: { organizationId: org.id, personnelNumber: "P1002" } })).firstName).toBe(
      "Karl",
    );
    expect(await exportCsv(org.viewers.HR, "personen")).not.toContain("Klaus");
  });
});

describe("Stammdaten im Formular", () => {
  it("speichert einen Datensatz mit denselben Prüfungen wie eine CSV-Zeile und meldet Fehler auf Deutsch", async () => {
    const { saveRecord } = await import("@/lib/org-import/org-import");
    const { exportRecords } = await import("@/lib/org-import/export");
    const org = await createTestOrganization();
    for (const kind of ["einheiten", "stellen", "personen"] as const) await applyImport(org.viewers.ADMIN, kind, await sample(kind));
    await saveRecord(org.viewers.HR, "aufgaben", {
      aufgabennummer: "BA99",
      bezeichnung: "Meldebescheinigungen",
      einheit: "Bürgeramt",
      stelle: "32.1-02",
      kritikalitaet: "3",
      haeufigkeit: "täglich",
      rechtsgrundlage: "",
      fachverfahren: "VOIS|MESO",
      zustaendig: "P1002",
      vertretung: "P1003, P1001",
    });
    const record = (await exportRecords(org.viewers.HR, "aufgaben")).find((row) => row.aufgabennummer === "BA99");
    expect(record).toMatchObject({ einheit: "Bürgeramt", kritikalitaet: "3", zustaendig: "P1002", vertretung: "P1003, P1001" });
    await expect(
      saveRecord(org.viewers.HR, "personen", {
        personalnummer: "P1002",
        vorname: "",
        nachname: "Brinkmann",
        email: "",
        eintritt: "2020-13-01",
        austritt_monat: "2027-05",
        austritt_grund: "",
        stellen: "",
      }),
    ).rejects.toMatchObject({
      fieldErrors: { form: expect.arrayContaining(["Vorname fehlt.", "Eintritt: „2020-13-01“ ist kein gültiges Datum (TT.MM.JJJJ)."]) },
    });
    expect((await exportRecords(org.viewers.HR, "personen")).find((row) => row.personalnummer === "P1002")).toMatchObject({
      vorname: "Klaus",
    });
    await expect(saveRecord(org.viewers.EDITOR, "personen", { personalnummer: "X" })).rejects.toThrow("Administration und das Personalamt");
  });

  it("geplante Austritte: nur das Personalamt sieht sie; der Export des Personalamts wird protokolliert; die Administration ändert sie nicht", async () => {
    const org = await createTestOrganization();
    for (const kind of ["einheiten", "stellen", "personen"] as const) await applyImport(org.viewers.HR, kind, await sample(kind));
    const exits = () =>
      systemDb()
        .person.findMany({
          where: { organizationId: org.id, plannedExitMonth: { not: null } },
          select: { personnelNumber: true, plannedExitMonth: true, exitReason: true },
        })
        .then((rows) => rows.sort((a, b) => a.personnelNumber.localeCompare(b.personnelNumber)));
    const before = await exits();
    expect(before.length).toBeGreaterThan(0);

    const hrCsv = await exportCsv(org.viewers.HR, "personen");
    expect(hrCsv).toMatch(/;\d{2}\.\d{4};Ruhestand;/);
    expect(
      await systemDb().auditEvent.count({ where: { organizationId: org.id, action: "people.export", actorId: org.viewers.HR.userId } }),
    ).toBe(1);

    const adminCsv = await exportCsv(org.viewers.ADMIN, "personen");
    expect(adminCsv).not.toMatch(/\d{2}\.\d{4};(Ruhestand|Wechsel|Elternzeit|Sonstiges)/);
    // The admin's own file back in (exit cells empty) – and even a file that tries to set an exit – keeps HR's data.
    const plan = await previewImport(org.viewers.ADMIN, "personen", adminCsv);
    expect(plan.counts).toMatchObject({ geändert: 0, fehlerhaft: 0 });
    await applyImport(org.viewers.ADMIN, "personen", adminCsv);
    const number = before[0]!.personnelNumber;
    // A row that tries to move the exit (month and reason filled in by the admin).
    const forged = adminCsv
      .split("\r\n")
      .map((line) => {
        const cells = line.split(";");
        if (cells[0] !== number) return line;
        cells[5] = "01.2031";
        cells[6] = "Wechsel";
        return cells.join(";");
      })
      .join("\r\n");
    expect(forged).toContain("01.2031;Wechsel");
    await applyImport(org.viewers.ADMIN, "personen", forged);
    expect(await exits()).toEqual(before);
  });

  it("die Vorschau sagt je Zeile, was sich ändert – auch eine entfernte Vertretung", async () => {
    const org = await createTestOrganization();
    for (const kind of IMPORT_KINDS) await applyImport(org.viewers.HR, kind, await sample(kind));
    const edited = (await sample("aufgaben"))
      .replace("VOIS|MESO;P1002;P1003, P1001", "VOIS|MESO;P1002;P1003")
      .replace(";4;täglich;BMG", ";5;täglich;BMG");
    expect(edited).not.toBe(await sample("aufgaben"));
    const plan = await previewImport(org.viewers.HR, "aufgaben", edited);
    const row = plan.rows.find((entry) => entry.key === "BA01")!;
    expect(row.action).toBe("geändert");
    expect(row.changes).toEqual(["Kritikalität: „4“ → „5“", "Vertretung: entfernt P1001"]);
    expect(plan.rows.filter((entry) => entry.key !== "BA01").every((entry) => entry.action === "unverändert")).toBe(true);
  });
});
