import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { myKnowledge } from "@/lib/journeys/interview";
import { MATURITY_LABELS } from "@/lib/coverage/coverage-rules";
import { MaturityBadge } from "@/components/coverage/maturity-bar";
import { formatMonth } from "@/lib/format-date";

export const metadata: Metadata = { title: "Mein Wissen sichern" };

/** Journey "Mein Wissen sichern": your tasks, what is missing, and the interview per task. */
export default async function MyKnowledgePage() {
  const viewer = await requireViewer();
  const mine = await myKnowledge(viewer);
  if (!mine) {
    return (
      <>
        <h1>Mein Wissen sichern</h1>
        <p>Ihr Konto ist noch keiner Person mit Aufgaben zugeordnet. Bitte wenden Sie sich an die Administration oder das Personalamt.</p>
      </>
    );
  }
  const total = mine.tasks.length;
  return (
    <>
      <h1>Mein Wissen sichern</h1>
      <p>
        {mine.plannedExitMonth ? `Ihr geplanter Austritt: ${formatMonth(mine.plannedExitMonth)}. ` : ""}
        Halten Sie fest, was Ihre Nachfolge und Vertretung wissen müssen – Aufgabe für Aufgabe, in mehreren Sitzungen. Beginnen Sie oben:
        Die Liste ist nach Dringlichkeit geordnet.
      </p>
      {total > 0 && (
        <section className="card" aria-labelledby="progress-heading">
          <h2 id="progress-heading">
            {mine.documented} von {total} Aufgaben dokumentiert
          </h2>
          <progress max={total} value={mine.documented} aria-labelledby="progress-heading" className="progress" />
          <p>
            Wenn Ihre Nachfolge oder Vertretung feststeht: Halten Sie die Übergabe gemeinsam im{" "}
            <Link href="/uebergabe">Übergabeprotokoll</Link> fest.
          </p>
        </section>
      )}
      {total === 0 ? (
        <p>Sie sind für keine Aufgabe als zuständig eingetragen.</p>
      ) : (
        <ol className="plain-list task-journey-list">
          {mine.tasks.map((task) => (
            <li key={task.id}>
              <h3 className="task-journey-list__title">{task.title}</h3>
              <p className="meta">
                {task.unitName} · <MaturityBadge maturity={task.maturity} label={MATURITY_LABELS[task.maturity]} />
                {task.interview?.handedIn ? " · übergeben" : task.interview ? ` · ${task.interview.answered} von 8 Fragen beantwortet` : ""}
              </p>
              {task.missing.length > 0 && <p>Es fehlt: {task.missing.join("; ")}.</p>}
              <p>
                {task.interview?.handedIn && task.interview.articleId ? (
                  <Link href={`/wissen/${task.interview.articleId}`}>Übergebenen Artikel ansehen</Link>
                ) : (
                  <Link className="button button--secondary" href={`/mein-wissen/aufgabe/${task.id}`}>
                    {task.interview ? "Befragung fortsetzen" : "Wissen erfassen"}
                    <span className="visually-hidden">: {task.title}</span>
                  </Link>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
