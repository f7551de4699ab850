import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OperatorHeader } from "@/components/operator/operator-header";
import { requireOperator } from "@/lib/operator/current-operator";
import { listCatalogue } from "@/lib/verbund/catalogue";
import { CatalogueEntryForm } from "@/components/verbund/catalogue-entry-form";
import { updateCatalogueEntryAction } from "../actions";

export const metadata: Metadata = { title: "Musteraufgabe bearbeiten – Betrieb" };
export const dynamic = "force-dynamic";

/** Edits one catalogue entry's texts (its key stays). */
export default async function CatalogueEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const { id } = await params;
  const entry = (await listCatalogue({ includeRetired: true })).find((candidate) => candidate.id === id);
  if (!entry) notFound();
  return (
    <>
      <OperatorHeader operator={operator} />
      <main id="inhalt" tabIndex={-1}>
        <p>
          <Link href="/betrieb/katalog">← Zurück zum Katalog</Link>
        </p>
        <h1>Musteraufgabe {entry.key} bearbeiten</h1>
        <p>Der Schlüssel {entry.key} bleibt; Kommunen, die ihre Aufgaben zugeordnet haben, behalten die Zuordnung.</p>
        <CatalogueEntryForm
          idPrefix="entry"
          entryId={entry.id}
          initial={{
            productArea: entry.productArea,
            title: entry.title,
            description: entry.description ?? "",
            legalBasis: entry.legalBasis ?? "",
            serviceKey: entry.serviceKey ?? "",
          }}
          submitLabel="Änderung speichern"
          action={updateCatalogueEntryAction}
        />
      </main>
    </>
  );
}
