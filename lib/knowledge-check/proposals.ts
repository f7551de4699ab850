import "server-only";
/**
 * Levels proposed from data for a unit (and its sub-units), each with the
 * evidence it rests on. Figures are about tasks, positions and articles of
 * the unit – never about a person.
 */
import { db } from "../db/client";
import { coverageRowsInSql } from "../coverage/coverage-sql";
import { levelOfShare, type Level } from "./target-fields";

export interface Proposal {
  proposed: Level | null;
  evidence: string;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

function shareProposal(part: number, whole: number, what: string, none: string, emptyLevel: Level | null = 0): Proposal {
  if (whole === 0) return { proposed: emptyLevel, evidence: none };
  return { proposed: levelOfShare(part / whole), evidence: `${part} von ${whole} ${what} (${percent(part, whole)} %).` };
}

/** The unit and all units below it. */
export async function unitSubtree(organizationId: string, unitId: string): Promise<string[]> {
  const units = await db().orgUnit.findMany({ where: { organizationId }, select: { id: true, parentId: true } });
  const result = [unitId];
  for (let index = 0; index < result.length; index++) {
    for (const unit of units) if (unit.parentId === result[index]) result.push(unit.id);
  }
  return result;
}

/** Proposals for the ten fields the product measures, keyed by field. */
export async function proposalsForUnit(organizationId: string, unitId: string, now: Date = new Date()): Promise<Record<string, Proposal>> {
  const unitIds = await unitSubtree(organizationId, unitId);
  const [rows, withOwner, mapped, positions, positionsWithPath] = await Promise.all([
    coverageRowsInSql({ organizationId, unitIds }, now),
    db().task.count({ where: { organizationId, orgUnitId: { in: unitIds }, assignments: { some: { role: "OWNER" } } } }),
    db().task.count({ where: { organizationId, orgUnitId: { in: unitIds }, catalogTaskId: { not: null } } }),
    db().position.count({ where: { organizationId, orgUnitId: { in: unitIds } } }),
    db().position.count({ where: { organizationId, orgUnitId: { in: unitIds }, onboardingItems: { some: {} } } }),
  ]);
  const tasks = rows.length;
  const documented = rows.filter((row) => row.maturity >= 2);
  const withArticles = rows.filter((row) => row.maturity >= 1);
  const leaving = rows.filter((row) => row.monthsToExit !== null && row.monthsToExit <= 36);
  const critical = rows.filter((row) => row.criticality >= 4);
  const noTasks = "In der Einheit sind keine Aufgaben erfasst.";
  return {
    aufgabenkatalog: shareProposal(withOwner, tasks, "Aufgaben mit zuständiger Person", noTasks),
    dokumentation: shareProposal(documented.length, tasks, "Aufgaben mit veröffentlichter, gültiger Anleitung", noTasks),
    aktualitaet: shareProposal(
      rows.filter((row) => row.maturity >= 3).length,
      withArticles.length,
      "Aufgaben mit Artikeln sind innerhalb des Prüfintervalls als aktuell bestätigt",
      "Zu keiner Aufgabe gibt es einen Artikel.",
    ),
    vertretung: shareProposal(rows.filter((row) => row.hasSuitableDeputy).length, tasks, "Aufgaben mit geeigneter Vertretung", noTasks),
    einzelwissen:
      tasks === 0
        ? { proposed: 0, evidence: noTasks }
        : {
            proposed: levelOfShare(1 - rows.filter((row) => row.singleKnower).length / tasks),
            evidence: `${rows.filter((row) => row.singleKnower).length} von ${tasks} Aufgaben kennt nur eine Person (${percent(rows.filter((row) => row.singleKnower).length, tasks)} %).`,
          },
    uebergabe: shareProposal(
      leaving.filter((row) => row.maturity >= 2 && row.hasSuitableDeputy).length,
      leaving.length,
      "Aufgaben mit Austritt der zuständigen Person in 36 Monaten sind dokumentiert und vertreten",
      "In den nächsten 36 Monaten ist kein Austritt geplant – bitte selbst einschätzen.",
      null,
    ),
    nachfolge: shareProposal(
      critical.filter((row) => row.hasSuitableDeputy).length,
      critical.length,
      "kritischen Aufgaben (Kritikalität 4–5) haben eine Vertretung, die bleibt",
      "Die Einheit hat keine Aufgaben mit Kritikalität 4 oder 5 – bitte selbst einschätzen.",
      null,
    ),
    einarbeitung: shareProposal(
      positionsWithPath,
      positions,
      "Stellen mit gestaltetem Einarbeitungsweg",
      "In der Einheit sind keine Stellen erfasst – bitte selbst einschätzen.",
      null,
    ),
    erprobung: shareProposal(
      rows.filter((row) => row.maturity >= 4).length,
      documented.length,
      "dokumentierten Aufgaben wurden von einer Vertretung selbst durchgeführt",
      "Noch keine Aufgabe ist dokumentiert.",
    ),
    verbund: shareProposal(mapped, tasks, "Aufgaben sind dem Musteraufgabenkatalog des Verbunds zugeordnet", noTasks),
  };
}
