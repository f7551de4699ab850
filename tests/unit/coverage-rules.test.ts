import { describe, expect, it } from "vitest";
import { computeCoverage, exitFactor, monthsUntil, type CoverageArticle, type CoverageInput } from "@/lib/coverage/coverage-rules";

const NOW = new Date("2026-12-01T10:00:00Z");
const month = (value: string) => new Date(`${value}-01T00:00:00Z`);
const person = (personId: string, exit: string | null = null) => ({ personId, plannedExitMonth: exit ? month(exit) : null });
const published = (overrides: Partial<CoverageArticle> = {}): CoverageArticle => ({
  status: "PUBLISHED",
  nextReviewAt: new Date("2027-06-01T00:00:00Z"),
  lastVerifiedAt: null,
  reviewIntervalMonths: 12,
  ...overrides,
});
const task = (overrides: Partial<CoverageInput> = {}): CoverageInput => ({
  criticality: 4,
  owners: [person("owner", "2027-05")],
  deputies: [],
  articles: [],
  practicedBy: [],
  ...overrides,
});

describe("Austrittsfaktor", () => {
  it.each([
    [null, 1],
    [0, 5],
    [12, 5],
    [13, 4],
    [24, 4],
    [25, 3],
    [36, 3],
    [37, 2],
    [120, 2],
  ] as const)("%s Monate → %s", (months, factor) => {
    expect(exitFactor(months)).toBe(factor);
  });
  it("zählt Monate ab dem laufenden Monat", () => {
    expect(monthsUntil(month("2027-05"), NOW)).toBe(5);
    expect(monthsUntil(month("2026-12"), NOW)).toBe(0);
    expect(monthsUntil(month("2029-12"), NOW)).toBe(36);
  });
});

describe("Reifegrad, Einzelwissen und Risiko – Rechenbeispiele", () => {
  it("Beispiel 1: Lücke – Kriterium 4, Zuständige geht in 5 Monaten, keine Vertretung → Risiko 20", () => {
    const result = computeCoverage(task(), NOW);
    expect(result).toMatchObject({ maturity: 0, documented: false, singleKnower: true, monthsToExit: 5, exitFactor: 5, risk: 20 });
    expect(result.missing).toEqual(["Kein Artikel zur Aufgabe", "Keine Vertretung geregelt"]);
  });

  it("Beispiel 2: nur Entwurf (Notizen) und eine Vertretung, die bleibt → 5 × 4 × 0,8 × 0,75 = 12", () => {
    const result = computeCoverage(task({ deputies: [person("deputy")], articles: [published({ status: "DRAFT" })] }), NOW);
    expect(result).toMatchObject({ maturity: 1, hasSuitableDeputy: true, singleKnower: false, risk: 12 });
  });

  it("Beispiel 3: dokumentiert, aber die einzige Vertretung geht vor der zuständigen Person → Einzelwissen, 5 × 4 × 0,6 = 12", () => {
    const result = computeCoverage(task({ deputies: [person("deputy", "2027-02")], articles: [published()] }), NOW);
    expect(result).toMatchObject({ maturity: 2, hasSuitableDeputy: false, singleKnower: true, risk: 12 });
    expect(result.missing).toContain("Vertretung scheidet vor der zuständigen Person aus");
  });

  it("Beispiel 4: geprüft (bestätigt vor 3 Monaten, Intervall 12) mit Vertretung → 5 × 4 × 0,4 × 0,75 = 6", () => {
    const result = computeCoverage(
      task({ deputies: [person("deputy")], articles: [published({ lastVerifiedAt: new Date("2026-09-01T00:00:00Z") })] }),
      NOW,
    );
    expect(result).toMatchObject({ maturity: 3, verified: true, risk: 6 });
    expect(result.missing).toEqual(["Vertretung hat die Aufgabe noch nicht selbst durchgeführt"]);
  });

  it("Beispiel 5: bewährt – die Vertretung hat die Aufgabe selbst durchgeführt → 5 × 4 × 0,2 × 0,75 = 3", () => {
    const result = computeCoverage(
      task({
        deputies: [person("deputy")],
        articles: [published({ lastVerifiedAt: new Date("2026-09-01T00:00:00Z") })],
        practicedBy: ["deputy"],
      }),
      NOW,
    );
    expect(result).toMatchObject({ maturity: 4, provenByDeputy: true, risk: 3, missing: [] });
  });

  it("Beispiel 5b: eine neue Kollegin der Stelle hat sie selbst durchgeführt → bewährt; die zuständige Person selbst zählt nicht", () => {
    const verifiedArticle = published({ lastVerifiedAt: new Date("2026-09-01T00:00:00Z") });
    expect(
      computeCoverage(task({ deputies: [person("deputy")], articles: [verifiedArticle], practicedBy: ["newcomer"] }), NOW),
    ).toMatchObject({ maturity: 4 });
    expect(computeCoverage(task({ deputies: [person("deputy")], articles: [verifiedArticle], practicedBy: ["owner"] }), NOW)).toMatchObject(
      { maturity: 3 },
    );
    // Without a verified article, doing it does not make it "bewährt".
    expect(computeCoverage(task({ deputies: [person("deputy")], articles: [published()], practicedBy: ["newcomer"] }), NOW)).toMatchObject({
      maturity: 2,
    });
  });

  it("Beispiel 6: niemand geht, Kriterium 2, abgelaufener Artikel, Vertretung bleibt → 1 × 2 × 0,8 × 0,75 = 1,2", () => {
    const result = computeCoverage(
      task({
        criticality: 2,
        owners: [person("owner")],
        deputies: [person("deputy"), person("second", "2027-03")],
        articles: [published({ nextReviewAt: new Date("2026-11-01T00:00:00Z") })],
      }),
      NOW,
    );
    expect(result).toMatchObject({ maturity: 1, monthsToExit: null, exitFactor: 1, singleKnower: false, risk: 1.2 });
    // The leaving second deputy does not matter: the first one stays.
    expect(result.hasSuitableDeputy).toBe(true);
  });

  it("Bestätigung älter als das Prüfintervall zählt nicht als geprüft; ohne zuständige Person wird das gemeldet", () => {
    const result = computeCoverage(task({ owners: [], articles: [published({ lastVerifiedAt: new Date("2025-10-01T00:00:00Z") })] }), NOW);
    expect(result).toMatchObject({ maturity: 2, verified: false, exitFactor: 1 });
    expect(result.missing).toContain("Keine zuständige Person");
  });

  it("mehrere Zuständige: der früheste Austritt zählt; Vertretung muss länger bleiben als diese Person", () => {
    const result = computeCoverage(
      task({
        owners: [person("a", "2029-01"), person("b", "2027-08")],
        deputies: [person("d", "2028-01")],
        articles: [published()],
      }),
      NOW,
    );
    expect(result).toMatchObject({ monthsToExit: 8, exitFactor: 5, hasSuitableDeputy: true, singleKnower: true });
  });
});
