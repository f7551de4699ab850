import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { onboardingPath } from "@/lib/journeys/onboarding";
import { ARTICLE_KIND_LABELS, type ArticleKind } from "@/lib/knowledge/labels";
import { markTaskPractisedAction, tickOnboardingAction } from "./actions";
import { governanceSettings } from "@/lib/org/organization-settings";
import { formatDate } from "@/lib/format-date";

export const metadata: Metadata = { title: "Einarbeitung" };

function Tick({ articleId, what, done, label }: { articleId: string; what: "read" | "practised"; done: boolean; label: string }) {
  return (
    <form action={tickOnboardingAction} className="inline-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="what" value={what} />
      <input type="hidden" name="done" value={done ? "0" : "1"} />
      <button type="submit" className="button button--secondary button--small" aria-pressed={done}>
        {done ? `✓ ${label}` : label}
      </button>
    </form>
  );
}

/** Journey "Einarbeitung": the path for the newcomer's position; progress visible only to them. */
export default async function OnboardingPage({ searchParams }: { searchParams: Promise<{ durchgefuehrt?: string; fehler?: string }> }) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const [path, settings] = await Promise.all([onboardingPath(viewer), governanceSettings(viewer.organizationId)]);
  if (!path) {
    return (
      <>
        <h1>Einarbeitung</h1>
        <p>Ihrem Konto ist noch keine Stelle zugeordnet. Bitte wenden Sie sich an das Personalamt.</p>
      </>
    );
  }
  return (
    <>
      <h1>Einarbeitung: {path.positions.join(", ")}</h1>
      <p>
        Ihr Weg in die neue Stelle: erst der Überblick, dann die Aufgaben – die wichtigsten zuerst. Haken Sie ab, was Sie gelesen und geübt
        haben.{" "}
        <strong>
          {settings.leadsSeeOnboardingProgress
            ? "Wie viel Sie gelesen und geübt haben, sehen Sie und die Leitung Ihrer Organisationseinheit (so hat es Ihre Verwaltung mit dem Personalrat geregelt)."
            : "Ihren Fortschritt sehen nur Sie."}
        </strong>
      </p>
      {query.durchgefuehrt && (
        <p className="alert alert--success" role="status">
          {query.durchgefuehrt === "0"
            ? "Zurückgenommen: Die Aufgabe gilt nicht mehr als selbst durchgeführt."
            : "Eingetragen: Sie haben die Aufgabe selbst durchgeführt. Das zählt im Wissens-Cockpit, weil die Anleitung sich damit bewährt hat."}
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      <section className="card" aria-labelledby="onboarding-progress">
        <h2 id="onboarding-progress">
          {path.read} von {path.total} Artikeln gelesen
        </h2>
        <progress max={Math.max(1, path.total)} value={path.read} aria-labelledby="onboarding-progress" className="progress" />
        {path.systems.length > 0 && <p>Zugänge, die Sie brauchen: {path.systems.join(", ")}.</p>}
      </section>
      {path.contacts.length > 0 && (
        <section className="card" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">Ansprechpersonen</h2>
          <ul>
            {path.contacts.map((contact) => (
              <li key={contact.label}>
                {contact.label}
                {contact.details && ` – ${contact.details}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {path.glossary.length > 0 && (
        <section className="card" aria-labelledby="glossary-heading">
          <h2 id="glossary-heading">Glossar</h2>
          <dl className="facts">
            {path.glossary.map((entry) => (
              <div key={entry.id}>
                <dt>{entry.term}</dt>
                <dd>{entry.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <ol className="plain-list">
        {path.steps.map((step, index) => (
          <li key={step.taskId ?? `lesen-${index}`} id={step.taskId ? `aufgabe-${step.taskId}` : undefined}>
            <h2 className="task-journey-list__title">
              {index + 1}. {step.title}
            </h2>
            {step.taskId &&
              step.taskDoneAt !== undefined &&
              (step.taskDoneAt ? (
                <form action={markTaskPractisedAction} className="inline-form">
                  <input type="hidden" name="taskId" value={step.taskId} />
                  <input type="hidden" name="rueckgaengig" value="1" />
                  <span className="meta">✓ Selbst durchgeführt am {formatDate(step.taskDoneAt)}</span>{" "}
                  <button type="submit" className="button button--secondary button--small">
                    Rückgängig<span className="visually-hidden">: {step.title} nicht selbst durchgeführt</span>
                  </button>
                </form>
              ) : step.articles.length === 0 ? null : (
                <form action={markTaskPractisedAction} className="inline-form">
                  <input type="hidden" name="taskId" value={step.taskId} />
                  <button type="submit" className="button button--secondary button--small">
                    Aufgabe selbst durchgeführt<span className="visually-hidden">: {step.title}</span>
                  </button>
                </form>
              ))}
            {step.articles.length === 0 ? (
              <p className="field-hint">Zu dieser Aufgabe gibt es noch keine veröffentlichte Anleitung.</p>
            ) : (
              <ul className="plain-list">
                {step.articles.map((article) => (
                  <li key={article.id} id={`artikel-${article.id}`}>
                    <Link href={`/wissen/${article.id}`}>{article.title}</Link>{" "}
                    <span className="meta">({ARTICLE_KIND_LABELS[article.kind as ArticleKind]})</span>{" "}
                    <Tick articleId={article.id} what="read" done={article.read} label="Gelesen" />
                    <Tick articleId={article.id} what="practised" done={article.practised} label="Geübt" />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
