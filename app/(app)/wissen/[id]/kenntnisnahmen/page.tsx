import type { Metadata } from "next";
import Link from "next/link";
import { loadOr404 } from "@/lib/load-or-404";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getArticle } from "@/lib/knowledge/get-article";
import { readConfirmationPeople } from "@/lib/knowledge/read-confirmations";
import { formatDateTime } from "@/lib/format-date";

export const metadata: Metadata = { title: "Kenntnisnahmen (Namensliste)" };

/** Person-level confirmations of one article: HR only; loading the page writes an audit event. */
export default async function ConfirmationPeoplePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const article = await loadOr404(() => getArticle(viewer, id));
  const people = await loadOr404(() => readConfirmationPeople(viewer, id));
  const confirmed = people.filter((person) => person.current).length;
  return (
    <>
      <p>
        <Link href={`/wissen/${article.id}`}>Zurück zum Artikel</Link>
      </p>
      <h1>Kenntnisnahmen: {article.title}</h1>
      <p className="alert alert--info" role="note">
        Dieser Aufruf wurde mit Ihrem Namen und der Uhrzeit im Prüfprotokoll festgehalten. Nutzen Sie die Liste nur für den in der
        Dienstvereinbarung festgelegten Zweck.
      </p>
      <p>
        {confirmed} von {people.length} haben die aktuelle Fassung zur Kenntnis genommen.
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Kenntnisnahme je Person</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Stand</th>
            <th scope="col">Zuletzt bestätigt</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.userId}>
              <td>{person.displayName}</td>
              <td>{person.current ? "aktuelle Fassung" : person.confirmedAt ? "nur frühere Fassung" : "nicht bestätigt"}</td>
              <td>{person.confirmedAt ? formatDateTime(person.confirmedAt) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
