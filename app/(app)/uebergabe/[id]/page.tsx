import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getHandover, HANDOVER_FIELDS, HANDOVER_STATUS_LABELS } from "@/lib/journeys/handover";
import { loadOr404 } from "@/lib/load-or-404";
import { formatDate, formatDateTime, formatMonth } from "@/lib/format-date";
import { PrintButton } from "@/components/layout/print-button";
import { confirmHandoverAction } from "../actions";

export const metadata: Metadata = { title: "Übergabeprotokoll" };

const MESSAGES: Record<string, string> = {
  "1": "Das Protokoll ist gespeichert.",
  "bestaetigung-aufgehoben":
    "Das Protokoll ist gespeichert. Weil sich etwas geändert hat, sind die bisherigen Bestätigungen aufgehoben – bitte beide Seiten neu bestätigen.",
};

/** The record as both parties confirm and print it. */
export default async function HandoverPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ gespeichert?: string; bestaetigt?: string; abgeschlossen?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const query = await searchParams;
  const record = await loadOr404(() => getHandover(viewer, id));
  const mine = record.viewerSide === "from" ? record.fromConfirmedAt : record.toConfirmedAt;
  const confirmation = (at: Date | null) => (at ? `bestätigt am ${formatDateTime(at)}` : "noch nicht bestätigt");
  return (
    <article className="handover-record">
      <p className="no-print">
        <Link href="/uebergabe">Zurück zu den Übergabeprotokollen</Link>
      </p>
      <h1>
        Übergabeprotokoll: {record.fromName} an {record.toName}
      </h1>
      {query.gespeichert && (
        <p className="alert alert--success" role="status">
          {MESSAGES[query.gespeichert] ?? MESSAGES["1"]}
        </p>
      )}
      {query.bestaetigt && (
        <p className="alert alert--success" role="status">
          Ihre Bestätigung ist gespeichert. Das Protokoll ist abgeschlossen, sobald auch die andere Seite bestätigt.
        </p>
      )}
      {query.abgeschlossen && (
        <p className="alert alert--success" role="status">
          Beide Seiten haben bestätigt. Das Protokoll ist abgeschlossen und wird unverändert aufbewahrt.
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      <dl className="facts">
        <dt>Übergibt</dt>
        <dd>
          {record.fromName}
          {record.fromExitMonth ? ` (Austritt geplant: ${formatMonth(record.fromExitMonth)})` : ""} – {confirmation(record.fromConfirmedAt)}
        </dd>
        <dt>Übernimmt</dt>
        <dd>
          {record.toName} – {confirmation(record.toConfirmedAt)}
        </dd>
        <dt>Begonnen</dt>
        <dd>{formatDate(record.createdAt)}</dd>
        <dt>Stand</dt>
        <dd>{record.closed ? "abgeschlossen (von beiden Seiten bestätigt)" : "in Bearbeitung"}</dd>
      </dl>
      <p className="no-print">
        {!record.closed && (
          <Link className="button button--secondary" href={`/uebergabe/${record.id}/bearbeiten`}>
            Protokoll bearbeiten
          </Link>
        )}{" "}
        <PrintButton label="Drucken oder als PDF speichern" />
      </p>
      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Anstehende Fristen (nächste {record.deadlineHorizonDays} Tage)</h2>
        {record.deadlines.length === 0 ? (
          <p>Keine Fristen in diesem Zeitraum (soweit sie in den Artikeln als Baustein erfasst sind).</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Frist</th>
                <th scope="col">Aufgabe</th>
              </tr>
            </thead>
            <tbody>
              {record.deadlines.map((deadline) => (
                <tr key={`${deadline.articleId}-${deadline.title}-${deadline.date.toISOString()}`}>
                  <td>{formatDate(deadline.date)}</td>
                  <th scope="row">
                    {deadline.title}
                    {deadline.note && <span className="field-hint"> – {deadline.note}</span>}
                  </th>
                  <td>{deadline.taskTitle}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Aufgaben</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Aufgabe</th>
              <th scope="col">Organisationseinheit</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            {record.items.map((item) => (
              <tr key={item.taskId}>
                <th scope="row">
                  <a href={`#aufgabe-${item.taskId}`}>{item.title}</a>
                </th>
                <td>{item.unitName}</td>
                <td>{HANDOVER_STATUS_LABELS[item.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {record.items.map((item) => (
          <section key={item.taskId} className="card" aria-labelledby={`aufgabe-${item.taskId}`}>
            <h3 id={`aufgabe-${item.taskId}`}>
              {item.title}: {HANDOVER_STATUS_LABELS[item.status]}
            </h3>
            <dl>
              <dt>Anleitungen</dt>
              <dd>
                {item.articles.length === 0
                  ? "noch kein veröffentlichter Artikel"
                  : item.articles.map((article, index) => (
                      <span key={article.id}>
                        {index > 0 && ", "}
                        <Link href={`/wissen/${article.id}`}>{article.title}</Link>
                      </span>
                    ))}
              </dd>
              {HANDOVER_FIELDS.map((field) => (
                <div key={field.key}>
                  <dt>{field.label}</dt>
                  <dd>{item[field.key] || "–"}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Allgemeine Notizen</h2>
        <p className="handover-notes">{record.notes || "–"}</p>
      </section>
      {!record.closed && (
        <section className="card no-print" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">Bestätigen</h2>
          {mine ? (
            <p>Sie haben diesen Stand am {formatDateTime(mine)} bestätigt. Es fehlt noch die Bestätigung der anderen Seite.</p>
          ) : (
            <form action={confirmHandoverAction}>
              <input type="hidden" name="handoverId" value={record.id} />
              <input type="hidden" name="updatedAt" value={record.updatedAt.toISOString()} />
              <p>
                Mit Ihrer Bestätigung erklären Sie, dass das Protokoll den besprochenen Stand wiedergibt. Ändert danach jemand etwas, müssen
                beide erneut bestätigen.
              </p>
              <button type="submit" className="button">
                Protokoll bestätigen
              </button>
            </form>
          )}
        </section>
      )}
    </article>
  );
}
