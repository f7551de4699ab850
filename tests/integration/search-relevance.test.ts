import { beforeAll, describe, expect, it } from "vitest";
import { createTestOrganization } from "./helpers/test-organization";
import { loadFixtureArticles, runFixtureQueries } from "../../scripts/search-eval/fixture-corpus";
import { FIXTURE_QUERIES } from "../../scripts/search-eval/fixture-queries";
import { relevanceFigures, type GroupFigures, type QueryOutcome } from "../../scripts/search-eval/metrics";

/**
 * Floors from the first measurement (2026-11-24: every group 1.00 recall@1 on this
 * fixture; the single-query baseline reached 0.25 for spelling variants and 0.20
 * for abbreviations). A little room is left for harmless ranking changes; a broken
 * variant, synonym or field setting drops a group far below its floor.
 */
const FLOORS: Record<string, { recallAt1: number; mrr: number }> = {
  Wortteil: { recallAt1: 0.85, mrr: 0.9 },
  Tippfehler: { recallAt1: 0.85, mrr: 0.9 },
  Schreibweise: { recallAt1: 0.85, mrr: 0.9 },
  Abkürzung: { recallAt1: 0.9, mrr: 0.9 },
  "Mehrere Wörter": { recallAt1: 0.85, mrr: 0.9 },
  Rangfolge: { recallAt1: 1, mrr: 1 },
  "Normen und Zahlen": { recallAt1: 0.75, mrr: 0.85 },
  Gesamt: { recallAt1: 0.9, mrr: 0.93 },
};

describe("Relevanz-Suite (Fixture, echter Meilisearch)", () => {
  let outcomes: QueryOutcome[];
  let figures: GroupFigures[];

  beforeAll(async () => {
    const org = await createTestOrganization("Relevanzkommune");
    const ids = await loadFixtureArticles(org.viewers.EDITOR);
    outcomes = await runFixtureQueries(org.viewers.EDITOR, ids);
    figures = relevanceFigures(outcomes);
  }, 120_000);

  it("hat mindestens 40 Anfragen in allen Gruppen", () => {
    expect(FIXTURE_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(FIXTURE_QUERIES.map((query) => query.group))).toEqual(
      new Set(Object.keys(FLOORS).filter((group) => group !== "Gesamt")),
    );
  });

  it("liegt in jeder Gruppe über der Untergrenze", () => {
    const below = figures
      .filter((row) => row.recallAt1 < FLOORS[row.group].recallAt1 || row.mrr < FLOORS[row.group].mrr)
      .map((row) => `${row.group}: Recall@1 ${row.recallAt1.toFixed(2)}, MRR ${row.mrr.toFixed(2)}`);
    expect(below).toEqual([]);
  });
});
