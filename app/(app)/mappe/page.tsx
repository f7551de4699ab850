import type { Metadata } from "next";
import Link from "next/link";
import { loadOr404 } from "@/lib/load-or-404";
import { requireViewer } from "@/lib/auth/current-viewer";
import { printCollection } from "@/lib/knowledge/print-collection";
import { listLinkOptions } from "@/lib/org/list-link-options";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";
import { VERIFICATION_LABELS } from "@/lib/knowledge/verification";
import { PrintButton } from "@/components/layout/print-button";
import { groupByUnit } from "@/lib/org/group-by-unit";
import { isWatching } from "@/lib/notifications/watches";
import { WatchButton, WatchMessage } from "@/components/notifications/watch-button";

export const metadata: Metadata = { title: "Mappe drucken" };

/** One chooser: a select of tasks or positions grouped by unit, sent as a GET parameter. */
function ChooserForm(props: {
  name: "aufgabe" | "stelle";
  label: string;
  button: string;
  options: { id: string; label: string; unitName: string }[];
}) {
  return (
    <form method="get" className="card">
      <div className="field">
        <label htmlFor={props.name}>{props.label}</label>
        <select id={props.name} name={props.name} required defaultValue="">
          <option value="" disabled>
            Bitte wählen …
          </option>
          {groupByUnit(props.options).map(([unit, options]) => (
            <optgroup key={unit} label={unit}>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {props.button}
      </button>
    </form>
  );
}

/** Choose a task or position, then print all its published articles as one folder (Vertretungsmappe). */
export default async function PrintCollectionPage({
  searchParams,
}: {
  searchParams: Promise<{ aufgabe?: string; stelle?: string; beobachtet?: string }>;
}) {
  const viewer = await requireViewer();
  const query = await searchParams;
  if (!query.aufgabe && !query.stelle) {
    const options = await listLinkOptions(viewer);
    return (
      <>
        <h1>Mappe drucken</h1>
        <p>
          Alle veröffentlichten Artikel einer Aufgabe oder einer Stelle in einem Dokument – etwa als Vertretungsmappe. Drucken Sie sie aus
          oder speichern Sie sie über den Druckdialog als PDF.
        </p>
        <div className="field-row">
          <ChooserForm
            name="aufgabe"
            label="Aufgabe"
            button="Mappe der Aufgabe anzeigen"
            options={options.tasks.map((task) => ({ id: task.id, label: task.title, unitName: task.unitName }))}
          />
          <ChooserForm
            name="stelle"
            label="Stelle"
            button="Mappe der Stelle anzeigen"
            options={options.positions.map((position) => ({ id: position.id, label: position.title, unitName: position.unitName }))}
          />
        </div>
      </>
    );
  }
  const collection = await loadOr404(
    () => printCollection(viewer, query.aufgabe ? { aufgabe: query.aufgabe } : { stelle: query.stelle }),
    ["INVALID"],
  );
  // The Mappe of one task is that task's page: it can be watched from here.
  const watchedTask = query.aufgabe ? collection.tasks[0] : undefined;
  const watching = watchedTask ? await isWatching(viewer, { taskId: watchedTask.id }) : false;
  return (
    <div className="print-collection">
      <p className="no-print">
        <Link href="/mappe">Andere Aufgabe oder Stelle wählen</Link>
      </p>
      {watchedTask && (
        <div className="no-print">
          <WatchMessage value={query.beobachtet} />
          <div className="button-row">
            <WatchButton target={{ taskId: watchedTask.id }} watching={watching} returnTo={`/mappe?aufgabe=${watchedTask.id}`} />
          </div>
        </div>
      )}
      <header className="print-cover">
        <h1>Vertretungsmappe</h1>
        <p className="print-cover__subject">{collection.heading}</p>
        <p>
          {collection.unitName} · {viewer.organizationName} · Stand {formatDateTime(new Date())}
        </p>
        <p className="field-hint">Enthält nur veröffentlichte Artikel. Maßgeblich ist die jeweils aktuelle Fassung in DigiCheck Wissen.</p>
        <PrintButton />
      </header>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Aufgaben und Vertretung</h2>
        {collection.tasks.length === 0 ? (
          <p>Dieser Stelle sind keine Aufgaben zugeordnet.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Aufgabe</th>
                <th scope="col">Zuständig</th>
                <th scope="col">Vertretung (in Reihenfolge)</th>
                <th scope="col">Rechtsgrundlage</th>
                <th scope="col">Fachverfahren</th>
              </tr>
            </thead>
            <tbody>
              {collection.tasks.map((task) => (
                <tr key={task.id}>
                  <th scope="row">{task.title}</th>
                  <td>{task.owners.join(", ") || "–"}</td>
                  <td>
                    {task.deputies.length > 0 ? (
                      <ol className="compact-list">
                        {task.deputies.map((name) => (
                          <li key={name}>{name}</li>
                        ))}
                      </ol>
                    ) : (
                      "keine Vertretung geregelt"
                    )}
                  </td>
                  <td>{task.legalBasis ?? "–"}</td>
                  <td>{task.systems.join(", ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Fristen in den nächsten 12 Monaten</h2>
        {collection.deadlines.length === 0 ? (
          <p>In den Artikeln sind keine Fristen als Baustein erfasst.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Was ist fällig?</th>
                <th scope="col">Regel</th>
                <th scope="col">Artikel</th>
              </tr>
            </thead>
            <tbody>
              {collection.deadlines.map((deadline) => (
                <tr key={`${deadline.articleId}-${deadline.title}-${deadline.date.toISOString()}`}>
                  <td>{formatDate(deadline.date)}</td>
                  <th scope="row">
                    {deadline.title}
                    {deadline.note && <span className="field-hint"> – {deadline.note}</span>}
                  </th>
                  <td>{deadline.schedule}</td>
                  <td>
                    <a href={`#artikel-${deadline.articleId}`}>{deadline.articleTitle}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <nav aria-labelledby="toc-heading">
        <h2 id="toc-heading">
          Inhalt ({collection.articles.length} {collection.articles.length === 1 ? "Artikel" : "Artikel"})
        </h2>
        {collection.articles.length === 0 ? (
          <p>Zu dieser Auswahl gibt es noch keine veröffentlichten Artikel – eine Wissenslücke.</p>
        ) : (
          <ol>
            {collection.articles.map((article) => (
              <li key={article.id}>
                <a href={`#artikel-${article.id}`}>{article.title}</a> ({ARTICLE_KIND_LABELS[article.kind]})
              </li>
            ))}
          </ol>
        )}
      </nav>
      {collection.articles.map((article) => (
        <article key={article.id} id={`artikel-${article.id}`} className="print-article" aria-labelledby={`titel-${article.id}`}>
          <h2 id={`titel-${article.id}`}>{article.title}</h2>
          <p className="meta">
            {ARTICLE_KIND_LABELS[article.kind]} · Version {article.version} vom {formatDate(article.updatedAt)} · verantwortlich:{" "}
            {article.ownerName}
            {article.nextReviewAt && (
              <>
                {" "}
                · nächste Prüfung {formatDate(article.nextReviewAt)} ({VERIFICATION_LABELS[article.verification]})
              </>
            )}
          </p>
          <div className="article-body" dangerouslySetInnerHTML={{ __html: article.contentHtml }} />
        </article>
      ))}
    </div>
  );
}
