import type { Metadata } from "next";
import Link from "next/link";
import { loadOr404 } from "@/lib/load-or-404";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getArticle } from "@/lib/knowledge/get-article";
import { workingCopySummary } from "@/lib/knowledge/working-copy";
import { WorkingCopyNotice } from "@/components/knowledge/working-copy-notice";
import { after } from "next/server";
import { isBookmarked, recordVisit } from "@/lib/knowledge/personal-lists";
import { isWatching } from "@/lib/notifications/watches";
import { WatchButton, WatchMessage } from "@/components/notifications/watch-button";
import { ArticleBreadcrumbs } from "@/components/knowledge/article-breadcrumbs";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { KindBadge, StatusBadge, VerificationBadge } from "@/components/knowledge/article-badges";
import {
  addAttachmentAction,
  answerQuestionAction,
  askQuestionAction,
  bookmarkAction,
  markQuestionTakenAction,
  markPracticedAction,
  confirmCurrentAction,
  confirmReadingAction,
  deleteAttachmentAction,
  giveFeedbackAction,
  reportArticleGapAction,
  resolveFeedbackAction,
  workflowStepAction,
} from "../actions";
import { listAttachments } from "@/lib/knowledge/attachments";
import { practiceStateOf } from "@/lib/journeys/practice";
import { AttachmentList } from "@/components/knowledge/attachment-list";
import { AttachmentUploadForm } from "@/components/knowledge/attachment-upload-form";
import { ALLOWED_TYPES_TEXT } from "@/lib/attachments/file-types";
import { getEnv } from "@/lib/env";
import { readConfirmationStatus } from "@/lib/knowledge/read-confirmations";
import { ReadConfirmationPanel } from "@/components/knowledge/read-confirmation-panel";
import { PrintButton } from "@/components/layout/print-button";
import { WorkflowPanel } from "@/components/knowledge/workflow-panel";
import { STEP_NOTES, WORKFLOW_STEPS } from "@/lib/knowledge/workflow-rules";
import { openFeedbackOfArticle } from "@/lib/knowledge/article-feedback";
import { FeedbackForm } from "@/components/knowledge/feedback-form";
import { QuestionForm } from "@/components/knowledge/question-form";
import { QuestionList } from "@/components/knowledge/question-list";
import { questionsOfArticle } from "@/lib/knowledge/article-questions";
import { OpenFeedbackList } from "@/components/knowledge/open-feedback-list";
import { adoptionOf } from "@/lib/verbund/adoption";

export const metadata: Metadata = { title: "Artikel" };

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{
    gespeichert?: string;
    bestaetigt?: string;
    erledigt?: string;
    schritt?: string;
    kenntnis?: string;
    anhang?: string;
    durchgefuehrt?: string;
    luecke?: string;
    fehler?: string;
    gemerkt?: string;
    beantwortet?: string;
    uebernommen?: string;
    beobachtet?: string;
  }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const {
    gespeichert,
    bestaetigt,
    erledigt,
    schritt,
    kenntnis,
    anhang,
    durchgefuehrt,
    luecke,
    fehler,
    gemerkt,
    beantwortet,
    uebernommen,
    beobachtet,
  } = await searchParams;
  const stepDone = WORKFLOW_STEPS.find((step) => step === schritt);
  const [article, feedback, confirmation, attachments, questions] = await loadOr404(() =>
    Promise.all([
      getArticle(viewer, id),
      openFeedbackOfArticle(viewer, id),
      readConfirmationStatus(viewer, id),
      listAttachments(viewer, id),
      questionsOfArticle(viewer, id),
    ]),
  );
  const [bookmarked, watching, workingCopy, adoption] = await Promise.all([
    isBookmarked(viewer, article.id),
    isWatching(viewer, { articleId: article.id }),
    workingCopySummary(viewer, article.facts),
    // Only those who can work changes in need to hear of a newer shared version.
    article.canEdit ? adoptionOf(viewer, article.id) : Promise.resolve(null),
  ]);
  // "Zuletzt angesehen" is written after the page is sent, so reading never waits for it.
  after(() => recordVisit(viewer, article.id).catch(() => undefined));
  const practice =
    article.status === "PUBLISHED"
      ? await practiceStateOf(
          viewer,
          article.tasks.map((link) => link.task.id),
        )
      : [];
  return (
    <article>
      {gespeichert && (
        <p className="alert alert--success" role="status">
          Der Artikel wurde gespeichert.
        </p>
      )}
      {bestaetigt && (
        <p className="alert alert--success" role="status">
          Der Artikel ist als aktuell bestätigt.
        </p>
      )}
      {erledigt && (
        <p className="alert alert--success" role="status">
          Die Rückmeldung ist erledigt.
        </p>
      )}
      {durchgefuehrt && (
        <p className="alert alert--success" role="status">
          Eingetragen: Sie haben die Aufgabe selbst durchgeführt.
        </p>
      )}
      {anhang === "entfernt" && (
        <p className="alert alert--success" role="status">
          Der Anhang wurde entfernt.
        </p>
      )}
      {kenntnis && (
        <p className="alert alert--success" role="status">
          Danke – Ihre Kenntnisnahme ist gespeichert.
        </p>
      )}
      {stepDone && (
        <p className="alert alert--success" role="status">
          {STEP_NOTES[stepDone]}.
        </p>
      )}
      {schritt === "discard" && (
        <p className="alert alert--success" role="status">
          Die Arbeitskopie wurde verworfen. Es gilt weiter die veröffentlichte Fassung.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 300)}
        </p>
      )}
      <ArticleBreadcrumbs units={article.units} tasks={article.tasks} title={article.title} />
      {gemerkt && (
        <p className="alert alert--success" role="status">
          {gemerkt === "1" ? "Gemerkt – Sie finden den Artikel unter „Meine Arbeit“." : "Nicht mehr gemerkt."}
        </p>
      )}
      <WatchMessage value={beobachtet} />
      <h1>{article.title}</h1>
      <p className="meta">
        <KindBadge kind={article.kind} /> <StatusBadge status={article.status} /> <VerificationBadge state={article.verification} />{" "}
        <span>
          Version {article.version}, geändert {formatDateTime(article.updatedAt)}, verantwortlich: {article.owner.displayName}
        </span>
      </p>
      <p className="button-row no-print">
        {article.canEdit && (
          <Link className="button" href={`/wissen/${article.id}/bearbeiten`}>
            Bearbeiten
          </Link>
        )}
        {article.canSeeHistory && (
          <Link className="button button--secondary" href={`/wissen/${article.id}/versionen`}>
            Versionen
          </Link>
        )}
        {article.canEdit && article.status === "PUBLISHED" && !adoption && (
          <Link className="button button--secondary" href={`/wissen/${article.id}/teilen`}>
            Im Verbund teilen
          </Link>
        )}
        <PrintButton />
      </p>
      <div className="button-row no-print bookmark-form">
        <form action={bookmarkAction}>
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="merken" value={bookmarked ? "0" : "1"} />
          <button type="submit" className="button button--secondary" aria-pressed={bookmarked}>
            {bookmarked ? "Gemerkt ✓ (nicht mehr merken)" : "Merken"}
          </button>
        </form>
        <WatchButton target={{ articleId: article.id }} watching={watching} returnTo={`/wissen/${article.id}`} />
      </div>
      {workingCopy && <WorkingCopyNotice articleId={article.id} copy={workingCopy} />}
      {adoption?.newerVersion && (
        <p className="alert alert--info no-print">
          Aus dem Wissensverbund übernommen (Fassung {adoption.adoptedVersion}). {adoption.attribution} hat eine neue Fassung{" "}
          {adoption.newerVersion.version} geteilt: <Link href={`/wissen/${article.id}/verbund-aenderungen`}>Unterschiede ansehen</Link>
        </p>
      )}
      <div className="card article-body" dangerouslySetInnerHTML={{ __html: article.contentHtml }} />
      {(article.workflowSteps.length > 0 || article.status !== "PUBLISHED") && (
        <WorkflowPanel
          articleId={article.id}
          version={article.version}
          status={article.status}
          steps={article.workflowSteps}
          blockedByFourEyes={article.blockedByFourEyes}
          requireFourEyes={article.requireFourEyes}
          action={workflowStepAction}
        />
      )}
      {(attachments.length > 0 || article.canEdit) && (
        <section className="card" aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">Anhänge ({attachments.length})</h2>
          <AttachmentList attachments={attachments} canEdit={article.canEdit} deleteAction={deleteAttachmentAction} />
          {article.canEdit && (
            <div className="no-print">
              <AttachmentUploadForm
                articleId={article.id}
                maxMb={getEnv().ATTACHMENT_MAX_MB}
                allowedText={ALLOWED_TYPES_TEXT}
                action={addAttachmentAction}
              />
            </div>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="links-heading">
        <h2 id="links-heading">Zuordnung</h2>
        <dl className="facts">
          <dt>Aufgaben</dt>
          <dd>
            {article.tasks.length === 0
              ? "–"
              : article.tasks.map((link, index) => (
                  <span key={link.task.id}>
                    {index > 0 && ", "}
                    {link.task.title}{" "}
                    <Link className="no-print" href={`/mappe?aufgabe=${link.task.id}`} aria-label={`Mappe zur Aufgabe ${link.task.title}`}>
                      (Mappe)
                    </Link>
                  </span>
                ))}
          </dd>
          <dt>Organisationseinheiten</dt>
          <dd>{article.units.map((link) => link.orgUnit.name).join(", ") || "–"}</dd>
          <dt>Stellen</dt>
          <dd>
            {article.positions.length === 0
              ? "–"
              : article.positions.map((link, index) => (
                  <span key={link.position.id}>
                    {index > 0 && ", "}
                    {link.position.title}{" "}
                    <Link
                      className="no-print"
                      href={`/mappe?stelle=${link.position.id}`}
                      aria-label={`Mappe zur Stelle ${link.position.title}`}
                    >
                      (Mappe)
                    </Link>
                  </span>
                ))}
          </dd>
          <dt>Prüfende Person</dt>
          <dd>{article.verifierName ?? "–"}</dd>
          <dt>Nächste Prüfung</dt>
          <dd>{article.nextReviewAt ? formatDate(article.nextReviewAt) : "–"}</dd>
          <dt>Zuletzt als aktuell bestätigt</dt>
          <dd>
            {article.lastVerifiedAt
              ? `${formatDateTime(article.lastVerifiedAt)} von ${article.lastVerifiedBy ?? "einer gelöschten Person"}`
              : "noch nie"}
          </dd>
        </dl>
        {article.canVerify && (
          <form action={confirmCurrentAction} className="no-print">
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className="button button--secondary">
              Als aktuell bestätigen
            </button>
            <p className="field-hint">Bestätigt, dass der Inhalt noch stimmt; die nächste Prüfung rückt ein Prüfintervall weiter.</p>
          </form>
        )}
      </section>
      {practice.length > 0 && (
        <section className="card no-print" aria-labelledby="practice-heading">
          <h2 id="practice-heading">Selbst durchgeführt?</h2>
          <p>
            Sie sind für diese Aufgabe zuständig oder Vertretung. Haben Sie sie mit diesem Artikel selbst erledigt? Das zeigt, dass das
            Wissen trägt.
          </p>
          <ul className="plain-list">
            {practice.map((task) => (
              <li key={task.id}>
                {task.title}:{" "}
                {task.practicedAt ? (
                  <span>selbst durchgeführt am {formatDate(task.practicedAt)}</span>
                ) : (
                  <form action={markPracticedAction} className="inline-form">
                    <input type="hidden" name="id" value={article.id} />
                    <input type="hidden" name="taskId" value={task.id} />
                    <button type="submit" className="button button--secondary button--small">
                      Habe ich selbst durchgeführt<span className="visually-hidden">: {task.title}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {confirmation.enabled && article.status === "PUBLISHED" && (
        <ReadConfirmationPanel articleId={article.id} status={confirmation} action={confirmReadingAction} />
      )}
      <section className="card" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Fragen und Antworten ({questions.questions.filter((entry) => entry.answer).length})</h2>
        {beantwortet && (
          <p className="alert alert--success" role="status">
            Die Antwort ist gespeichert; alle Leserinnen und Leser sehen sie, und die Suche findet sie.
          </p>
        )}
        {uebernommen && (
          <p className="alert alert--success" role="status">
            Gespeichert.
          </p>
        )}
        <QuestionList
          articleId={article.id}
          questions={questions.questions}
          canAnswer={questions.canAnswer}
          answerAction={answerQuestionAction}
          markTakenAction={markQuestionTakenAction}
        />
        <div className="no-print">
          <QuestionForm articleId={article.id} action={askQuestionAction} />
        </div>
      </section>
      {feedback.length > 0 && (
        <section className="card no-print" aria-labelledby="feedback-open-heading">
          <h2 id="feedback-open-heading">Offene Rückmeldungen ({feedback.length})</h2>
          <OpenFeedbackList feedback={feedback} showArticle={false} resolveAction={resolveFeedbackAction} />
        </section>
      )}
      <section className="card no-print" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">Rückmeldung geben</h2>
        <p>Stimmt etwas nicht mehr, oder fehlt Ihnen etwas? Die verantwortliche Person wird benachrichtigt.</p>
        <FeedbackForm articleId={article.id} action={giveFeedbackAction} />
      </section>
      <section className="card no-print" aria-labelledby="luecke-heading">
        <h2 id="luecke-heading">Wissenslücke melden</h2>
        {luecke && (
          <p className="alert alert--success" role="status">
            Danke – die verantwortliche Person und die Leitung der Einheit sehen Ihre Meldung und antworten Ihnen; die Antwort finden Sie
            auf Ihrer Startseite.
          </p>
        )}
        <form action={reportArticleGapAction} className="stacked-form">
          <input type="hidden" name="articleId" value={article.id} />
          <div className="field">
            <label htmlFor="luecke-beschreibung">Welches Wissen fehlt Ihnen hier?</label>
            <textarea
              id="luecke-beschreibung"
              name="beschreibung"
              rows={3}
              minLength={5}
              maxLength={2000}
              required
              aria-describedby="luecke-hint"
            />
            <p className="field-hint" id="luecke-hint">
              Zum Beispiel ein Sonderfall, der nicht beschrieben ist. Die Meldung zählt im Cockpit als Wissenslücke der Einheit.
            </p>
          </div>
          <button type="submit" className="button button--secondary">
            Meldung senden
          </button>
        </form>
      </section>
    </article>
  );
}
