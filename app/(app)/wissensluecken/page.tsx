import type { Metadata } from "next";
import Link from "next/link";
import { GapAnswerForm } from "@/components/knowledge/gap-answer-form";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canSeeKnowledgeSignals } from "@/lib/auth/policy";
import { listZeroResultQueries } from "@/lib/search/zero-results";
import { listGapReports } from "@/lib/knowledge/gap-reports";
import { searchUrl } from "@/lib/search/search-request";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { answerGapAction } from "./actions";

export const metadata: Metadata = { title: "Wissenslücken" };

/** What colleagues look for and do not find: counted searches without results and reported gaps. */
export default async function KnowledgeGapsPage({ searchParams }: { searchParams: Promise<{ beantwortet?: string; fehler?: string }> }) {
  const viewer = await requireViewer();
  const { beantwortet, fehler } = await searchParams;
  if (!canSeeKnowledgeSignals(viewer)) notFound();
  const [queries, reports] = await Promise.all([listZeroResultQueries(viewer), listGapReports(viewer)]);
  return (
    <>
      <h1>Wissenslücken</h1>
      <p>Was Kolleginnen und Kollegen suchen und nicht finden. Gezählt wird nur die Suchanfrage – nicht, wer gesucht hat.</p>
      {beantwortet === "1" && (
        <p className="alert alert--success" role="status">
          Beantwortet – die meldende Person sieht Ihre Antwort auf ihrer Startseite.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 300)}
        </p>
      )}
      <section className="card" aria-labelledby="reports-heading">
        <h2 id="reports-heading">Gemeldete Wissenslücken ({reports.length})</h2>
        {reports.length === 0 ? (
          <p>Keine offenen Meldungen.</p>
        ) : (
          <ul className="plain-list">
            {reports.map((report) => (
              <li key={report.id}>
                <p>{report.description}</p>
                <p className="meta">
                  {formatDateTime(report.createdAt)}
                  {report.query && (
                    <>
                      {" "}
                      · Suche: <Link href={searchUrl({ q: report.query })}>„{report.query}“</Link>
                    </>
                  )}
                  {report.unitName && <> · {report.unitName}</>}
                  {report.subject && <> · {report.subject}</>}
                </p>
                {report.answerable && <GapAnswerForm reportId={report.id} action={answerGapAction} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="zero-heading">
        <h2 id="zero-heading">Suchen ohne Treffer</h2>
        {queries.length === 0 ? (
          <p>Bisher hat jede Suche etwas gefunden.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Häufigste Suchanfragen ohne Treffer</caption>
            <thead>
              <tr>
                <th scope="col">Suchanfrage</th>
                <th scope="col">Anzahl</th>
                <th scope="col">Zuletzt</th>
              </tr>
            </thead>
            <tbody>
              {queries.map((entry) => (
                <tr key={entry.query}>
                  <td>
                    <Link href={searchUrl({ q: entry.query })}>{entry.query}</Link>
                  </td>
                  <td>{entry.count}</td>
                  <td>{formatDate(entry.lastSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
