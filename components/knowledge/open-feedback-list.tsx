import Link from "next/link";
import type { OpenFeedback } from "@/lib/knowledge/article-feedback";
import { FEEDBACK_KIND_LABELS } from "@/lib/knowledge/article-feedback";
import { formatDateTime } from "@/lib/format-date";

/** Open feedback; with `resolveAction` each entry gets a short answer field and "Erledigt". */
export function OpenFeedbackList(props: {
  feedback: OpenFeedback[];
  showArticle: boolean;
  resolveAction?: (formData: FormData) => Promise<void>;
}) {
  return (
    <ul className="plain-list">
      {props.feedback.map((entry) => (
        <li key={entry.id}>
          <p>
            <span className="badge badge--kind">{FEEDBACK_KIND_LABELS[entry.kind]}</span>{" "}
            {props.showArticle && (
              <>
                <Link href={`/wissen/${entry.articleId}`}>{entry.articleTitle}</Link>:{" "}
              </>
            )}
            {entry.message}
          </p>
          <p className="meta">
            {entry.authorName ?? "ehemalige Person"}, {formatDateTime(entry.createdAt)}
          </p>
          {props.resolveAction && (
            <form action={props.resolveAction} className="filters">
              <input type="hidden" name="feedbackId" value={entry.id} />
              <input type="hidden" name="articleId" value={entry.articleId} />
              <div className="field">
                <label htmlFor={`resolution-${entry.id}`}>Antwort oder was geändert wurde</label>
                <input id={`resolution-${entry.id}`} type="text" name="resolution" required minLength={2} maxLength={2000} />
              </div>
              <button type="submit" className="button button--small">
                Erledigt
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
