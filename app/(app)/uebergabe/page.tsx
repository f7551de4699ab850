import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { handoverChoices, HANDOVER_STATUSES, HANDOVER_STATUS_LABELS, myHandovers } from "@/lib/journeys/handover";
import { formatDate } from "@/lib/format-date";
import { startHandoverAction } from "./actions";

export const metadata: Metadata = { title: "Übergabeprotokolle" };

/** The viewer's handover records and, for their own tasks, the form to start one. */
export default async function HandoversPage({ searchParams }: { searchParams: Promise<{ fehler?: string }> }) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const [records, choices] = await Promise.all([myHandovers(viewer), handoverChoices(viewer)]);
  return (
    <>
      <h1>Übergabeprotokolle</h1>
      <p>
        Im Übergabeprotokoll halten Sie mit Ihrer Nachfolge oder Vertretung fest, wie weit jede Aufgabe übergeben ist. Beide Seiten
        bestätigen es; das bestätigte Protokoll wird aufbewahrt und lässt sich drucken.
      </p>
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">Ihre Protokolle</h2>
        {records.length === 0 ? (
          <p>Sie haben noch kein Übergabeprotokoll.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Protokoll</th>
                <th scope="col">Begonnen</th>
                <th scope="col">Stand der Aufgaben</th>
                <th scope="col">Bestätigt</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id}>
                  <th scope="row">
                    <Link href={`/uebergabe/${record.id}`}>
                      {record.fromName} an {record.toName}
                    </Link>
                  </th>
                  <td>{formatDate(record.createdAt)}</td>
                  <td>
                    {HANDOVER_STATUSES.filter((status) => record.counts[status] > 0)
                      .map((status) => `${record.counts[status]} ${HANDOVER_STATUS_LABELS[status]}`)
                      .join(", ")}
                  </td>
                  <td>{record.closed ? "von beiden – abgeschlossen" : "noch nicht von beiden"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {choices && choices.tasks.length > 0 && (
        <section className="card" aria-labelledby="start-heading">
          <h2 id="start-heading">Neues Übergabeprotokoll</h2>
          <form action={startHandoverAction} className="stacked-form">
            <div className="field">
              <label htmlFor="toPersonId">An wen übergeben Sie?</label>
              <select id="toPersonId" name="toPersonId" required defaultValue="">
                <option value="" disabled>
                  Bitte wählen …
                </option>
                {choices.deputies.length > 0 && (
                  <optgroup label="Ihre Vertretungen">
                    {choices.deputies.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.name}
                      </option>
                    ))}
                  </optgroup>
                )}
                <optgroup label="Weitere Beschäftigte">
                  {choices.others.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.name}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
            <fieldset>
              <legend>Welche Ihrer Aufgaben?</legend>
              {choices.tasks.map((task) => (
                <div className="field field--checkbox" key={task.id}>
                  <input type="checkbox" id={`task-${task.id}`} name="taskIds" value={task.id} defaultChecked />
                  <label htmlFor={`task-${task.id}`}>{task.title}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="button">
              Protokoll beginnen
            </button>
          </form>
        </section>
      )}
    </>
  );
}
