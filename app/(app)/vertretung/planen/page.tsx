import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { deputyshipPlanningChoices, managedDeputyships } from "@/lib/journeys/planned-deputyships";
import { formatDate } from "@/lib/format-date";
import { cancelDeputyshipAction, planDeputyshipAction } from "../actions";
import { addDays, calendarDay } from "@/lib/dates";

export const metadata: Metadata = { title: "Vertretungen planen" };

/** Unit leads (their units), HR and admins plan who stands in for whom and when. */
export default async function PlanDeputyshipsPage({
  searchParams,
}: {
  searchParams: Promise<{ geplant?: string; entfernt?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const choices = await deputyshipPlanningChoices(viewer);
  if (!choices) notFound();
  const planned = await managedDeputyships(viewer);
  const start = new Date();
  return (
    <>
      <h1>Vertretungen planen</h1>
      <p>
        Legen Sie fest, wer wen in welchem Zeitraum vertritt – etwa bei Urlaub, Kur oder Elternzeit. Die Vertretung findet den Eintrag unter
        „Vertretung“ und sieht dort die Aufgaben, Anleitungen und Fristen des Zeitraums. Zur Auswahl stehen die Vertretungen, die im
        Aufgabenkatalog eingetragen sind.
      </p>
      {query.geplant && (
        <p className="alert alert--success" role="status">
          Die Vertretung ist geplant. Die vertretende Person sieht sie auf ihrer Startseite und unter „Meine Arbeit“ → „Ich vertrete …“.
        </p>
      )}
      {query.entfernt && (
        <p className="alert alert--success" role="status">
          Die geplante Vertretung ist entfernt.
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      {choices.length === 0 ? (
        <p>In Ihren Organisationseinheiten ist bei keiner Aufgabe eine Vertretung eingetragen.</p>
      ) : (
        <form action={planDeputyshipAction} className="card stacked-form" aria-labelledby="plan-heading">
          <h2 id="plan-heading">Neue Vertretung</h2>
          <div className="field">
            <label htmlFor="pair">Wer wird vertreten, und von wem?</label>
            <select id="pair" name="pair" required defaultValue="">
              <option value="" disabled>
                Bitte wählen …
              </option>
              {choices.map((person) => (
                <optgroup key={person.id} label={`${person.name} – vertreten durch`}>
                  {person.deputies.map((deputy) => (
                    <option key={deputy.id} value={`${person.id}:${deputy.id}`}>
                      {deputy.name} vertritt {person.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="von">Von</label>
            <input id="von" name="von" type="date" required defaultValue={calendarDay(start)} />
          </div>
          <div className="field">
            <label htmlFor="bis">Bis</label>
            <input id="bis" name="bis" type="date" required defaultValue={calendarDay(addDays(start, 14))} />
          </div>
          <div className="field">
            <label htmlFor="note">Hinweis für die Vertretung (freiwillig)</label>
            <input id="note" name="note" type="text" maxLength={500} aria-describedby="note-hint" />
            <p className="field-hint" id="note-hint">
              Zum Beispiel „Post im Fach 12“ – bitte keinen Grund der Abwesenheit angeben.
            </p>
          </div>
          <button type="submit" className="button">
            Vertretung planen
          </button>
        </form>
      )}
      <section aria-labelledby="planned-heading">
        <h2 id="planned-heading">Geplante Vertretungen</h2>
        {planned.length === 0 ? (
          <p>Zurzeit ist keine Vertretung geplant.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Vertreten wird</th>
                <th scope="col">Vertretung</th>
                <th scope="col">Zeitraum</th>
                <th scope="col">Hinweis</th>
                <th scope="col">
                  <span className="visually-hidden">Aktion</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {planned.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.absentName}</th>
                  <td>{row.deputyName}</td>
                  <td>
                    {formatDate(row.startsOn)} bis {formatDate(row.endsOn)}
                  </td>
                  <td>{row.note || "–"}</td>
                  <td>
                    <form action={cancelDeputyshipAction}>
                      <input type="hidden" name="id" value={row.id} />
                      <button type="submit" className="button button--secondary button--small">
                        Entfernen
                        <span className="visually-hidden">
                          : {row.deputyName} vertritt {row.absentName}
                        </span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p>
        <Link href="/cockpit">Zurück zum Cockpit</Link>
      </p>
    </>
  );
}
