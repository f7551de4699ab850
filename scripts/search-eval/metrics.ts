/**
 * Relevance figures per query group: recall@1 (a relevant article is first),
 * recall@5 (share of the relevant articles among the first five) and MRR (mean
 * of 1 / rank of the first relevant article, 0 when it is not in the first 20).
 */
export interface QueryOutcome {
  group: string;
  query: string;
  expected: string[];
  /** Ranked result ids (at most 20). */
  ranked: string[];
}

export interface GroupFigures {
  group: string;
  queries: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}

export function firstRelevantRank(outcome: QueryOutcome): number | null {
  const index = outcome.ranked.findIndex((id) => outcome.expected.includes(id));
  return index < 0 ? null : index + 1;
}

function figuresOf(group: string, outcomes: QueryOutcome[]): GroupFigures {
  let at1 = 0;
  let at5 = 0;
  let reciprocal = 0;
  for (const outcome of outcomes) {
    const rank = firstRelevantRank(outcome);
    if (rank === 1) at1++;
    const top5 = new Set(outcome.ranked.slice(0, 5));
    at5 += outcome.expected.filter((id) => top5.has(id)).length / outcome.expected.length;
    if (rank) reciprocal += 1 / rank;
  }
  const n = outcomes.length || 1;
  return { group, queries: outcomes.length, recallAt1: at1 / n, recallAt5: at5 / n, mrr: reciprocal / n };
}

/** Figures per group in first-seen order, then "Gesamt" over all queries. */
export function relevanceFigures(outcomes: QueryOutcome[]): GroupFigures[] {
  const groups = [...new Set(outcomes.map((outcome) => outcome.group))];
  return [
    ...groups.map((group) =>
      figuresOf(
        group,
        outcomes.filter((outcome) => outcome.group === group),
      ),
    ),
    figuresOf("Gesamt", outcomes),
  ];
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - text.length));
const number = (value: number) => value.toFixed(2);

export function formatFigures(figures: GroupFigures[]): string {
  const width = Math.max(10, ...figures.map((row) => row.group.length)) + 2;
  const lines = [`${pad("Gruppe", width)}Anfragen  Recall@1  Recall@5  MRR`];
  for (const row of figures) {
    lines.push(
      `${pad(row.group, width)}${pad(String(row.queries), 10)}${pad(number(row.recallAt1), 10)}${pad(number(row.recallAt5), 10)}${number(row.mrr)}`,
    );
  }
  return lines.join("\n");
}

/** Queries whose first relevant article is not first, for the report. */
export function misses(outcomes: QueryOutcome[], titleOf: (id: string) => string): string[] {
  return outcomes
    .filter((outcome) => firstRelevantRank(outcome) !== 1)
    .map((outcome) => {
      const rank = firstRelevantRank(outcome);
      const first = outcome.ranked[0] ? titleOf(outcome.ranked[0]) : "—";
      return `  [${outcome.group}] „${outcome.query}“: erwartet auf Rang ${rank ?? "> 20"}, Rang 1: ${first}`;
    });
}

/** MRR@10: mean of 1 / rank of the first relevant article within the first ten, 0 otherwise. */
export function mrrAt10(outcomes: QueryOutcome[]): number {
  if (outcomes.length === 0) return 0;
  const sum = outcomes.reduce((total, outcome) => {
    const rank = firstRelevantRank(outcome);
    return total + (rank && rank <= 10 ? 1 / rank : 0);
  }, 0);
  return sum / outcomes.length;
}

/** One row per query group (and "Gesamt"): MRR@10 / recall@1 of each engine side by side. */
export function comparisonTable(engines: { name: string; outcomes: QueryOutcome[] }[]): string {
  const groups = [...new Set(engines[0].outcomes.map((outcome) => outcome.group)), "Gesamt"];
  const of = (outcomes: QueryOutcome[], group: string) => (group === "Gesamt" ? outcomes : outcomes.filter((o) => o.group === group));
  const width = Math.max(12, ...groups.map((group) => group.length)) + 2;
  const column = 36;
  const lines = [`${pad("Gruppe", width)}${pad("n", 6)}${engines.map((engine) => pad(`${engine.name} MRR@10 / R@1`, column)).join("")}`];
  for (const group of groups) {
    const cells = engines.map((engine) => {
      const outcomes = of(engine.outcomes, group);
      const figures = figuresOf(group, outcomes);
      return pad(`${mrrAt10(outcomes).toFixed(3)} / ${figures.recallAt1.toFixed(3)}`, column);
    });
    lines.push(`${pad(group, width)}${pad(String(of(engines[0].outcomes, group).length), 6)}${cells.join("")}`);
  }
  return lines.join("\n");
}
