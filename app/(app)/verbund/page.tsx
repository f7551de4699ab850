import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canDecideSharing, canManageVerbundParticipation, canSeeVerbundOverview } from "@/lib/auth/policy";
import { verbundStatus } from "@/lib/verbund/participation";
import { verbundOverview } from "@/lib/verbund/overview";
import { MATURITY_LABELS, type Maturity } from "@/lib/coverage/coverage-rules";
import { productAreaLabel } from "@/lib/verbund/product-areas";
import { VERBUND_MIN_MUNICIPALITIES, verbundFigureText } from "@/lib/verbund/verbund-figure";
import { formatDateTime } from "@/lib/format-date";
import { ProductAreaFilter } from "@/components/verbund/product-area-select";

export const metadata: Metadata = { title: "Wissensverbund" };

const maturityLabel = (level: number) => MATURITY_LABELS[level as Maturity] ?? "";

/**
 * The Verbund overview: per catalogue task the municipality's own maturity
 * beside the other member municipalities' figures (aggregates only, from three
 * municipalities on).
 */
export default async function VerbundPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canSeeVerbundOverview(viewer)) notFound();
  const params = await searchParams;
  const [overview, status] = await Promise.all([verbundOverview(viewer, params), verbundStatus(viewer)]);
  if (!overview.member) {
    return (
      <>
        <h1>Wissensverbund</h1>
        <p>
          Im Wissensverbund vergleichen die Kommunen dieser Installation, wie gut ihre Aufgaben dokumentiert sind – je Musteraufgabe und nur
          zusammengefasst. Ihre Kommune nimmt noch nicht teil.
        </p>
        <p>
          {canManageVerbundParticipation(viewer) ? (
            <Link href="/verwaltung/verbund">Teilnahme am Verbund einrichten</Link>
          ) : (
            "Über die Teilnahme entscheidet die Administration Ihrer Kommune."
          )}
        </p>
      </>
    );
  }
  const { nur, bereich = "" } = overview.filter;
  const areas = [...new Set(overview.rows.map((row) => row.productArea))];
  return (
    <>
      <h1>Wissensverbund: Ihre Aufgaben im Vergleich</h1>
      <p>
        Für jede Musteraufgabe sehen Sie den Reifegrad Ihrer Kommune (die am besten dokumentierte Ihrer zugeordneten Aufgaben) neben den
        Zahlen der anderen teilnehmenden Kommunen. Deren Zahlen erscheinen nur zusammengefasst und erst, wenn mindestens{" "}
        {VERBUND_MIN_MUNICIPALITIES} andere Kommunen die Aufgabe zugeordnet haben; Ihre eigene Kommune ist darin nie enthalten.
        {overview.computedAt && <> Stand der Verbundzahlen: {formatDateTime(overview.computedAt)}.</>}
      </p>
      {canDecideSharing(viewer, status.approverRole) && (
        <p>
          <Link href="/verwaltung/verbund">Vorschläge zum Teilen ansehen und freigeben</Link>
        </p>
      )}
      {!overview.showsOwn && (
        <p className="alert alert--info">Den Reifegrad Ihrer eigenen Aufgaben sehen Personalamt und Leitungen im Cockpit.</p>
      )}
      <form method="get" className="card filters" aria-label="Musteraufgaben filtern">
        <ProductAreaFilter id="verbund-area" value={bereich} />
        <div className="field">
          <label htmlFor="verbund-only">Anzeigen</label>
          <select id="verbund-only" name="nur" defaultValue={nur}>
            <option value="alle">Alle Musteraufgaben</option>
            {overview.showsOwn && <option value="zugeordnet">Nur solche mit eigenen Aufgaben</option>}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Anzeigen
        </button>
      </form>
      {overview.rows.length === 0 && (
        <p>
          Keine Musteraufgaben für diese Auswahl.{" "}
          {nur === "zugeordnet" && "Ordnen Sie Ihre Aufgaben zu oder zeigen Sie alle Musteraufgaben an."}
        </p>
      )}
      {areas.map((area) => {
        const rows = overview.rows.filter((row) => row.productArea === area);
        const headingId = `area-${area}`;
        return (
          <section key={area} className="card" aria-labelledby={headingId}>
            <h2 id={headingId}>{productAreaLabel(area)}</h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
              <table className="data-table stacked-table">
                <thead>
                  <tr>
                    <th scope="col">Musteraufgabe</th>
                    {overview.showsOwn && <th scope="col">Sie</th>}
                    <th scope="col">Verbund</th>
                    <th scope="col">Anleitungen</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        <span className="muted">{row.key}</span> {row.title}
                      </th>
                      {overview.showsOwn && (
                        <td data-label="Sie">
                          {row.own && row.own.maturity !== null ? (
                            <span className="maturity-level">
                              {row.own.maturity} – {maturityLabel(row.own.maturity)}
                            </span>
                          ) : (
                            <span className="muted">keine Aufgabe zugeordnet</span>
                          )}
                        </td>
                      )}
                      <td data-label="Verbund">{verbundFigureText(row.verbund, maturityLabel)}</td>
                      <td data-label="Anleitungen">
                        {row.sharedInstructions > 0 ? (
                          <Link href={`/verbund/aufgaben/${row.id}`}>
                            {row.sharedInstructions} geteilt<span className="visually-hidden"> zu {row.title}</span>
                          </Link>
                        ) : (
                          <span className="muted">keine</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
