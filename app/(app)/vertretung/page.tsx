import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { deputyCandidates, deputyView } from "@/lib/journeys/deputy-view";
import { myPlannedDeputyships } from "@/lib/journeys/planned-deputyships";
import { DomainError, userMessageOf } from "@/lib/errors";
import { formatDate } from "@/lib/format-date";
import { ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";
import { PrintButton } from "@/components/layout/print-button";
import { reportTaskGapAction } from "./actions";
import { addDays, calendarDay } from "@/lib/dates";

export const metadata: Metadata = { title: "Ich vertrete …" };

/** Journey "Ich vertrete …": choose whom and the period; tasks, articles, contacts, systems and deadlines of that period. */
export default async function DeputyPage({
  searchParams,
}: {
  searchParams: Promise<{ fuer?: string; von?: string; bis?: string; gemeldet?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const [candidates, planned] = await Promise.all([deputyCandidates(viewer), myPlannedDeputyships(viewer)]);
  const now = new Date();
  const von = query.von ?? calendarDay(now);
  const bis = query.bis ?? calendarDay(addDays(now, 14));
  let view = null;
  let error: string | null = null;
  if (query.fuer) {
    try {
      view = await deputyView(viewer, { fuer: query.fuer, von, bis });
    } catch (caught) {
      if (!(caught instanceof DomainError)) throw caught;
      error =
        caught.code === "NOT_FOUND" ? "Für diese Person sind Sie bei keiner Aufgabe als Vertretung eingetragen." : userMessageOf(caught);
    }
  }
  return (
    <>
      <h1>{view ? `Ich vertrete ${view.absentName}` : "Ich vertrete …"}</h1>
      {planned.length > 0 && (
        <section className="card no-print" aria-labelledby="planned-heading">
          <h2 id="planned-heading">Für Sie geplant</h2>
          <ul>
            {planned.map((row) => (
              <li key={row.id}>
                <Link href={`/vertretung?${row.viewQuery}`}>
                  {row.absentName}: {formatDate(row.startsOn)} bis {formatDate(row.endsOn)}
                </Link>
                {row.note && ` – ${row.note}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <form method="get" className="card filters no-print" aria-label="Vertretung wählen">
        {candidates.length === 0 ? (
          <p>Sie sind bei keiner Aufgabe als Vertretung eingetragen. Die Vertretungsregelung pflegen Personalamt und Administration.</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor="fuer">Wen vertreten Sie?</label>
              <select id="fuer" name="fuer" defaultValue={query.fuer ?? ""} required>
                <option value="" disabled>
                  Bitte wählen …
                </option>
                {candidates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="von">Von</label>
              <input id="von" name="von" type="date" defaultValue={von} />
            </div>
            <div className="field">
              <label htmlFor="bis">Bis</label>
              <input id="bis" name="bis" type="date" defaultValue={bis} />
            </div>
            <button type="submit" className="button">
              Anzeigen
            </button>
          </>
        )}
      </form>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      {query.gemeldet && (
        <p className="alert alert--success" role="status">
          Danke – die zuständige Person und die Leitung der Einheit sehen Ihre Meldung.
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      {view && (
        <>
          <p>
            Zeitraum {formatDate(view.from)} bis {formatDate(view.to)} · {view.tasks.length}{" "}
            {view.tasks.length === 1 ? "Aufgabe, bei der" : "Aufgaben, bei denen"} Sie Vertretung sind.{" "}
            <PrintButton label="Vertretungsmappe drucken" />
          </p>
          <section className="card" aria-labelledby="deadlines-heading">
            <h2 id="deadlines-heading">Fristen im Zeitraum</h2>
            {view.deadlines.length === 0 ? (
              <p>Keine Fristen im Zeitraum (soweit sie in den Artikeln als Baustein erfasst sind).</p>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Datum</th>
                    <th scope="col">Was ist fällig?</th>
                    <th scope="col">Artikel</th>
                  </tr>
                </thead>
                <tbody>
                  {view.deadlines.map((deadline) => (
                    <tr key={`${deadline.articleId}-${deadline.title}-${deadline.date.toISOString()}`}>
                      <td>{formatDate(deadline.date)}</td>
                      <th scope="row">
                        {deadline.title}
                        {deadline.note && <span className="field-hint"> – {deadline.note}</span>}
                      </th>
                      <td>
                        <Link href={`/wissen/${deadline.articleId}`}>{deadline.articleTitle}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {view.tasks.map((task) => (
            <section className="card print-article" key={task.id} aria-labelledby={`aufgabe-${task.id}`}>
              <h2 id={`aufgabe-${task.id}`}>{task.title}</h2>
              <p className="meta">
                {task.unitName} · Kritikalität {task.criticality}
                {task.rank ? ` · Sie sind ${task.rank}. Vertretung` : ""}
              </p>
              <dl className="facts">
                <dt>Anleitungen</dt>
                <dd>
                  {task.articles.length === 0 ? (
                    "noch kein veröffentlichter Artikel – bitte Wissenslücke melden"
                  ) : (
                    <ul>
                      {task.articles.map((article) => (
                        <li key={article.id}>
                          <Link href={`/wissen/${article.id}`}>{article.title}</Link> ({ARTICLE_KIND_LABELS[article.kind]})
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
                <dt>Fachverfahren</dt>
                <dd>{task.systems.join(", ") || "–"}</dd>
                <dt>Rechtsgrundlage</dt>
                <dd>{task.legalBasis ?? "–"}</dd>
                <dt>Ansprechpartner</dt>
                <dd>
                  {task.contacts.length === 0 ? (
                    "–"
                  ) : (
                    <ul>
                      {task.contacts.map((contact) => (
                        <li key={`${contact.name}-${contact.phone}`}>
                          {contact.name}
                          {contact.unit && `, ${contact.unit}`}
                          {contact.phone && `, ${contact.phone}`}
                          {contact.email && `, ${contact.email}`}
                          {contact.note && ` – ${contact.note}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </dl>
              {/* The printed folder has the instructions themselves, not only their titles. */}
              {task.articles.map((article) => (
                <article key={article.id} className="print-only print-article" aria-label={`Anleitung: ${article.title}`}>
                  <h3>{article.title}</h3>
                  <p className="meta">
                    {ARTICLE_KIND_LABELS[article.kind]} · Version {article.version} vom {formatDate(article.updatedAt)}
                  </p>
                  <div className="article-body" dangerouslySetInnerHTML={{ __html: article.contentHtml }} />
                </article>
              ))}
              <details className="no-print">
                <summary>
                  Wissenslücke melden<span className="visually-hidden">: {task.title}</span>
                </summary>
                <form action={reportTaskGapAction} className="stacked-form">
                  <input type="hidden" name="taskId" value={task.id} />
                  <input
                    type="hidden"
                    name="zurueck"
                    value={`/vertretung?${new URLSearchParams({ fuer: query.fuer ?? "", von, bis }).toString()}`}
                  />
                  <div className="field">
                    <label htmlFor={`luecke-${task.id}`}>Was fehlt Ihnen für „{task.title}“?</label>
                    <textarea id={`luecke-${task.id}`} name="beschreibung" rows={3} maxLength={2000} required />
                  </div>
                  <button type="submit" className="button button--secondary">
                    Meldung senden
                  </button>
                </form>
              </details>
            </section>
          ))}
        </>
      )}
    </>
  );
}
