import { visibleColumns } from "@/lib/org-import/visible-columns";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canImportOrganizationData } from "@/lib/auth/policy";
import { COLUMNS, IMPORT_KINDS, KIND_LABELS } from "@/lib/org-import/formats";
import { FIELD_INPUTS, FIELD_LABELS, KEY_COLUMN } from "@/lib/org-import/record-fields";
import { masterOptions, masterRecords } from "@/lib/org-import/master-data";
import { MasterRecordForm } from "@/components/admin/master-record-form";
import { saveMasterRecordAction } from "../../actions";

export const metadata: Metadata = { title: "Stammdaten bearbeiten" };

export default async function MasterDataEditPage({
  params,
  searchParams,
}: {
  params: Promise<{ art: string }>;
  searchParams: Promise<{ schluessel?: string }>;
}) {
  const viewer = await requireViewer();
  const { art } = await params;
  const kind = IMPORT_KINDS.find((candidate) => candidate === art);
  if (!kind || !canImportOrganizationData(viewer)) notFound();
  const { schluessel } = await searchParams;
  const keyColumn = KEY_COLUMN[kind];
  const [records, options] = await Promise.all([masterRecords(viewer, kind), masterOptions(viewer)]);
  const record = schluessel ? records.find((candidate) => candidate[keyColumn] === schluessel) : undefined;
  if (schluessel && !record) notFound();
  const values = record ?? Object.fromEntries(COLUMNS[kind].map((column) => [column.name, ""]));
  return (
    <>
      <p>
        <Link href={`/verwaltung/stammdaten/${kind}`}>Zurück zu {KIND_LABELS[kind]}</Link>
      </p>
      <h1>{record ? `${KIND_LABELS[kind]}: ${schluessel}` : `${KIND_LABELS[kind]}: neu`}</h1>
      <MasterRecordForm
        kind={kind}
        columns={visibleColumns(viewer, kind)}
        inputs={FIELD_INPUTS[kind]}
        labels={FIELD_LABELS}
        keyColumn={keyColumn}
        isNew={!record}
        values={values}
        options={options}
        action={saveMasterRecordAction}
      />
    </>
  );
}
