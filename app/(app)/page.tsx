import Link from "next/link";
import { GapAnswerForm } from "@/components/knowledge/gap-answer-form";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle } from "@/lib/auth/policy";
import { recentArticlesForMe, startFocus } from "@/lib/journeys/start-page";
import { StartFocusCards } from "@/components/journeys/start-focus-cards";
import { ArticleList } from "@/components/knowledge/article-list";
import { articlesAwaitingApproval, dueArticlesOfOwner } from "@/lib/knowledge/review-lists";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { governanceSettings } from "@/lib/org/organization-settings";
import { myKnowledge } from "@/lib/journeys/interview";
import { myTaskGapReports, taskGapsToAnswer } from "@/lib/journeys/task-gaps";
import { myPlannedDeputyships } from "@/lib/journeys/planned-deputyships";
import { myHandovers } from "@/lib/journeys/handover";
import { answerTaskGapAction } from "./vertretung/actions";
import { DueArticleList } from "@/components/knowledge/due-article-list";
import { openFeedbackForOwner } from "@/lib/knowledge/article-feedback";
import { OpenFeedbackList } from "@/components/knowledge/open-feedback-list";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ beantwortet?: string; fehler?: string }> }) {
  const viewer = await requireViewer();
  const { beantwortet, fehler } = await searchParams;
  const [recent, due, feedback, awaitingApproval, settings, mine, gaps, myReports, deputyships, handovers] = await Promise.all([
    recentArticlesForMe(viewer),
    dueArticlesOfOwner(viewer),
    openFeedbackForOwner(viewer),
    articlesAwaitingApproval(viewer),
    governanceSettings(viewer.organizationId),
    myKnowledge(viewer),
    taskGapsToAnswer(viewer),
    myTaskGapReports(viewer),
    myPlannedDeputyships(viewer),
    myHandovers(viewer, { awaitingMe: true }),
  ]);
  const focus = await startFocus(viewer, {
    deputyships,
    leaving: mine && { plannedExitMonth: mine.plannedExitMonth, documented: mine.documented, total: mine.tasks.length },
  });
  return (
    <>
      <h1>Willkommen, {viewer.displayName}</h1>
      <StartFocusCards focus={focus} />
      <section className="card" aria-labelledby="start-search">
        <h2 id="start-search">Wissen finden</h2>
        <p>Suchen Sie nach Aufgaben, Fachverfahren oder Begriffen – auch Wortteile finden zusammengesetzte Wörter.</p>
        <form role="search" action="/suche" method="get" className="filters">
          <div className="field">
            <label htmlFor="start-q">Suchbegriff</label>
            <input id="start-q" type="search" name="q" placeholder="z. B. anmeldung, Grundsteuer, Trauung" />
          </div>
          <button type="submit" className="button">
            Suchen
          </button>
        </form>
        <p>
          <Link href="/mappe">Vertretungsmappe drucken</Link> – alle Artikel einer Aufgabe oder Stelle in einem Dokument.
        </p>
      </section>
      {beantwortet && (
        <p className="alert alert--success" role="status">
          Die Meldung ist beantwortet und geschlossen.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 300)}
        </p>
      )}
      {handovers.length > 0 && (
        <section className="card" aria-labelledby="handovers-heading">
          <h2 id="handovers-heading">Übergabeprotokolle, die auf Ihre Bestätigung warten</h2>
          <ul>
            {handovers.map((record) => (
              <li key={record.id}>
                <Link href={`/uebergabe/${record.id}`}>
                  {record.fromName} an {record.toName}
                </Link>{" "}
                ({record.total} {record.total === 1 ? "Aufgabe" : "Aufgaben"}, davon {record.counts.TAKEN_OVER} übernommen)
              </li>
            ))}
          </ul>
        </section>
      )}
      {deputyships.length > 0 && (
        <section className="card" aria-labelledby="deputyships-heading">
          <h2 id="deputyships-heading">Ihre geplanten Vertretungen</h2>
          <ul>
            {deputyships.map((row) => (
              <li key={row.id}>
                <Link href={`/vertretung?${row.viewQuery}`}>
                  Sie vertreten {row.absentName}: {formatDate(row.startsOn)} bis {formatDate(row.endsOn)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {gaps.length > 0 && (
        <section className="card" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">Gemeldete Wissenslücken, die Sie beantworten ({gaps.length})</h2>
          <ul className="plain-list">
            {gaps.map((gap) => (
              <li key={gap.id}>
                <p>
                  <strong>{gap.articleId ? <Link href={`/wissen/${gap.articleId}`}>{gap.subject}</Link> : gap.subject}</strong>:{" "}
                  {gap.description}
                </p>
                <p className="meta">
                  {gap.reporter ?? "Unbekannt"}, {formatDateTime(gap.createdAt)}
                </p>
                <GapAnswerForm reportId={gap.id} action={answerTaskGapAction} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {myReports.length > 0 && (
        <section className="card" aria-labelledby="my-reports-heading">
          <h2 id="my-reports-heading">Ihre gemeldeten Wissenslücken</h2>
          <ul className="plain-list">
            {myReports.map((report) => (
              <li key={report.id}>
                <p>
                  <strong>{report.subject}</strong>: {report.description}
                </p>
                <p>
                  {report.open ? (
                    <span className="meta">noch offen</span>
                  ) : (
                    <>
                      Antwort{report.answeredAt ? ` vom ${formatDateTime(report.answeredAt)}` : ""}: {report.answer}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {awaitingApproval.length > 0 && (
        <section className="card" aria-labelledby="approval-heading">
          <h2 id="approval-heading">Warten auf Ihre Freigabe ({awaitingApproval.length})</h2>
          <ul className="article-list">
            {awaitingApproval.map((article) => (
              <li key={article.id}>
                <Link href={article.href}>{article.title}</Link>
                <div className="meta">
                  Eingereicht {formatDateTime(article.submittedAt)}, verantwortlich: {article.ownerName}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {feedback.length > 0 && (
        <section className="card" aria-labelledby="feedback-heading">
          <h2 id="feedback-heading">Offene Rückmeldungen zu Ihren Artikeln ({feedback.length})</h2>
          <OpenFeedbackList feedback={feedback} showArticle />
        </section>
      )}
      {due.length > 0 && (
        <section className="card" aria-labelledby="due-heading">
          <h2 id="due-heading">Ihre Artikel zur Prüfung ({due.length})</h2>
          <p>Bitte prüfen Sie, ob diese Artikel noch stimmen, und bestätigen Sie sie auf der Artikelseite als aktuell.</p>
          <DueArticleList articles={due} showOwner={false} />
          <p>
            <Link href="/pruefung">Fällige Prüfungen je Organisationseinheit</Link>
          </p>
        </section>
      )}
      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Zuletzt geändert</h2>
        {recent.ownCount > 0 && <p className="field-hint">Zuerst die Artikel Ihrer eigenen Organisationseinheiten.</p>}
        {recent.articles.length === 0 ? <p>Noch keine Artikel vorhanden.</p> : <ArticleList articles={recent.articles} />}
        <p>
          <Link href="/wissen">Alle Artikel anzeigen</Link>
        </p>
        {settings.readConfirmationsEnabled && (
          <p>
            <Link href="/kenntnisnahmen">Meine Kenntnisnahmen</Link>
          </p>
        )}
        {canCreateArticle(viewer) && (
          <p>
            <Link className="button" href="/wissen/neu">
              Neuen Artikel schreiben
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
