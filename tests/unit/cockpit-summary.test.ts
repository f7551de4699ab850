import { describe, expect, it } from "vitest";
import { exitTimeline, riskFilterSchema, tasksAtRisk, unitOverview, type CoverageRowLike } from "@/lib/coverage/cockpit-summary";
import { toCsv } from "@/lib/csv/write-csv";

const row = (overrides: Partial<CoverageRowLike>): CoverageRowLike => ({
  id: "t",
  unitId: "u1",
  unitName: "Bürgeramt",
  criticality: 3,
  documented: false,
  verified: false,
  hasSuitableDeputy: false,
  provenByDeputy: false,
  maturity: 0,
  singleKnower: true,
  monthsToExit: null,
  exitFactor: 1,
  risk: 3,
  missing: [],
  ...overrides,
});

const rows = [
  row({ id: "a", monthsToExit: 5, maturity: 2, hasSuitableDeputy: true, risk: 9, criticality: 5 }),
  row({ id: "b", monthsToExit: 5, maturity: 0, risk: 20, criticality: 4 }),
  row({ id: "c", monthsToExit: 20, maturity: 3, hasSuitableDeputy: true, singleKnower: false, risk: 3.6 }),
  row({ id: "d", unitId: "u2", unitName: "Kämmerei", monthsToExit: 30, maturity: 1, risk: 7.2 }),
  row({
    id: "e",
    unitId: "u2",
    unitName: "Kämmerei",
    monthsToExit: null,
    maturity: 4,
    hasSuitableDeputy: true,
    singleKnower: false,
    risk: 0.5,
  }),
  row({ id: "f", unitId: "u2", unitName: "Kämmerei", monthsToExit: 48, maturity: 0, risk: 6 }),
];

describe("Cockpit-Kennzahlen", () => {
  it("Austritte je Zeitraum und Einheit, davon abgedeckt (Reifegrad ≥ 2 und geeignete Vertretung)", () => {
    expect(exitTimeline(rows)).toEqual([
      {
        unitId: "u1",
        unitName: "Bürgeramt",
        buckets: { "12": { tasks: 2, covered: 1 }, "24": { tasks: 1, covered: 1 }, "36": { tasks: 0, covered: 0 } },
      },
      {
        unitId: "u2",
        unitName: "Kämmerei",
        buckets: { "12": { tasks: 0, covered: 0 }, "24": { tasks: 0, covered: 0 }, "36": { tasks: 1, covered: 0 } },
      },
    ]);
  });

  it("Reifegrad je Einheit", () => {
    expect(unitOverview(rows)).toEqual([
      { unitId: "u1", unitName: "Bürgeramt", tasks: 3, maturity: { 0: 1, 1: 0, 2: 1, 3: 1, 4: 0 }, singleKnower: 2, covered: 2 },
      { unitId: "u2", unitName: "Kämmerei", tasks: 3, maturity: { 0: 1, 1: 1, 2: 0, 3: 0, 4: 1 }, singleKnower: 2, covered: 1 },
    ]);
  });

  it("Risikoliste: nach Risiko sortiert und filterbar; ungültige Filter werden ignoriert", () => {
    expect(tasksAtRisk(rows, {}).map((r) => r.id)).toEqual(["b", "a", "d", "f", "c", "e"]);
    expect(tasksAtRisk(rows, { horizont: "24" }).map((r) => r.id)).toEqual(["b", "a", "c"]);
    expect(tasksAtRisk(rows, { kritikalitaet: 4 }).map((r) => r.id)).toEqual(["b", "a"]);
    expect(tasksAtRisk(rows, { reifegrad: 1 }).map((r) => r.id)).toEqual(["b", "d", "f"]);
    const parsed = riskFilterSchema.parse({ einheit: "kaputt", horizont: "99", kritikalitaet: "7", reifegrad: "x" });
    expect(parsed).toEqual({});
    expect(tasksAtRisk(rows, riskFilterSchema.parse({ einheit: "00000000-0000-4000-8000-000000000000" }))).toEqual([]);
  });
});

describe("CSV für Tabellenkalkulationen", () => {
  it("Semikolon, BOM, Anführungszeichen, deutsches Komma und Schutz vor Formeln", () => {
    const csv = toCsv(
      ["Name", "Wert", "Hinweis"],
      [
        ["Kasse; Stadt", 2.5, '=HYPERLINK("x")'],
        ["-1", true, null],
      ],
    );
    expect(csv).toBe('\uFEFFName;Wert;Hinweis\r\n"Kasse; Stadt";2,5;"\'=HYPERLINK(""x"")"\r\n\'-1;ja;\r\n');
  });
});
