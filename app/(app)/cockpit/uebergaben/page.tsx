import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { cockpitScope } from "@/lib/auth/policy";
import { handoverProgress, HANDOVER_STATUSES, HANDOVER_STATUS_LABELS } from "@/lib/journeys/handover";
import { formatDate, formatMonth } from "@/lib/format-date";

export const metadata: Metadata = { title: "Stand der Übergaben" };

/** Leads (their units' tasks) and HR: each handover's status per task and its confirmations – not the notes. */
export default async function HandoverProgressPage() {
  const viewer = await requireViewer();
  const handovers = await handoverProgress(viewer);
  if (!handovers) notFound();
  return (
    <>
      <h1>Stand der Übergaben</h1>
      <p>
        Je Übergabeprotokoll der Stand jeder Aufgabe ({HANDOVER_STATUSES.map((status) => HANDOVER_STATUS_LABELS[status]).join(" → ")}) und
        ob beide Seiten bestätigt haben. Geordnet nach dem geplanten Austritt. Die Notizen im Protokoll sehen nur die beiden Beteiligten.
        {cockpitScope(viewer)?.kind === "units" ? " Sie sehen die Aufgaben Ihrer Organisationseinheiten." : ""}
      </p>
      {handovers.length === 0 ? (
        <p>Es gibt noch kein Übergabeprotokoll.</p>
      ) : (
        handovers.map((handover) => (
          <section className="card" key={handover.id} aria-labelledby={`uebergabe-${handover.id}`}>
            <h2 id={`uebergabe-${handover.id}`}>
              {handover.fromName} an {handover.toName}
            </h2>
            <p className="meta">
              Begonnen am {formatDate(handover.createdAt)}
              {handover.fromExitMonth ? ` · Austritt geplant: ${formatMonth(handover.fromExitMonth)}` : ""}
              {" · "}
              {handover.closed
                ? "von beiden bestätigt (abgeschlossen)"
                : `bestätigt: ${[handover.fromConfirmed && "übergebende Seite", handover.toConfirmed && "übernehmende Seite"].filter(Boolean).join(", ") || "noch von keiner Seite"}`}
            </p>
            <table className="data-table">
              <caption className="visually-hidden">
                Aufgaben der Übergabe von {handover.fromName} an {handover.toName}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Aufgabe</th>
                  <th scope="col">Organisationseinheit</th>
                  <th scope="col">Stand</th>
                </tr>
              </thead>
              <tbody>
                {handover.items.map((item) => (
                  <tr key={item.taskId}>
                    <th scope="row">
                      <Link href={`/cockpit/aufgabe/${item.taskId}`}>{item.title}</Link>
                    </th>
                    <td>{item.unitName}</td>
                    <td>{HANDOVER_STATUS_LABELS[item.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{HANDOVER_STATUSES.map((status) => `${handover.counts[status]} ${HANDOVER_STATUS_LABELS[status]}`).join(" · ")}</p>
          </section>
        ))
      )}
    </>
  );
}
