import { describe, expect, it } from "vitest";
import { rowChanges } from "@/lib/org-import/row-changes";

describe("Änderungen je Feld in der Importvorschau", () => {
  const columns = ["aufgabennummer", "bezeichnung", "kritikalitaet", "vertretung", "fachverfahren", "eintritt"];
  const before = {
    aufgabennummer: "BA01",
    bezeichnung: "Meldewesen",
    kritikalitaet: "4",
    vertretung: "P1002, P1003",
    fachverfahren: "VOIS|MESO",
    eintritt: "01.08.1989",
  };

  it("nennt entfernte und neue Vertretungen, geänderte Felder mit altem und neuem Wert", () => {
    expect(rowChanges(columns, before, { ...before, vertretung: "P1002", kritikalitaet: "5", bezeichnung: "" })).toEqual([
      "Bezeichnung: „Meldewesen“ → (leer)",
      "Kritikalität: „4“ → „5“",
      "Vertretung: entfernt P1003",
    ]);
    expect(rowChanges(columns, before, { ...before, vertretung: "P1003, P1002" })).toEqual([
      "Vertretung: Reihenfolge P1002, P1003 → P1003, P1002",
    ]);
  });

  it("gleiche Werte in anderer Schreibweise sind keine Änderung", () => {
    expect(
      rowChanges(columns, before, { ...before, eintritt: "1989-08-01", bezeichnung: "meldewesen", fachverfahren: "VOIS|MESO" }),
    ).toEqual([]);
  });
});
