import "server-only";
/** CSV export in exactly the import formats, so a file can be exported, edited and imported again. */
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canImportOrganizationData, canSeePlannedExits, isAuditedPersonView } from "../auth/policy";
import { recordAuditEvent } from "../audit/record-audit-event";
import { forbidden } from "../errors";
import { toCsv, type CsvValue } from "../csv/write-csv";
import { COLUMNS, EXIT_REASONS, FREQUENCIES, type ImportKind } from "./formats";

const reasonName = Object.fromEntries(Object.entries(EXIT_REASONS).map(([name, value]) => [value, name[0].toUpperCase() + name.slice(1)]));
const frequencyName = Object.fromEntries(Object.entries(FREQUENCIES).map(([name, value]) => [value, name]));
const two = (value: number) => String(value).padStart(2, "0");
const dayText = (date: Date | null) => (date ? `${two(date.getUTCDate())}.${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}` : "");
const monthText = (date: Date | null) => (date ? `${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}` : "");

/** The two exit cells of a person in the import format ("05.2027", "Ruhestand"). */
export function exitCells(person: { plannedExitMonth: Date | null; exitReason: string | null }): [string, string] {
  return [monthText(person.plannedExitMonth), person.exitReason ? reasonName[person.exitReason] : ""];
}

async function rowsOf(kind: ImportKind, organizationId: string, withExits = true): Promise<CsvValue[][]> {
  switch (kind) {
    case "einheiten": {
      const units = await db().orgUnit.findMany({
        where: { organizationId },
        orderBy: { name: "asc" },
        select: { name: true, shortName: true, parent: { select: { name: true } } },
      });
      return units.map((unit) => [unit.name, unit.shortName, unit.parent?.name]);
    }
    case "stellen": {
      const positions = await db().position.findMany({
        where: { organizationId },
        orderBy: { positionNumber: "asc" },
        select: { positionNumber: true, title: true, orgUnit: { select: { name: true } } },
      });
      return positions.map((position) => [position.positionNumber, position.title, position.orgUnit.name]);
    }
    case "personen": {
      const people = await db().person.findMany({
        where: { organizationId },
        orderBy: { personnelNumber: "asc" },
        select: {
          personnelNumber: true,
          firstName: true,
          lastName: true,
          email: true,
          entryDate: true,
          plannedExitMonth: true,
          exitReason: true,
          positions: { select: { position: { select: { positionNumber: true } } } },
        },
      });
      return people.map((person) => [
        person.personnelNumber,
        person.firstName,
        person.lastName,
        person.email,
        dayText(person.entryDate),
        // Without the right to see planned exits the cells stay empty (an import by the same viewer keeps them).
        ...(withExits ? exitCells(person) : ["", ""]),
        person.positions
          .map((link) => link.position.positionNumber)
          .sort()
          .join(", "),
      ]);
    }
    case "aufgaben": {
      const tasks = await db().task.findMany({
        where: { organizationId },
        orderBy: [{ taskNumber: "asc" }, { title: "asc" }],
        select: {
          taskNumber: true,
          title: true,
          criticality: true,
          frequency: true,
          legalBasis: true,
          systems: true,
          orgUnit: { select: { name: true } },
          position: { select: { positionNumber: true } },
          catalogTask: { select: { key: true } },
          assignments: { orderBy: { rank: "asc" }, select: { role: true, person: { select: { personnelNumber: true } } } },
        },
      });
      return tasks.map((task) => [
        task.taskNumber,
        task.title,
        task.orgUnit.name,
        task.position?.positionNumber,
        task.criticality,
        frequencyName[task.frequency],
        task.legalBasis,
        task.systems.join(", "),
        task.assignments
          .filter((a) => a.role === "OWNER")
          .map((a) => a.person.personnelNumber)
          .join(", "),
        task.assignments
          .filter((a) => a.role === "DEPUTY")
          .map((a) => a.person.personnelNumber)
          .join(", "),
        task.catalogTask?.key,
      ]);
    }
  }
}

/** One CSV of a municipality in the import format (the caller has checked the right to see it). */
export async function organizationCsv(organizationId: string, kind: ImportKind, withExits = true): Promise<string> {
  return toCsv(
    COLUMNS[kind].map((column) => column.name),
    await rowsOf(kind, organizationId, withExits),
  );
}

export async function exportCsv(viewer: Viewer, kind: ImportKind): Promise<string> {
  if (!canImportOrganizationData(viewer)) throw forbidden("Exportieren dürfen die Administration und das Personalamt.");
  const csv = await organizationCsv(viewer.organizationId, kind, canSeePlannedExits(viewer));
  // HR's people export is a person-level view like the list, so it is audited the same way.
  if (kind === "personen" && isAuditedPersonView(viewer)) {
    await db().$transaction((tx) =>
      recordAuditEvent(tx, viewer, { action: "people.export", entityType: "Organization", entityId: viewer.organizationId }),
    );
  }
  return csv;
}

/** The same data as records keyed by column name (admin lists and edit forms use the import format too). */
export async function exportRecords(viewer: Viewer, kind: ImportKind): Promise<Record<string, string>[]> {
  if (!canImportOrganizationData(viewer)) throw forbidden("Diese Daten pflegen die Administration und das Personalamt.");
  const columns = COLUMNS[kind].map((column) => column.name);
  return (await rowsOf(kind, viewer.organizationId, canSeePlannedExits(viewer))).map((row) =>
    Object.fromEntries(columns.map((name, index) => [name, row[index] === null || row[index] === undefined ? "" : String(row[index])])),
  );
}

/** The stored records of a kind in the import format, by their key (for the field-level preview of an import). */
export async function storedRecordsByKey(organizationId: string, kind: ImportKind): Promise<Map<string, Record<string, string>>> {
  const columns = COLUMNS[kind].map((column) => column.name);
  const rows = await rowsOf(kind, organizationId, true);
  return new Map(
    rows.map((row) => {
      const record = Object.fromEntries(
        columns.map((name, index) => [name, row[index] === null || row[index] === undefined ? "" : String(row[index])]),
      );
      return [record[columns[0]!]!, record];
    }),
  );
}
