import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageAccounts } from "@/lib/auth/policy";
import { listAccessibilityFeedback } from "@/lib/org/accessibility-feedback";
import { formatDateTime } from "@/lib/format-date";
import { markFeedbackDoneAction } from "./actions";

export const metadata: Metadata = { title: "Meldungen zur Barrierefreiheit" };

/** Admins: messages from the contact form of the accessibility statement. */
export default async function AccessibilityFeedbackPage({
  searchParams,
}: {
  searchParams: Promise<{ erledigt?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  if (!canManageAccounts(viewer)) notFound();
  const { erledigt, fehler } = await searchParams;
  const messages = await listAccessibilityFeedback(viewer);
  const open = messages.filter((message) => !message.doneAt).length;
  return (
    <>
      <h1>Meldungen zur Barrierefreiheit</h1>
      <p>
        Aus dem Formular der <Link href="/barrierefreiheit">Erklärung zur Barrierefreiheit</Link>. Bitte antworten Sie in angemessener
        Frist, wenn eine E-Mail-Adresse angegeben ist. Offen: {open}.
      </p>
      {erledigt && (
        <p className="alert alert--success" role="status">
          Als erledigt markiert.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 300)}
        </p>
      )}
      {messages.length === 0 ? (
        <p>Bisher keine Meldungen.</p>
      ) : (
        <ul className="plain-list">
          {messages.map((message) => (
            <li key={message.id}>
              <p>{message.message}</p>
              <p className="meta">
                {formatDateTime(message.createdAt)}
                {message.pageUrl && <> · Seite: {message.pageUrl}</>}
                {" · "}
                {message.name || message.email ? [message.name, message.email].filter(Boolean).join(", ") : "ohne Absenderangabe"}
                {message.doneAt && <> · erledigt {formatDateTime(message.doneAt)}</>}
              </p>
              {!message.doneAt && (
                <form action={markFeedbackDoneAction}>
                  <input type="hidden" name="id" value={message.id} />
                  <button type="submit" className="button button--secondary button--small">
                    Erledigt<span className="visually-hidden">: Meldung vom {formatDateTime(message.createdAt)}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
