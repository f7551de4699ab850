import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { onboardingPath } from "@/lib/journeys/onboarding";
import { ARTICLE_KIND_LABELS, type ArticleKind } from "@/lib/knowledge/labels";
import { tickOnboardingAction } from "./actions";

export const metadata: Metadata = { title: "Einarbeitung" };

function Tick({ articleId, what, done, label }: { articleId: string; what: "read" | "practised"; done: boolean; label: string }) {
  return (
    <form action={tickOnboardingAction} className="inline-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="what" value={what} />
      <input type="hidden" name="done" value={done ? "0" : "1"} />
      <button type="submit" className="button button--secondary button--small" aria-pressed={done}>{done ? `✓ ${label}` : label}</button>
    </form>
  );
}

/** Journey "Einarbeitung": the path for the newcomer's position; progress visible only to them. */
export default async function OnboardingPage() {
  const viewer = await requireViewer();
  const path = await onboardingPath(viewer);
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
      <p>Ihr Weg in die neue Stelle: erst der Überblick, dann die Aufgaben – die wichtigsten zuerst. Haken Sie ab, was Sie gelesen und geübt haben. <strong>Ihren Fortschritt sehen nur Sie.</strong></p>
      <section className="card" aria-labelledby="onboarding-progress">
        <h2 id="onboarding-progress">{path.read} von {path.total} Artikeln gelesen</h2>
        <progress max={Math.max(1, path.total)} value={path.read} aria-labelledby="onboarding-progress" className="progress" />
        {path.systems.length > 0 && <p>Zugänge, die Sie brauchen: {path.systems.join(", ")}.</p>}
      </section>
      {path.contacts.length > 0 && (
        <section className="card" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">Ansprechpersonen</h2>
          <ul>{path.contacts.map((contact) => <li key={contact.label}>{contact.label}{contact.details && ` – ${contact.details}`}</li>)}</ul>
        </section>
      )}
      {path.glossary.length > 0 && (
        <section className="card" aria-labelledby="glossary-heading">
          <h2 id="glossary-heading">Glossar</h2>
          <dl className="facts">{path.glossary.map((entry) => <div key={entry.id}><dt>{entry.term}</dt><dd>{entry.meaning}</dd></div>)}</dl>
        </section>
      )}
      <ol className="plain-list">
        {path.steps.map((step, index) => (
          <li key={step.taskId ?? "einstieg"}>
            <h2 className="task-journey-list__title">{index + 1}. {step.title}</h2>
            {step.articles.length === 0 ? <p className="field-hint">Zu dieser Aufgabe gibt es noch keine veröffentlichte Anleitung.</p> : (
              <ul className="plain-list">
                {step.articles.map((article) => (
                  <li key={article.id} id={`artikel-${article.id}`}>
                    <Link href={`/wissen/${article.id}`}>{article.title}</Link> <span className="meta">({ARTICLE_KIND_LABELS[article.kind as ArticleKind]})</span>{" "}
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
