/**
 * CPU time of the serving side (app server, PostgreSQL with its backends,
 * Meilisearch) from /proc, for W5's "server CPU per request". Unlike
 * throughput, this does not depend on how much CPU the load generator or
 * another process on the same cores gets, so its ratios hold on a busy machine.
 */
import { readdirSync, readFileSync } from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  parent: number;
  cpuSeconds: number;
}

function statOf(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may contain spaces; the fields after it are fixed.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return { pid, parent: Number(fields[1]), cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
  } catch {
    return null; // the process has ended
  }
}

/** The serving processes: the given roots and, for PostgreSQL's postmaster, every child (the backends). */
export interface ServingProcesses {
  app: number;
  postmaster: number | null;
  meilisearch: number | null;
}

/** CPU seconds per serving process now (PostgreSQL backends come and go with the pool). */
export function servingCpuSnapshot(processes: ServingProcesses): Map<number, number> {
  const snapshot = new Map<number, number>();
  for (const pid of [processes.app, processes.postmaster, processes.meilisearch]) {
    const stat = pid ? statOf(pid) : null;
    if (stat) snapshot.set(stat.pid, stat.cpuSeconds);
  }
  if (processes.postmaster) {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = statOf(Number(entry));
      if (stat && stat.parent === processes.postmaster) snapshot.set(stat.pid, stat.cpuSeconds);
    }
  }
  return snapshot;
}

/**
 * CPU seconds spent between two snapshots: per process, so that a backend that ended in
 * between does not subtract its whole life (its last moments are lost, a small undercount).
 */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** The postmaster's pid from its data directory, or null (an outside server). */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
