import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { visibleColumns } from "@/lib/org-import/visible-columns";
import { canImportOrganizationData } from "@/lib/auth/policy";
import { IMPORT_KINDS, KIND_LABELS } from "@/lib/org-import/formats";
import { FIELD_LABELS, KEY_COLUMN } from "@/lib/org-import/record-fields";
import { masterOptions, masterRecords } from "@/lib/org-import/master-data";
import { FIELD_INPUTS } from "@/lib/org-import/record-fields";

/** Reference cells (personnel and position numbers) shown with names: people expect "Engel, Jonas (P1002)", not "P1002". */
function readableCell(value: string, lookup: Map<string, string> | undefined): string {
  if (!value) return "–";
  if (!lookup) return value;
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => lookup.get(item) ?? item)
    .join("; ");
}

export const metadata: Metadata = { title: "Stammdaten" };

/** The unit tree as nested lists (units whose parent is missing appear at the top level). */
function UnitTree({ records }: { records: Record<string, string>[] }) {
  const names = new Set(records.map((record) => record.name));
  const children = (parent: string) =>
    records.filter(
      (record) => (record.uebergeordnet || "") === parent || (parent === "" && record.uebergeordnet && !names.has(record.uebergeordnet)),
    );
  const branch = (parent: string, depth: number): React.ReactNode => {
    const items = children(parent);
    if (items.length === 0 || depth > 20) return null;
    return (
      <ul>
        {items.map((record) => (
          <li key={record.name}>
            <Link href={`/verwaltung/stammdaten/einheiten/bearbeiten?schluessel=${encodeURIComponent(record.name)}`}>{record.name}</Link>
            {record.kuerzel && <span className="meta"> ({record.kuerzel})</span>}
            {branch(record.name, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className="card" aria-labelledby="tree-heading">
      <h2 id="tree-heading">Aufbau</h2>
      {branch("", 0)}
    </section>
  );
}

/** Units, positions, people or tasks as a table, with links to edit and to add (admins and HR). */
export default async function MasterDataListPage({
  params,
  searchParams,
}: {
  params: Promise<{ art: string }>;
  searchParams: Promise<{ gespeichert?: string }>;
}) {
  const viewer = await requireViewer();
  const { art } = await params;
  const kind = IMPORT_KINDS.find((candidate) => candidate === art);
  if (!kind || !canImportOrganizationData(viewer)) notFound();
  const { gespeichert } = await searchParams;
  const [records, options] = await Promise.all([masterRecords(viewer, kind), masterOptions(viewer)]);
  const labels = {
    people: new Map(options.people.map((option) => [option.value, option.label])),
    positions: new Map(options.positions.map((option) => [option.value, option.label])),
  };
  const lookupOf = (column: string) => {
    const input = FIELD_INPUTS[kind][column];
    if (input?.type === "people" || input?.type === "ranked-people") return labels.people;
    if (input?.type === "positions" || input?.type === "position") return labels.positions;
    return undefined;
  };
  const keyColumn = KEY_COLUMN[kind];
  const columns = visibleColumns(viewer, kind);
  return (
    <>
      <nav aria-label="Stammdaten" className="template-links">
        <ul className="template-links">
          {IMPORT_KINDS.map((candidate) => (
            <li key={candidate}>
              <Link href={`/verwaltung/stammdaten/${candidate}`} aria-current={candidate === kind ? "page" : undefined}>
                {KIND_LABELS[candidate]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{KIND_LABELS[kind]}</h1>
      {gespeichert && (
        <p className="alert alert--success" role="status">
          Gespeichert.
        </p>
      )}
      {kind === "personen" && (
        <p className="field-hint">
          Geplante Austritte sind vertraulich; Aufrufe dieser Liste durch das Personalamt werden im Prüfprotokoll festgehalten.
        </p>
      )}
      <p>
        <Link className="button" href={`/verwaltung/stammdaten/${kind}/bearbeiten`}>
          Neu anlegen
        </Link>{" "}
        <Link href="/verwaltung/import">Viele auf einmal: Import und Export (CSV)</Link>
      </p>
      {kind === "einheiten" && <UnitTree records={records} />}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`${KIND_LABELS[kind]} (Tabelle)`}>
        <table className="data-table">
          <caption className="visually-hidden">
            {KIND_LABELS[kind]}: {records.length} Einträge
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.name} scope="col">
                  {FIELD_LABELS[column.name] ?? column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.map((record, index) => (
              <tr key={record[keyColumn] || `ohne-${index}`}>
                {columns.map((column) =>
                  column.name === keyColumn ? (
                    <th key={column.name} scope="row">
                      {record[keyColumn] ? (
                        <Link
                          href={`/verwaltung/stammdaten/${kind}/bearbeiten?schluessel=${encodeURIComponent(record[keyColumn])}`}
                          aria-label={`${record[keyColumn]} bearbeiten`}
                        >
                          {record[keyColumn]}
                        </Link>
                      ) : (
                        "(ohne Nummer)"
                      )}
                    </th>
                  ) : (
                    <td key={column.name}>{readableCell(record[column.name] ?? "", lookupOf(column.name))}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
