import type { AttachmentSummary } from "@/lib/knowledge/attachments";
import { formatDateTime } from "@/lib/format-date";

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

/** Attachments of an article; editors also get a remove button per file. */
export function AttachmentList(props: {
  attachments: AttachmentSummary[];
  canEdit: boolean;
  deleteAction: (formData: FormData) => Promise<void>;
}) {
  if (props.attachments.length === 0) return <p>Noch keine Anhänge.</p>;
  return (
    <ul className="attachment-list">
      {props.attachments.map((attachment) => (
        <li key={attachment.id}>
          <a href={`/anhang/${attachment.id}`} {...(attachment.image ? {} : { download: attachment.fileName })}>
            {attachment.fileName}
          </a>{" "}
          <span className="meta">
            ({formatFileSize(attachment.size)}
            {attachment.image ? ", Bild" : ""}) · {attachment.uploadedBy ?? "unbekannt"}, {formatDateTime(attachment.createdAt)}
          </span>
          {attachment.description && <div>{attachment.description}</div>}
          {props.canEdit && (
            <form action={props.deleteAction} className="inline-form no-print">
              <input type="hidden" name="attachmentId" value={attachment.id} />
              <button
                type="submit"
                className="button button--secondary button--small"
                aria-label={`Anhang ${attachment.fileName} entfernen`}
              >
                Entfernen
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
