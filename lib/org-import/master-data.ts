import "server-only";
/** Lists and single records of the master data (units, positions, people, tasks) for the admin pages. */
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { recordAuditEvent } from "../audit/record-audit-event";
import { isAuditedPersonView } from "../auth/policy";
import { exportRecords } from "./export";
import type { ImportKind } from "./formats";
import { listCatalogue } from "../verbund/catalogue";

/** Records of a kind; HR looking at people (with planned exits) is written to the audit log. */
export async function masterRecords(viewer: Viewer, kind: ImportKind) {
  const records = await exportRecords(viewer, kind);
  if (kind === "personen" && isAuditedPersonView(viewer)) {
    await db().$transaction((tx) =>
      recordAuditEvent(tx, viewer, {
        action: "people.list.view",
        entityType: "Organization",
        entityId: viewer.organizationId,
        data: { people: records.length },
      }),
    );
  }
  return records;
}

/** Options for the reference fields of the form. */
export async function masterOptions(viewer: Viewer) {
  const organizationId = viewer.organizationId;
  const [units, positions, people, catalogue] = await Promise.all([
    db().orgUnit.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { name: true } }),
    db().position.findMany({
      where: { organizationId },
      orderBy: { positionNumber: "asc" },
      select: { positionNumber: true, title: true },
    }),
    db().person.findMany({
      where: { organizationId },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { personnelNumber: true, firstName: true, lastName: true },
    }),
    listCatalogue(),
  ]);
  return {
    units: units.map((unit) => ({ value: unit.name, label: unit.name })),
    positions: positions.map((position) => ({ value: position.positionNumber, label: `${position.positionNumber} – ${position.title}` })),
    people: people.map((person) => ({
      value: person.personnelNumber,
      label: `${person.lastName}, ${person.firstName} (${person.personnelNumber})`,
    })),
    catalogue: catalogue.map((entry) => ({ value: entry.key, label: `${entry.key} ${entry.title}` })),
  };
}
