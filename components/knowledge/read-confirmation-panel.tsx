import Link from "next/link";
import type { ReadConfirmationStatus } from "@/lib/knowledge/read-confirmations";
import { formatDateTime } from "@/lib/format-date";

/** "Kenntnisnahme" under a published article, when the organization switched it on. */
export function ReadConfirmationPanel(props: {
  articleId: string;
  status: ReadConfirmationStatus;
  action: (formData: FormData) => Promise<void>;
}) {
  const { status } = props;
  return (
    <section className="card no-print" aria-labelledby="confirmation-heading">
      <h2 id="confirmation-heading">Kenntnisnahme</h2>
      {status.askedAgain && (
        <p className="alert alert--info" role="note">
          Dieser Artikel wurde wesentlich geändert. Bitte lesen Sie ihn und nehmen Sie die neue Fassung zur Kenntnis.
        </p>
      )}
      {status.needsConfirmation ? (
        status.canConfirm && (
          <form action={props.action}>
            <input type="hidden" name="id" value={props.articleId} />
            <p>
              Bestätigen Sie, dass Sie diesen Artikel gelesen haben. Sie sehen Ihre Bestätigungen jederzeit unter „Meine Kenntnisnahmen“.
            </p>
            <button type="submit" className="button">
              Zur Kenntnis genommen
            </button>
          </form>
        )
      ) : (
        <p>Sie haben diese Fassung am {formatDateTime(status.confirmedAt!)} zur Kenntnis genommen.</p>
      )}
      {status.counts && (
        <p>
          <strong>
            {status.counts.current} von {status.counts.colleagues}
          </strong>{" "}
          Kolleginnen und Kollegen haben die aktuelle Fassung zur Kenntnis genommen
          {status.counts.outdated > 0 && <>, {status.counts.outdated} nur eine frühere Fassung</>}.
        </p>
      )}
      {status.canSeePeople && (
        <p>
          <Link href={`/wissen/${props.articleId}/kenntnisnahmen`}>Namensliste anzeigen</Link>{" "}
          <span className="field-hint">(der Aufruf wird im Prüfprotokoll festgehalten)</span>
        </p>
      )}
      <p>
        <Link href="/kenntnisnahmen">Meine Kenntnisnahmen</Link>
      </p>
    </section>
  );
}
