import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageAccounts } from "@/lib/auth/policy";
import { AUDIT_PAGE_SIZE, auditLog } from "@/lib/audit/audit-log";
import { DomainError, userMessageOf } from "@/lib/errors";
import { formatDateTime } from "@/lib/format-date";

export const metadata: Metadata = { title: "Prüfprotokoll" };

type Query = { person?: string; action?: string; entityType?: string; entityId?: string; from?: string; to?: string };

/** Admins: who did what and when, with filters and CSV export; opening it is recorded too. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Query> }) {
  const viewer = await requireViewer();
  if (!canManageAccounts(viewer)) notFound();
  const query = await searchParams;
  let log: Awaited<ReturnType<typeof auditLog>> | null = null;
  let error: string | null = null;
  try {
    log = await auditLog(viewer, query);
  } catch (caught) {
    if (!(caught instanceof DomainError)) throw caught;
    error = userMessageOf(caught);
    log = await auditLog(viewer, {});
  }
  const exportQuery = new URLSearchParams(
    Object.entries(query).filter(([, value]) => typeof value === "string" && value) as [string, string][],
  );
  return (
    <>
      <h1>Prüfprotokoll</h1>
      <p>Wer hat wann was getan – auch wer dieses Protokoll ansieht oder exportiert, steht darin.</p>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <form method="get" className="card filters" aria-label="Prüfprotokoll filtern">
        <div className="field">
          <label htmlFor="audit-person">Person</label>
          <select id="audit-person" name="person" defaultValue={query.person ?? ""}>
            <option value="">alle</option>
            {log.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">Aktion</label>
          <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
            <option value="">alle</option>
            {log.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entityId">Datensatz (Kennung)</label>
          <input id="audit-entityId" name="entityId" type="text" defaultValue={query.entityId ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">Von</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">Bis</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <button type="submit" className="button">
          Filtern
        </button>
      </form>
      <p>
        {log.total.toLocaleString("de-DE")} Einträge{log.total > AUDIT_PAGE_SIZE ? `, die neuesten ${AUDIT_PAGE_SIZE} gezeigt` : ""}.{" "}
        <a href={`/verwaltung/protokoll/export?${exportQuery.toString()}`} download>
          Als CSV exportieren
        </a>
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Prüfprotokoll (Tabelle)">
        <table className="data-table">
          <caption className="visually-hidden">Einträge des Prüfprotokolls, neueste zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Zeitpunkt</th>
              <th scope="col">Person</th>
              <th scope="col">Aktion</th>
              <th scope="col">Datensatz</th>
            </tr>
          </thead>
          <tbody>
            {log.events.map((event) => (
              <tr key={String(event.id)}>
                <td>{formatDateTime(event.createdAt)}</td>
                <td>{event.actor?.displayName ?? "–"}</td>
                <th scope="row">{event.action}</th>
                <td>
                  {event.entityType} {event.entityId.slice(0, 8)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
