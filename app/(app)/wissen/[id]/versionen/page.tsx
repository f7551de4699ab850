import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { articleHistory, compareRevisions } from "@/lib/knowledge/revision-history";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format-date";
import { ARTICLE_STATUS_LABELS } from "@/lib/knowledge/labels";
import { RevisionDiff } from "@/components/knowledge/revision-diff";
import { restoreRevisionAction } from "./actions";

export const metadata: Metadata = { title: "Versionen" };

/** Revision list, comparison of two versions, restore. */
export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ von?: string; bis?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const query = await searchParams;
  const history = await loadOr404(() => articleHistory(viewer, id));
  const newest = history.revisions[0]?.version ?? 1;
  const from = query.von ?? String(Math.max(1, newest - 1));
  const to = query.bis ?? String(newest);
  let comparison = null;
  let compareError = null;
  if (history.revisions.length > 1) {
    try {
      comparison = await compareRevisions(viewer, id, from, to);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      compareError = error.message;
    }
  }
  return (
    <>
      <p>
        <Link href={`/wissen/${history.id}`}>Zurück zum Artikel</Link>
      </p>
      <h1>Versionen: {history.title}</h1>
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      <form method="get" className="card">
        <table className="data-table">
          <caption>Alle Versionen, neueste zuerst. Wählen Sie zwei Versionen zum Vergleich.</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Geändert von</th>
              <th scope="col">Zeitpunkt</th>
              <th scope="col">Status</th>
              <th scope="col">Änderungsnotiz</th>
              <th scope="col">Ältere</th>
              <th scope="col">Neuere</th>
            </tr>
          </thead>
          <tbody>
            {history.revisions.map((revision) => (
              <tr key={revision.version}>
                <th scope="row">{revision.version}</th>
                <td>{revision.authorName}</td>
                <td>{formatDateTime(revision.createdAt)}</td>
                <td>{ARTICLE_STATUS_LABELS[revision.status]}</td>
                <td>
                  {revision.changeNote ?? "–"}
                  {!revision.contentChanged && <span className="field-hint"> (nur Status)</span>}
                </td>
                <td>
                  <input
                    type="radio"
                    name="von"
                    value={revision.version}
                    defaultChecked={String(revision.version) === from}
                    aria-label={`Version ${revision.version} als ältere Fassung`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="bis"
                    value={revision.version}
                    defaultChecked={String(revision.version) === to}
                    aria-label={`Version ${revision.version} als neuere Fassung`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {history.revisions.length > 1 && (
          <button type="submit" className="button button--secondary">
            Vergleichen
          </button>
        )}
      </form>
      {compareError && (
        <p className="alert alert--error" role="alert">
          {compareError}
        </p>
      )}
      {comparison && (
        <section className="card" aria-labelledby="diff-heading">
          <h2 id="diff-heading">
            Unterschiede zwischen Version {comparison.before.version} und {comparison.after.version}
          </h2>
          <p className="meta">
            Version {comparison.before.version}: {comparison.before.authorName}, {formatDateTime(comparison.before.createdAt)} · Version{" "}
            {comparison.after.version}: {comparison.after.authorName}, {formatDateTime(comparison.after.createdAt)}
          </p>
          <p className="field-hint">
            Eingefügter Text ist <ins>grün unterstrichen</ins>, entfernter <del>rot durchgestrichen</del>.
          </p>
          <RevisionDiff fields={comparison.fields} lines={comparison.lines} />
          {history.canRestore && comparison.before.version !== history.version && (
            <form action={restoreRevisionAction} className="stacked-form">
              <input type="hidden" name="articleId" value={history.id} />
              <input type="hidden" name="version" value={history.version} />
              <input type="hidden" name="restoreVersion" value={comparison.before.version} />
              <button type="submit" className="button button--secondary">
                Version {comparison.before.version} wiederherstellen
              </button>
              <p className="field-hint">
                Legt eine neue Version mit dem Inhalt von Version {comparison.before.version} an; nichts geht verloren.
              </p>
            </form>
          )}
        </section>
      )}
    </>
  );
}
