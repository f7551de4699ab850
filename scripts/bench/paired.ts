/**
 * Paired measurement: subject and baseline alternate in rounds (B A B A …), and
 * the ratio is taken per round, so that a change in the machine's load hits both
 * sides of a round alike. The reported ratio is the median of the per-round
 * ratios, with their min–max as the spread.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { percentile } from "./stats";

export interface PairedRound {
  baseline: number;
  subject: number;
  ratio: number;
}

export interface PairedFigures {
  rounds: PairedRound[];
  /** Median of the per-round ratios. */
  ratio: number;
  ratioMin: number;
  ratioMax: number;
  baselineMedian: number;
  subjectMedian: number;
}

export const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** Summarises rounds that were already measured in alternation. */
export function pairedFigures(rounds: PairedRound[]): PairedFigures {
  const ratios = rounds.map((round) => round.ratio);
  return {
    rounds,
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    baselineMedian: median(rounds.map((round) => round.baseline)),
    subjectMedian: median(rounds.map((round) => round.subject)),
  };
}

/**
 * Runs `rounds` rounds of baseline, then subject, and takes `ratioOf(subject, baseline)`
 * per round (for throughputs subject / baseline, for times subject / baseline too: the
 * caller decides which way is "better").
 */
export async function runPaired(
  rounds: number,
  measureBaseline: () => Promise<number>,
  measureSubject: () => Promise<number>,
  log?: (round: PairedRound, index: number) => void,
): Promise<PairedFigures> {
  const measured: PairedRound[] = [];
  for (let index = 0; index < rounds; index++) {
    const baseline = await measureBaseline();
    const subject = await measureSubject();
    const round = { baseline, subject, ratio: subject / baseline };
    measured.push(round);
    log?.(round, index);
  }
  return pairedFigures(measured);
}

/** "0,27 (0,25–0,29)": the median ratio and the spread of the rounds. */
export function ratioText(figures: Pick<PairedFigures, "ratio" | "ratioMin" | "ratioMax">, digits = 2): string {
  const text = (value: number) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
  return `${text(figures.ratio)} (${text(figures.ratioMin)}–${text(figures.ratioMax)})`;
}

/**
 * `--noise`: another process that keeps one core busy for the whole run, so
 * that the ratios' stability on a loaded machine can be shown.
 */
export function startNoise(): ChildProcess {
  const child = spawn(process.execPath, ["-e", "for (;;) { Math.sqrt(Math.random()); }"], { stdio: "ignore" });
  child.unref();
  return child;
}
