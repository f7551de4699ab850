import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { myNotifications, notificationSettings, NOTIFICATIONS_KEPT_DAYS } from "@/lib/notifications/notifications";
import { myWatches } from "@/lib/notifications/watches";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/labels";
import { formatDateTime } from "@/lib/format-date";
import { digestAction, markAllReadAction, watchAction } from "./actions";

export const metadata: Metadata = { title: "Benachrichtigungen" };

const MESSAGES: Record<string, string> = {
  "gelesen=1": "Alle Benachrichtigungen sind als gelesen markiert.",
  "zusammenfassung=an": "Sie bekommen ab jetzt einmal pro Woche eine E-Mail mit Ihren ungelesenen Benachrichtigungen.",
  "zusammenfassung=aus": "Die wöchentliche E-Mail ist abbestellt.",
  "beobachtet=0": "Sie beobachten das nicht mehr.",
};

/** The person's own notifications, what she watches, and the weekly e-mail. Nobody else sees any of it. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ gelesen?: string; zusammenfassung?: string; beobachtet?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const [notifications, watches, settings] = await Promise.all([myNotifications(viewer), myWatches(viewer), notificationSettings(viewer)]);
  const unread = notifications.filter((entry) => entry.unread).length;
  const message = Object.entries(query)
    .map(([key, value]) => MESSAGES[`${key}=${value}`])
    .find(Boolean);
  return (
    <>
      <h1>Benachrichtigungen</h1>
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      <section className="card" aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">{unread === 0 ? "Keine ungelesenen Benachrichtigungen" : `${unread} ungelesen`}</h2>
        {notifications.length === 0 ? (
          <p>
            Noch keine Benachrichtigungen. Mit „Beobachten“ auf einer Artikelseite oder in der Mappe einer Aufgabe erfahren Sie hier, wenn
            dazu etwas veröffentlicht wird.
          </p>
        ) : (
          <ul className="notification-list">
            {notifications.map((entry) => (
              <li key={entry.id} className={entry.unread ? "notification notification--unread" : "notification"}>
                {/* A plain link: opening marks it read and must not happen on prefetch. */}
                <a href={`/benachrichtigungen/${entry.id}`}>
                  {entry.unread && <strong className="badge">neu</strong>} {entry.text}
                </a>{" "}
                <span className="meta">{formatDateTime(entry.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
        {unread > 0 && (
          <form action={markAllReadAction}>
            <button type="submit" className="button button--secondary">
              Alle als gelesen markieren
            </button>
          </form>
        )}
        <p className="field-hint">
          Nur Sie sehen Ihre Benachrichtigungen – niemand sonst, auch nicht Leitung, Personalamt oder Administration. Nach{" "}
          {NOTIFICATIONS_KEPT_DAYS} Tagen werden sie gelöscht.
        </p>
      </section>
      <section className="card" aria-labelledby="watches-heading">
        <h2 id="watches-heading">Was Sie beobachten ({watches.length})</h2>
        {watches.length === 0 ? (
          <p>Sie beobachten noch nichts.</p>
        ) : (
          <ul className="watch-list">
            {watches.map((watch) => (
              <li key={`${watch.kind}:${watch.id}`}>
                {watch.kind === "task" ? "Aufgabe: " : "Artikel: "}
                <Link href={watch.href}>{watch.title}</Link>{" "}
                <form action={watchAction} className="inline-form">
                  <input type="hidden" name={watch.kind === "task" ? "taskId" : "articleId"} value={watch.id} />
                  <input type="hidden" name="beobachten" value="0" />
                  <input type="hidden" name="zurueck" value="/benachrichtigungen" />
                  <button
                    type="submit"
                    className="button button--secondary button--small"
                    aria-label={`${watch.title} nicht mehr beobachten`}
                  >
                    Nicht mehr beobachten
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="digest-heading">
        <h2 id="digest-heading">Wöchentliche E-Mail</h2>
        {settings.mailAvailable ? (
          <form action={digestAction}>
            <input type="hidden" name="digest" value={settings.digest ? "0" : "1"} />
            <p>
              {settings.digest
                ? "Sie bekommen einmal pro Woche eine E-Mail mit Ihren ungelesenen Benachrichtigungen."
                : "Auf Wunsch schicken wir Ihnen einmal pro Woche eine E-Mail mit Ihren ungelesenen Benachrichtigungen."}
            </p>
            <button type="submit" className="button button--secondary">
              {settings.digest ? "Wöchentliche E-Mail abbestellen" : "Wöchentliche E-Mail bestellen"}
            </button>
          </form>
        ) : (
          <p>Diese Installation versendet keine E-Mails. Ihre Benachrichtigungen finden Sie immer hier.</p>
        )}
      </section>
      <section className="card" aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">Wann Sie benachrichtigt werden</h2>
        <ul>
          {Object.values(NOTIFICATION_KIND_LABELS).map((label) => (
            <li key={label}>wenn {label}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
