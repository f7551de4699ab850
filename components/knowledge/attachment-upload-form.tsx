"use client";
import { useActionState, useRef, useState, type FormEvent } from "react";

export interface AttachmentFormState {
  error?: string;
  added?: string;
}

/** Upload of one attachment; too large files are refused before the upload, everything else is checked on the server. */
export function AttachmentUploadForm(props: {
  articleId: string;
  maxMb: number;
  allowedText: string;
  action: (state: AttachmentFormState, formData: FormData) => Promise<AttachmentFormState>;
}) {
  const [state, action, pending] = useActionState(props.action, {});
  const [clientError, setClientError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const error = clientError ?? state.error;

  function check(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) {
      event.preventDefault();
      setClientError("Bitte wählen Sie eine Datei aus.");
    } else if (file.size > props.maxMb * 1024 * 1024) {
      event.preventDefault();
      setClientError(`Die Datei ist zu groß. Erlaubt sind höchstens ${props.maxMb} MB.`);
    } else {
      setClientError(null);
    }
  }

  return (
    <form ref={formRef} action={action} onSubmit={check} noValidate className="stacked-form" key={state.added ?? "form"}>
      {error && (
        <p className="alert alert--error" role="alert" id="attachment-error">
          {error}
        </p>
      )}
      {state.added && !error && (
        <p className="alert alert--success" role="status">
          „{state.added}“ wurde hinzugefügt.
        </p>
      )}
      <input type="hidden" name="articleId" value={props.articleId} />
      <div className="field-row">
        <div className="field">
          <label htmlFor="attachment-file">Datei (höchstens {props.maxMb} MB)</label>
          <input
            id="attachment-file"
            name="file"
            type="file"
            aria-describedby={error ? "attachment-hint attachment-error" : "attachment-hint"}
            aria-invalid={error ? true : undefined}
          />
          <p className="field-hint" id="attachment-hint">
            Erlaubt: {props.allowedText}. Bilder können Sie danach im Editor mit „Bild einfügen“ in den Text setzen.
          </p>
        </div>
        <div className="field">
          <label htmlFor="attachment-description">Beschreibung (optional)</label>
          <input id="attachment-description" name="description" type="text" maxLength={300} />
        </div>
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Wird hochgeladen …" : "Anhang hinzufügen"}
      </button>
    </form>
  );
}
