import type { AttachmentSummary } from "@/lib/knowledge/attachments";
import { formatDateTime } from "@/lib/format-date";

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

const isPdf = (attachment: AttachmentSummary) => attachment.contentType === "application/pdf";
/** Images and PDFs are shown by the browser (PDFs in its own viewer, sandboxed); everything else is downloaded. */
const opensInBrowser = (attachment: AttachmentSummary) => attachment.image || isPdf(attachment);

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
          <a href={`/anhang/${attachment.id}`} {...(opensInBrowser(attachment) ? {} : { download: attachment.fileName })}>
            {attachment.fileName}
          </a>{" "}
          <span className="meta">
            ({formatFileSize(attachment.size)}
            {attachment.image ? ", Bild" : ""}
            {isPdf(attachment) ? ", PDF – öffnet im Browser" : ""}) · {attachment.uploadedBy ?? "unbekannt"},{" "}
            {formatDateTime(attachment.createdAt)}
          </span>
          {isPdf(attachment) && (
            <>
              {" "}
              <a href={`/anhang/${attachment.id}?herunterladen=1`} download={attachment.fileName} className="no-print">
                herunterladen<span className="visually-hidden">: {attachment.fileName}</span>
              </a>
            </>
          )}
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
