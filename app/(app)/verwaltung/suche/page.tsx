import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageSearchSettings } from "@/lib/auth/policy";
import { listOwnSynonymGroups } from "@/lib/search/synonym-groups";
import { DEFAULT_SYNONYM_GROUPS } from "@/lib/search/default-synonyms";
import { searchOutboxStatus } from "@/lib/search/outbox-status";
import { formatDateTime } from "@/lib/format-date";
import { SynonymForm } from "@/components/admin/synonym-form";
import { retryIndexingAction, saveSynonymsAction } from "./actions";

export const metadata: Metadata = { title: "Suche verwalten" };

export default async function SearchAdminPage({ searchParams }: { searchParams: Promise<{ fehler?: string }> }) {
  const viewer = await requireViewer();
  const { fehler } = await searchParams;
  if (!canManageSearchSettings(viewer)) notFound();
  const [groups, status] = await Promise.all([listOwnSynonymGroups(viewer), searchOutboxStatus(viewer)]);
  return (
    <>
      <h1>Suche verwalten</h1>
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 300)}
        </p>
      )}
      <section className="card" aria-labelledby="synonyms-heading">
        <h2 id="synonyms-heading">Suchbegriffe und Abkürzungen</h2>
        <SynonymForm initialText={groups.map((group) => group.join(", ")).join("\n")} action={saveSynonymsAction} />
        <details>
          <summary>Eingebaute Abkürzungen ({DEFAULT_SYNONYM_GROUPS.length} Gruppen, gelten immer)</summary>
          <ul>
            {DEFAULT_SYNONYM_GROUPS.map((group) => (
              <li key={group.join()}>{group.join(" = ")}</li>
            ))}
          </ul>
        </details>
      </section>
      <section className="card" aria-labelledby="outbox-heading">
        <h2 id="outbox-heading">Abgleich mit dem Suchindex</h2>
        <p>
          {status.pending === 0
            ? "Alle Änderungen sind im Suchindex angekommen."
            : `${status.pending} ${status.pending === 1 ? "Änderung wartet" : "Änderungen warten"} auf den Suchindex.`}
        </p>
        {status.stuck.length > 0 && (
          <>
            <table className="data-table">
              <caption>Fehlgeschlagene Aktualisierungen (werden mit wachsendem Abstand wiederholt)</caption>
              <thead>
                <tr>
                  <th scope="col">Artikel</th>
                  <th scope="col">Versuche</th>
                  <th scope="col">Nächster Versuch</th>
                  <th scope="col">Letzter Fehler</th>
                </tr>
              </thead>
              <tbody>
                {status.stuck.map((row) => (
                  <tr key={`${row.articleId}-${row.createdAt.toISOString()}`}>
                    <td>
                      {row.articleTitle ? (
                        <Link href={`/wissen/${row.articleId}`}>{row.articleTitle}</Link>
                      ) : (
                        `gelöschter Artikel (${row.articleId})`
                      )}
                    </td>
                    <td>{row.attempts}</td>
                    <td>{formatDateTime(row.availableAt)}</td>
                    <td>{row.lastError ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <form action={retryIndexingAction}>
              <button type="submit" className="button button--secondary">
                Jetzt erneut versuchen
              </button>
            </form>
          </>
        )}
        <p className="field-hint">
          Auf dem Server: <code>npm run search:drain</code> zeigt hängende Einträge, <code>npm run search:check</code> vergleicht Index und
          Datenbank und repariert Abweichungen, <code>npm run search:reindex</code> baut den Index im laufenden Betrieb neu auf.
        </p>
      </section>
    </>
  );
}
