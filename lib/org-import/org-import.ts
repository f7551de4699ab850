import "server-only";
/**
 * CSV import of units, positions, people and tasks: a preview with a German
 * report per row, then apply. Rows are matched by their key (unit name,
 * Stellennummer, Personalnummer, Aufgabennummer), so applying the same file twice
 * changes nothing. A file with any error changes nothing at all, and apply
 * re-checks everything inside one transaction. Rows missing from the file are left alone.
 */
import type { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import { canImportOrganizationData, canSeePlannedExits } from "../auth/policy";
import { exitCells, storedRecordsByKey } from "./export";
import { rowChanges } from "./row-changes";
import { visibleColumns } from "./visible-columns";
import { refreshVerbundContribution } from "../verbund/participation";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { CsvFormatError, listCell, readCsv, type CsvTable } from "./csv-read";
import { COLUMNS, personRowSchema, positionRowSchema, taskRowSchema, unitRowSchema, type ImportKind } from "./formats";

type Tx = Prisma.TransactionClient;
type Action = "neu" | "geändert" | "unverändert" | "fehlerhaft";

export interface PlannedRow {
  line: number;
  key: string;
  action: Action;
  errors: string[];
  /** For "geändert": what changes, field by field ("Vertretung: entfernt P1003"). */
  changes?: string[];
}

export interface ImportPlan {
  kind: ImportKind;
  fileErrors: string[];
  rows: PlannedRow[];
  counts: Record<Action, number>;
}

interface KindPlan {
  rows: PlannedRow[];
  apply: (tx: Tx) => Promise<void>;
}

type RowSchema<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
};

interface ParsedRow<T> {
  line: number;
  key: string;
  /** The raw cells, for reference checks that should report even when the row has other errors. */
  values: Record<string, string>;
  data: T | null;
  errors: string[];
}

/** What one kind's rule says about one row: extra errors, and how it compares with what is stored. */
interface Verdict {
  errors: string[];
  isNew: boolean;
  changed: boolean;
}

/**
 * One CSV kind: how to read the stored state it is matched against, how to judge
 * a row, and how to write it. The shared planner does the rest (parse, repeated
 * keys, actions, apply in file order).
 */
interface KindRules<T, Context> {
  kind: ImportKind;
  schema: RowSchema<T>;
  keyColumn: string;
  load: (tx: Tx, organizationId: string, rows: ParsedRow<T>[]) => Promise<Context>;
  judge: (row: ParsedRow<T>, context: Context) => Verdict;
  write: (tx: Tx, organizationId: string, data: T, context: Context) => Promise<void>;
  /** Runs after every row is written (units link their parents here). */
  afterAll?: (tx: Tx, organizationId: string, rows: T[], context: Context) => Promise<void>;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Parses each row with its schema and marks repeated keys; returns rows with their data or errors. */
function parseRows<T>(table: CsvTable, kind: ImportKind, schema: RowSchema<T>, keyColumn: string): ParsedRow<T>[] {
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const values = Object.fromEntries(
      COLUMNS[kind].flatMap((column) =>
        column.name in row.values ? [[column.name, row.values[column.name]!]] : column.keptWhenAbsent ? [] : [[column.name, ""]],
      ),
    );
    const key = (values[keyColumn] ?? "").trim();
    const errors: string[] = [];
    const parsed = schema.safeParse(values);
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => issue.message));
    const first = seen.get(key.toLowerCase());
    if (key && first !== undefined) errors.push(`Schlüssel „${key}“ steht schon in Zeile ${first}.`);
    if (key) seen.set(key.toLowerCase(), row.line);
    return { line: row.line, key, values, data: parsed.success ? parsed.data : null, errors };
  });
}

function actionOf(errors: string[], verdict: Verdict): Action {
  return errors.length > 0 ? "fehlerhaft" : verdict.isNew ? "neu" : verdict.changed ? "geändert" : "unverändert";
}

/** The one planner behind every kind: judge each row, and apply all of them in file order. */
function planner<T, Context>(rules: KindRules<T, Context>) {
  return async (tx: Tx, organizationId: string, table: CsvTable): Promise<KindPlan> => {
    const rows = parseRows(table, rules.kind, rules.schema, rules.keyColumn);
    const context = await rules.load(tx, organizationId, rows);
    const planned = rows.map((row): PlannedRow => {
      const verdict = rules.judge(row, context);
      const errors = [...row.errors, ...verdict.errors];
      return { line: row.line, key: row.key, errors, action: actionOf(errors, verdict) };
    });
    return {
      rows: planned,
      // Only called when no row has errors, so every row has its data.
      apply: async (tx) => {
        const data = rows.map((row) => row.data!);
        for (const item of data) await rules.write(tx, organizationId, item, context);
        await rules.afterAll?.(tx, organizationId, data, context);
      },
    };
  };
}

const idsByName = (tx: Tx, organizationId: string) =>
  tx.orgUnit
    .findMany({ where: { organizationId }, select: { id: true, name: true } })
    .then((units) => new Map(units.map((unit) => [unit.name, unit.id])));
const positionIdsByNumber = (tx: Tx, organizationId: string) =>
  tx.position
    .findMany({ where: { organizationId }, select: { id: true, positionNumber: true } })
    .then((positions) => new Map(positions.map((position) => [position.positionNumber, position.id])));

/** Follows the parents a unit would have after the import; true when the chain returns to a unit already seen. */
function closesCycle(name: string, parent: string, parentAfter: Map<string, string | null>): boolean {
  const visited = new Set([name]);
  let current: string | null = parentAfter.get(parent) ?? null;
  while (current) {
    if (visited.has(current)) return true;
    visited.add(current);
    current = parentAfter.get(current) ?? null;
  }
  return false;
}

type UnitRow = z.output<typeof unitRowSchema>;
type PositionRow = z.output<typeof positionRowSchema>;
type PersonRow = z.output<typeof personRowSchema>;
type TaskRow = z.output<typeof taskRowSchema>;

const planUnits = planner<
  UnitRow,
  {
    byName: Map<string, { id: string; shortName: string | null; parentName: string }>;
    fileNames: Set<string>;
    parentAfter: Map<string, string | null>;
    ids: Map<string, string>;
  }
>({
  kind: "einheiten",
  schema: unitRowSchema,
  keyColumn: "name",
  load: async (tx, organizationId, rows) => {
    const existing = await tx.orgUnit.findMany({
      where: { organizationId },
      select: { id: true, name: true, shortName: true, parentId: true },
    });
    const nameById = new Map(existing.map((unit) => [unit.id, unit.name]));
    const parentName = (parentId: string | null) => (parentId ? (nameById.get(parentId) ?? "") : "");
    const byName = new Map(
      existing.map((unit) => [unit.name, { id: unit.id, shortName: unit.shortName, parentName: parentName(unit.parentId) }]),
    );
    // Parent of every unit after the import, to find cycles.
    const parentAfter = new Map(existing.map((unit) => [unit.name, parentName(unit.parentId) || null]));
    for (const row of rows) if (row.data) parentAfter.set(row.data.name, row.data.uebergeordnet || null);
    const fileNames = new Set(rows.flatMap((row) => (row.data ? [row.data.name] : [])));
    return { byName, fileNames, parentAfter, ids: new Map(existing.map((unit) => [unit.name, unit.id])) };
  },
  judge: ({ data }, { byName, fileNames, parentAfter }) => {
    const errors: string[] = [];
    const parent = data?.uebergeordnet;
    if (data && parent) {
      if (parent === data.name) errors.push("Eine Einheit kann nicht sich selbst übergeordnet sein.");
      else if (!fileNames.has(parent) && !byName.has(parent)) errors.push(`Übergeordnete Einheit „${parent}“ gibt es nicht.`);
      else if (closesCycle(data.name, parent, parentAfter)) errors.push("Die Zuordnung ergibt einen Kreis von Einheiten.");
    }
    const before = data ? byName.get(data.name) : undefined;
    const changed = Boolean(before && data && ((before.shortName ?? "") !== data.kuerzel || before.parentName !== data.uebergeordnet));
    return { errors, isNew: !before, changed };
  },
  write: async (tx, organizationId, data, { ids }) => {
    const unit = await tx.orgUnit.upsert({
      where: { organizationId_name: { organizationId, name: data.name } },
      create: { organizationId, name: data.name, shortName: data.kuerzel || null },
      update: { shortName: data.kuerzel || null },
      select: { id: true },
    });
    ids.set(data.name, unit.id);
  },
  // Parents are linked in a second pass, so a file may name a parent further down.
  afterAll: async (tx, organizationId, rows, { ids }) => {
    for (const data of rows) {
      await tx.orgUnit.update({
        where: { id: ids.get(data.name)!, organizationId },
        data: { parentId: data.uebergeordnet ? ids.get(data.uebergeordnet)! : null },
      });
    }
  },
});

const planPositions = planner<
  PositionRow,
  {
    byNumber: Map<string, { title: string; orgUnitId: string }>;
    unitIds: Map<string, string>;
  }
>({
  kind: "stellen",
  schema: positionRowSchema,
  keyColumn: "stellennummer",
  load: async (tx, organizationId) => {
    const [existing, unitIds] = await Promise.all([
      tx.position.findMany({ where: { organizationId }, select: { positionNumber: true, title: true, orgUnitId: true } }),
      idsByName(tx, organizationId),
    ]);
    return { byNumber: new Map(existing.map((position) => [position.positionNumber, position])), unitIds };
  },
  judge: ({ data }, { byNumber, unitIds }) => {
    const errors: string[] = [];
    if (data && !unitIds.has(data.einheit))
      errors.push(`Einheit „${data.einheit}“ gibt es nicht – bitte zuerst die Einheiten importieren.`);
    const before = data ? byNumber.get(data.stellennummer) : undefined;
    return {
      errors,
      isNew: !before,
      changed: Boolean(before && data && (before.title !== data.bezeichnung || before.orgUnitId !== unitIds.get(data.einheit))),
    };
  },
  write: async (tx, organizationId, data, { unitIds }) => {
    const fields = { title: data.bezeichnung, orgUnitId: unitIds.get(data.einheit)! };
    await tx.position.upsert({
      where: { organizationId_positionNumber: { organizationId, positionNumber: data.stellennummer } },
      create: { organizationId, positionNumber: data.stellennummer, ...fields },
      update: fields,
    });
  },
});

const personSelect = {
  personnelNumber: true,
  firstName: true,
  lastName: true,
  email: true,
  entryDate: true,
  plannedExitMonth: true,
  exitReason: true,
  positions: { select: { position: { select: { positionNumber: true } } } },
} satisfies Prisma.PersonSelect;

const planPeople = planner<
  PersonRow,
  {
    byNumber: Map<string, Prisma.PersonGetPayload<{ select: typeof personSelect }>>;
    positionIds: Map<string, string>;
  }
>({
  kind: "personen",
  schema: personRowSchema,
  keyColumn: "personalnummer",
  load: async (tx, organizationId) => {
    const [existing, positionIds] = await Promise.all([
      tx.person.findMany({ where: { organizationId }, select: personSelect }),
      positionIdsByNumber(tx, organizationId),
    ]);
    return { byNumber: new Map(existing.map((person) => [person.personnelNumber, person])), positionIds };
  },
  judge: ({ data, values }, { byNumber, positionIds }) => {
    const errors: string[] = [];
    // References are checked on the raw cells, so a row with other errors still reports them.
    const wanted = [...new Set(listCell(values.stellen))].sort();
    for (const number of wanted)
      if (!positionIds.has(number)) errors.push(`Stelle „${number}“ gibt es nicht – bitte zuerst die Stellen importieren.`);
    const before = data ? byNumber.get(data.personalnummer) : undefined;
    const changed = Boolean(
      before &&
      data &&
      (before.firstName !== data.vorname ||
        before.lastName !== data.nachname ||
        (before.email ?? "") !== data.email ||
        !sameDate(before.entryDate, data.eintritt) ||
        !sameDate(before.plannedExitMonth, data.austritt_monat) ||
        before.exitReason !== data.austritt_grund ||
        !sameList(before.positions.map((link) => link.position.positionNumber).sort(), wanted)),
    );
    return { errors, isNew: !before, changed };
  },
  write: async (tx, organizationId, data, { positionIds }) => {
    const fields = {
      firstName: data.vorname,
      lastName: data.nachname,
      email: data.email || null,
      entryDate: data.eintritt,
      plannedExitMonth: data.austritt_monat,
      exitReason: data.austritt_grund,
    };
    const person = await tx.person.upsert({
      where: { organizationId_personnelNumber: { organizationId, personnelNumber: data.personalnummer } },
      create: { organizationId, personnelNumber: data.personalnummer, ...fields },
      update: fields,
      select: { id: true },
    });
    await tx.personPosition.deleteMany({ where: { personId: person.id } });
    const wanted = [...new Set(listCell(data.stellen))];
    if (wanted.length > 0)
      await tx.personPosition.createMany({ data: wanted.map((number) => ({ personId: person.id, positionId: positionIds.get(number)! })) });
  },
});

const taskSelect = {
  taskNumber: true,
  title: true,
  orgUnitId: true,
  positionId: true,
  criticality: true,
  frequency: true,
  legalBasis: true,
  systems: true,
  catalogTask: { select: { key: true } },
  assignments: { orderBy: { rank: "asc" }, select: { role: true, person: { select: { personnelNumber: true } } } },
} satisfies Prisma.TaskSelect;

const planTasks = planner<
  TaskRow,
  {
    byNumber: Map<string, Prisma.TaskGetPayload<{ select: typeof taskSelect }>>;
    unitIds: Map<string, string>;
    positionIds: Map<string, string>;
    personIds: Map<string, string>;
    /** Catalogue entries by key: active ones, and retired ones only for tasks already mapped to them. */
    catalogue: Map<string, { id: string; active: boolean }>;
  }
>({
  kind: "aufgaben",
  schema: taskRowSchema,
  keyColumn: "aufgabennummer",
  load: async (tx, organizationId) => {
    const [existing, unitIds, positionIds, people, catalogue] = await Promise.all([
      tx.task.findMany({ where: { organizationId, taskNumber: { not: null } }, select: taskSelect }),
      idsByName(tx, organizationId),
      positionIdsByNumber(tx, organizationId),
      tx.person.findMany({ where: { organizationId }, select: { id: true, personnelNumber: true } }),
      tx.catalogTask.findMany({ select: { id: true, key: true, active: true } }),
    ]);
    return {
      byNumber: new Map(existing.map((task) => [task.taskNumber!, task])),
      unitIds,
      positionIds,
      personIds: new Map(people.map((person) => [person.personnelNumber, person.id])),
      catalogue: new Map(catalogue.map((entry) => [entry.key, entry])),
    };
  },
  judge: ({ data, values: raw }, { byNumber, unitIds, positionIds, personIds, catalogue }) => {
    const errors: string[] = [];
    const before = data ? byNumber.get(data.aufgabennummer) : undefined;
    const key = raw.musteraufgabe;
    if (key && !catalogue.get(key)?.active && before?.catalogTask?.key !== key)
      errors.push(`Musteraufgabe „${key}“ gibt es im Verbundkatalog nicht (mehr).`);
    // References are checked on the raw cells, so a row with other errors still reports them.
    if (raw.einheit && !unitIds.has(raw.einheit)) errors.push(`Einheit „${raw.einheit}“ gibt es nicht.`);
    if (raw.stelle && !positionIds.has(raw.stelle)) errors.push(`Stelle „${raw.stelle}“ gibt es nicht.`);
    const owners = listCell(raw.zustaendig);
    const deputies = listCell(raw.vertretung);
    for (const number of [...owners, ...deputies])
      if (!personIds.has(number)) errors.push(`Personalnummer „${number}“ gibt es nicht – bitte zuerst die Beschäftigten importieren.`);
    const both = owners.filter((number) => deputies.includes(number));
    if (both.length > 0) errors.push(`${both.join(", ")} ist zugleich zuständig und Vertretung.`);
    if (new Set([...owners, ...deputies]).size !== owners.length + deputies.length && both.length === 0)
      errors.push("Eine Personalnummer steht mehrfach in der Zeile.");
    if (!data || !before) return { errors, isNew: !before, changed: false };
    const ownersBefore = before.assignments.filter((a) => a.role === "OWNER").map((a) => a.person.personnelNumber);
    const deputiesBefore = before.assignments.filter((a) => a.role === "DEPUTY").map((a) => a.person.personnelNumber);
    const changed =
      before.title !== data.bezeichnung ||
      before.orgUnitId !== unitIds.get(data.einheit) ||
      before.positionId !== (data.stelle ? (positionIds.get(data.stelle) ?? null) : null) ||
      before.criticality !== data.kritikalitaet ||
      before.frequency !== data.haeufigkeit ||
      (before.legalBasis ?? "") !== data.rechtsgrundlage ||
      !sameList(before.systems, listCell(data.fachverfahren)) ||
      !sameList([...ownersBefore].sort(), [...owners].sort()) ||
      !sameList(deputiesBefore, deputies) ||
      (data.musteraufgabe !== undefined && (before.catalogTask?.key ?? "") !== data.musteraufgabe);
    return { errors, isNew: false, changed };
  },
  write: async (tx, organizationId, data, { unitIds, positionIds, personIds, catalogue }) => {
    const fields = {
      // Without the column the mapping stays; an empty cell removes it.
      ...(data.musteraufgabe === undefined ? {} : { catalogTaskId: data.musteraufgabe ? catalogue.get(data.musteraufgabe)!.id : null }),
      title: data.bezeichnung,
      orgUnitId: unitIds.get(data.einheit)!,
      positionId: data.stelle ? positionIds.get(data.stelle)! : null,
      criticality: data.kritikalitaet,
      frequency: data.haeufigkeit,
      legalBasis: data.rechtsgrundlage || null,
      systems: listCell(data.fachverfahren),
    };
    const task = await tx.task.upsert({
      where: { organizationId_taskNumber: { organizationId, taskNumber: data.aufgabennummer } },
      create: { organizationId, taskNumber: data.aufgabennummer, ...fields },
      update: fields,
      select: { id: true },
    });
    await tx.taskAssignment.deleteMany({ where: { organizationId, taskId: task.id } });
    const owners = listCell(data.zustaendig).map((number, index) => ({
      personId: personIds.get(number)!,
      role: "OWNER" as const,
      rank: index,
    }));
    const deputies = listCell(data.vertretung).map((number, index) => ({
      personId: personIds.get(number)!,
      role: "DEPUTY" as const,
      rank: index + 1,
    }));
    if (owners.length + deputies.length > 0) {
      await tx.taskAssignment.createMany({
        data: [...owners, ...deputies].map((assignment) => ({ organizationId, taskId: task.id, ...assignment })),
      });
    }
  },
});

const PLANNERS: Record<ImportKind, (tx: Tx, organizationId: string, table: CsvTable) => Promise<KindPlan>> = {
  einheiten: planUnits,
  stellen: planPositions,
  personen: planPeople,
  aufgaben: planTasks,
};

const MAX_ROWS = 20_000;

function readTable(kind: ImportKind, text: string): { table: CsvTable | null; fileErrors: string[] } {
  let table: CsvTable;
  try {
    table = readCsv(text);
  } catch (error) {
    return { table: null, fileErrors: [error instanceof CsvFormatError ? error.message : "Die Datei konnte nicht gelesen werden."] };
  }
  const missing = COLUMNS[kind]
    .filter((column) => column.required && !table.header.includes(column.name))
    .map((column) => `„${column.name}“`);
  const fileErrors: string[] = [];
  if (missing.length > 0)
    fileErrors.push(`Es fehlen Spalten: ${missing.join(", ")}. Erwartet werden: ${COLUMNS[kind].map((column) => column.name).join(";")}.`);
  if (table.rows.length === 0) fileErrors.push("Die Datei enthält keine Datenzeilen.");
  if (table.rows.length > MAX_ROWS) fileErrors.push(`Die Datei hat mehr als ${MAX_ROWS.toLocaleString("de-DE")} Zeilen; bitte aufteilen.`);
  return { table: fileErrors.length > 0 ? null : table, fileErrors };
}

function summarize(kind: ImportKind, fileErrors: string[], rows: PlannedRow[]): ImportPlan {
  const counts: Record<Action, number> = { neu: 0, geändert: 0, unverändert: 0, fehlerhaft: 0 };
  for (const row of rows) counts[row.action] += 1;
  return { kind, fileErrors, rows, counts };
}

/**
 * Someone who may not see planned exits (admins) cannot change them either:
 * their export leaves the exit cells empty, so an import or form of theirs
 * gets the stored values put back instead of clearing them.
 */
async function withStoredExits(tx: Tx, viewer: Viewer, kind: ImportKind, table: CsvTable): Promise<CsvTable> {
  if (kind !== "personen" || canSeePlannedExits(viewer)) return table;
  const people = await tx.person.findMany({
    where: { organizationId: viewer.organizationId },
    select: { personnelNumber: true, plannedExitMonth: true, exitReason: true },
  });
  const stored = new Map(people.map((person) => [person.personnelNumber, exitCells(person)]));
  const header = [...new Set([...table.header, "austritt_monat", "austritt_grund"])];
  return {
    header,
    rows: table.rows.map((row) => {
      const [month, reason] = stored.get((row.values.personalnummer ?? "").trim()) ?? ["", ""];
      return { ...row, values: { ...row.values, austritt_monat: month, austritt_grund: reason } };
    }),
  };
}

/** Adds the field-level changes to the rows judged "geändert" (columns the viewer may not see stay out). */
async function withChanges(viewer: Viewer, kind: ImportKind, table: CsvTable, rows: PlannedRow[]): Promise<PlannedRow[]> {
  if (!rows.some((row) => row.action === "geändert")) return rows;
  const stored = await storedRecordsByKey(viewer.organizationId, kind);
  const columns = visibleColumns(viewer, kind).map((column) => column.name);
  const byLine = new Map(table.rows.map((row) => [row.line, row.values]));
  return rows.map((row) => {
    const before = row.action === "geändert" ? stored.get(row.key) : undefined;
    return before ? { ...row, changes: rowChanges(columns, before, byLine.get(row.line) ?? {}) } : row;
  });
}

function assertAllowed(viewer: Viewer) {
  if (!canImportOrganizationData(viewer)) throw forbidden("Importieren dürfen die Administration und das Personalamt.");
}

/** Checks a file and reports per row what would happen; changes nothing. */
export async function previewImport(viewer: Viewer, kind: ImportKind, text: string): Promise<ImportPlan> {
  assertAllowed(viewer);
  const { table, fileErrors } = readTable(kind, text);
  if (!table) return summarize(kind, fileErrors, []);
  const effective = await withStoredExits(db(), viewer, kind, table);
  const plan = await PLANNERS[kind](db(), viewer.organizationId, effective);
  return summarize(kind, [], await withChanges(viewer, kind, effective, plan.rows));
}

/** Applies a file in one transaction after checking it again; any error → nothing changes. */
export async function applyImport(viewer: Viewer, kind: ImportKind, text: string): Promise<ImportPlan> {
  assertAllowed(viewer);
  const { table, fileErrors } = readTable(kind, text);
  if (!table) throw invalid(fileErrors.join(" "));
  return applyTable(viewer, kind, table);
}

/** After tasks changed, a Verbund member's figures follow (their mapping may have changed). */
async function afterApplied(viewer: Viewer, kind: ImportKind, plan: ImportPlan): Promise<ImportPlan> {
  if (kind === "aufgaben" && plan.counts.neu + plan.counts["geändert"] > 0) await refreshVerbundContribution(viewer.organizationId);
  return plan;
}

/**
 * Saves one record from an admin form through the same checks and upsert as
 * the import (a one-row table); German messages for every problem of the row.
 */
export async function saveRecord(viewer: Viewer, kind: ImportKind, values: Record<string, string>): Promise<ImportPlan> {
  assertAllowed(viewer);
  return applyTable(viewer, kind, { header: Object.keys(values), rows: [{ line: 2, values }] });
}

async function applyTable(viewer: Viewer, kind: ImportKind, table: CsvTable): Promise<ImportPlan> {
  const plan = await db().$transaction(
    async (tx) => {
      // Serialize imports of one organization, so two people importing at once cannot interleave.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4243, hashtext(${viewer.organizationId}))`;
      const plan = await PLANNERS[kind](tx, viewer.organizationId, await withStoredExits(tx, viewer, kind, table));
      const result = summarize(kind, [], plan.rows);
      if (result.counts.fehlerhaft > 0) {
        // The row messages travel along, so a form (one-row table) can show them.
        throw invalid(
          `Die Datei enthält ${result.counts.fehlerhaft} fehlerhafte ${result.counts.fehlerhaft === 1 ? "Zeile" : "Zeilen"}; es wurde nichts übernommen.`,
          { form: plan.rows.flatMap((row) => row.errors) },
        );
      }
      await plan.apply(tx);
      await recordAuditEvent(tx, viewer, {
        action: `import.${kind}`,
        entityType: "Organization",
        entityId: viewer.organizationId,
        data: { neu: result.counts.neu, geaendert: result.counts["geändert"], unveraendert: result.counts["unverändert"] },
      });
      return result;
    },
    { timeout: 120_000 },
  );
  return afterApplied(viewer, kind, plan);
}
