import { runPaired, ratioText } from "../../scripts/bench/paired";
import { describe, expect, it } from "vitest";
import { percentile, summarize, toMarkdown } from "../../scripts/bench/stats";
import { isoDurationMs } from "../../scripts/bench/w3-edit-to-search";

describe("Benchmark-Kennzahlen", () => {
  it("berechnet Perzentile nach dem Rangverfahren", () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(summarize([5, 1, 3])).toEqual({ n: 3, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(Number.isNaN(summarize([]).p50)).toBe(true);
  });

  it("liest Meilisearch-Taskdauern", () => {
    expect(isoDurationMs("PT0.012345S")).toBeCloseTo(12.345, 6);
    expect(isoDurationMs("PT1M2.5S")).toBe(62_500);
    expect(Number.isNaN(isoDurationMs(null))).toBe(true);
  });

  it("schreibt eine Markdown-Tabelle", () => {
    const table = toMarkdown([
      { workload: "W1", figure: "Suche", unit: "ms", ours: "1", baseline: "2", ratio: "0.5", target: "x", met: "ja" },
    ]);
    expect(table.split("\n")).toEqual([
      "| Workload | Kennzahl | Einheit | DigiCheck | Baseline | Verhältnis | Ziel | erfüllt |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      "| W1 | Suche | ms | 1 | 2 | 0.5 | x | ja |",
    ]);
  });
});

describe("gepaarte Runden (Baseline und Subjekt im Wechsel)", () => {
  it("nimmt das Verhältnis je Runde und berichtet Median und Spanne", async () => {
    const baselines = [100, 50, 100, 200];
    const subjects = [25, 15, 20, 50];
    let round = 0;
    const order: string[] = [];
    const figures = await runPaired(
      4,
      async () => {
        order.push("B");
        return baselines[round];
      },
      async () => {
        order.push("A");
        return subjects[round++];
      },
    );
    expect(order).toEqual(["B", "A", "B", "A", "B", "A", "B", "A"]);
    expect(figures.rounds.map((entry) => entry.ratio)).toEqual([0.25, 0.3, 0.2, 0.25]);
    expect(figures.ratio).toBe(0.25);
    expect([figures.ratioMin, figures.ratioMax]).toEqual([0.2, 0.3]);
    expect(figures.baselineMedian).toBe(100);
    expect(ratioText(figures)).toBe("0.25 (0.20–0.30)");
  });
});
