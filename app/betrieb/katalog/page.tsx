import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { OperatorHeader } from "@/components/operator/operator-header";
import { requireOperator } from "@/lib/operator/current-operator";
import { systemCatalogueCoverage } from "@/lib/verbund/overview";
import { VERBUND_MIN_MUNICIPALITIES } from "@/lib/verbund/verbund-figure";
import { CatalogueEntryForm } from "@/components/verbund/catalogue-entry-form";
import { CatalogueImportForm } from "@/components/verbund/catalogue-import-form";
import { createCatalogueEntryAction, importCatalogueAction, setCatalogueEntryActiveAction } from "./actions";
import { ProductAreaFilter } from "@/components/verbund/product-area-select";
import { FlashMessages } from "@/components/layout/flash-messages";

export const metadata: Metadata = { title: "Musteraufgabenkatalog – Betrieb" };
export const dynamic = "force-dynamic";

const SAVED: Record<string, string> = {
  stillgelegt: "Die Musteraufgabe ist stillgelegt: sie wird nicht mehr zur Zuordnung angeboten, bestehende Zuordnungen bleiben.",
  aktiviert: "Die Musteraufgabe wird wieder angeboten.",
};

const filterSchema = z.object({
  bereich: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  nirgends: z.literal("1").optional().catch(undefined),
  gespeichert: z.string().optional().catch(undefined),
  fehler: z.string().optional().catch(undefined),
});

/**
 * The Verbund's task catalogue in the operator console: entries by product
 * area with how many member municipalities mapped them and (from three on) how
 * many documented them; "documented nowhere" as a filter; create, edit,
 * retire, CSV export and import.
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const operator = await requireOperator();
  const filter = filterSchema.parse(await searchParams);
  const all = await systemCatalogueCoverage(operator);
  const nowhere = all.filter((row) => row.active && row.documentedNowhere).length;
  const rows = all
    .filter((row) => !filter.bereich || row.productArea === filter.bereich)
    .filter((row) => !filter.nirgends || (row.active && row.documentedNowhere));
  return (
    <>
      <OperatorHeader operator={operator} />
      <main id="inhalt" tabIndex={-1}>
        <p>
          <Link href="/betrieb">← Zurück zu den Kommunen</Link>
        </p>
        <h1>Musteraufgabenkatalog des Verbunds</h1>
        <p>
          Die Kommunen ordnen ihre eigenen Aufgaben diesen Musteraufgaben zu. Der Schlüssel einer Musteraufgabe ändert sich nie; nicht mehr
          benötigte Einträge werden stillgelegt, nicht gelöscht. Zahlen der Kommunen erscheinen hier nur zusammengefasst – wie viele
          dokumentiert haben, erst ab {VERBUND_MIN_MUNICIPALITIES} teilnehmenden Kommunen.
        </p>
        <FlashMessages saved={filter.gespeichert} error={filter.fehler} texts={SAVED} />
        <p>
          {all.length} Musteraufgaben, davon {all.filter((row) => !row.active).length} stillgelegt. <strong>{nowhere}</strong> aktive
          Musteraufgaben sind in keiner teilnehmenden Kommune dokumentiert.
        </p>

        <form method="get" className="card filters" aria-label="Katalog filtern">
          <ProductAreaFilter id="filter-area" value={filter.bereich ?? ""} />
          <div className="field field--checkbox">
            <input id="filter-nowhere" name="nirgends" type="checkbox" value="1" defaultChecked={Boolean(filter.nirgends)} />
            <label htmlFor="filter-nowhere">Nur nirgends dokumentierte</label>
          </div>
          <button type="submit" className="button button--secondary">
            Filtern
          </button>
        </form>

        <section className="card" aria-labelledby="catalogue-heading">
          <h2 id="catalogue-heading">Einträge ({rows.length})</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="catalogue-heading">
            <table className="data-table">
              <caption>Musteraufgaben mit Zuordnungen und Dokumentation in den teilnehmenden Kommunen</caption>
              <thead>
                <tr>
                  <th scope="col">Schlüssel</th>
                  <th scope="col">Musteraufgabe</th>
                  <th scope="col" className="number">
                    Kommunen mit Zuordnung
                  </th>
                  <th scope="col" className="number">
                    davon dokumentiert
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Aktionen</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>{row.key}</td>
                    <td>
                      {row.title}
                      {row.documentedNowhere && row.active && <span className="badge badge--warning">nirgends dokumentiert</span>}
                    </td>
                    <td className="number">{row.municipalities}</td>
                    <td className="number">
                      {row.documented === null ? <span title={`Erst ab ${VERBUND_MIN_MUNICIPALITIES} Kommunen`}>–</span> : row.documented}
                    </td>
                    <td>{row.active ? "aktiv" : "stillgelegt"}</td>
                    <td className="actions-cell">
                      <Link href={`/betrieb/katalog/${row.id}`} aria-label={`${row.key} ${row.title} bearbeiten`}>
                        Bearbeiten
                      </Link>
                      <form action={setCatalogueEntryActiveAction}>
                        <input type="hidden" name="id" value={row.id} />
                        <input type="hidden" name="active" value={row.active ? "0" : "1"} />
                        <button
                          type="submit"
                          className="button button--secondary button--small"
                          aria-label={`${row.key} ${row.active ? "stilllegen" : "wieder anbieten"}`}
                        >
                          {row.active ? "Stilllegen" : "Wieder anbieten"}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section className="card" aria-labelledby="new-entry-heading">
          <h2 id="new-entry-heading">Neue Musteraufgabe</h2>
          <p>Der Schlüssel wird vergeben: die nächste freie Nummer im Produktbereich.</p>
          <CatalogueEntryForm
            idPrefix="new-entry"
            initial={{ productArea: filter.bereich ?? "01", title: "", description: "", legalBasis: "", serviceKey: "" }}
            submitLabel="Musteraufgabe anlegen"
            action={createCatalogueEntryAction}
          />
        </section>

        <section className="card" aria-labelledby="csv-heading">
          <h2 id="csv-heading">Als CSV austauschen</h2>
          <p>
            <a href="/betrieb/katalog/export" download>
              Katalog als CSV herunterladen
            </a>{" "}
            (alle Einträge, auch stillgelegte; Semikolon, UTF-8).
          </p>
          <CatalogueImportForm action={importCatalogueAction} />
        </section>
      </main>
    </>
  );
}
