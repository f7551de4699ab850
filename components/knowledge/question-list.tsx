import { formatDateTime } from "@/lib/format-date";
import type { ArticleQuestionView } from "@/lib/knowledge/article-questions";

/** Questions and answers on an article; those who may answer get the answer form and "übernommen". */
export function QuestionList(props: {
  articleId: string;
  questions: ArticleQuestionView[];
  canAnswer: boolean;
  answerAction: (formData: FormData) => Promise<void>;
  markTakenAction: (formData: FormData) => Promise<void>;
}) {
  if (props.questions.length === 0) return <p>Noch keine Fragen zu diesem Artikel.</p>;
  return (
    <ul className="plain-list question-list">
      {props.questions.map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>Frage{entry.askedByMe ? " (Ihre Frage)" : ""}:</strong> {entry.question}
          </p>
          <p className="meta">Gestellt am {formatDateTime(entry.askedAt)}</p>
          {entry.answer ? (
            <>
              <p>
                <strong>Antwort:</strong> {entry.answer}
              </p>
              <p className="meta">
                {entry.answeredByName ?? "Unbekannt"}
                {entry.answeredAt ? `, ${formatDateTime(entry.answeredAt)}` : ""}
                {entry.takenIntoArticle ? " · in den Artikel übernommen" : ""}
              </p>
            </>
          ) : (
            !props.canAnswer && <p className="meta">Noch nicht beantwortet.</p>
          )}
          {props.canAnswer && (
            <div className="no-print">
              <form action={props.answerAction} className="stacked-form">
                <input type="hidden" name="articleId" value={props.articleId} />
                <input type="hidden" name="questionId" value={entry.id} />
                <div className="field">
                  <label htmlFor={`answer-${entry.id}`}>{entry.answer ? "Antwort ändern" : "Antwort"}</label>
                  <textarea id={`answer-${entry.id}`} name="answer" rows={2} maxLength={4000} required defaultValue={entry.answer ?? ""} />
                </div>
                <button type="submit" className="button button--secondary button--small">
                  {entry.answer ? "Antwort speichern" : "Antworten"}
                </button>
              </form>
              {entry.answer && (
                <form action={props.markTakenAction} className="inline-form">
                  <input type="hidden" name="articleId" value={props.articleId} />
                  <input type="hidden" name="questionId" value={entry.id} />
                  <input type="hidden" name="taken" value={entry.takenIntoArticle ? "0" : "1"} />
                  <button type="submit" className="button button--secondary button--small" aria-pressed={entry.takenIntoArticle}>
                    {entry.takenIntoArticle ? "In den Artikel übernommen ✓" : "Als in den Artikel übernommen markieren"}
                  </button>
                </form>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
