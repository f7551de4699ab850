/**
 * Smoke test of `npm run bench` at a tiny size: it builds its own database and
 * index, reindexes, and writes its table. Checks that the command works and
 * reports what it should; it asserts no timings (those are for the bench itself).
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("npm run bench (Kleinstgröße)", () => {
  it("lädt einen Korpus, baut den Index neu und schreibt die Tabelle als JSON und Markdown", async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), "digicheck-bench-"));
    try {
      const run = spawnSync(
        process.execPath,
        [
          path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
          "--conditions=react-server",
          "scripts/bench/run-bench.ts",
          "--size",
          "120",
          "--workloads",
          "w2",
          "--out",
          out,
        ],
        { cwd: root, encoding: "utf8", timeout: 150_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Maschine: \d+ Kerne/);
      expect(run.stdout).toMatch(/120 Artikel in 4 Kommunen; Korpus: (Gesetzeskorpus|synthetisch)/);
      expect(run.stdout).toContain("W2: vollständiger Neuaufbau des Suchindex");

      const files = await readdir(out);
      const jsonFile = files.find((name) => name.endsWith(".json"));
      expect(files).toContain("latest.md");
      const report = JSON.parse(await readFile(path.join(out, jsonFile!), "utf8")) as {
        size: number;
        rows: { workload: string; ours: string; baseline: string; ratio: string }[];
      };
      expect(report.size).toBe(120);
      expect(report.rows.map((row) => row.workload)).toEqual(["W2"]);
      // Both sides were measured in the same run and produced a throughput.
      expect(Number(report.rows[0].ours)).toBeGreaterThan(0);
      expect(report.rows[0].baseline).toMatch(/^\d+ \(Rohimport\)$/);
      // Paired rounds: the median of the per-round ratios with their spread.
      expect(report.rows[0].ratio).toMatch(/^\d+\.\d{2} \(\d+\.\d{2}–\d+\.\d{2}\)$/);
      expect(await readFile(path.join(out, "latest.md"), "utf8")).toContain("| W2 | Neuaufbau aus der Datenbank (3 Runden im Wechsel) |");
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
