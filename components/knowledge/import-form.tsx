"use client";
import { useActionState, useState, type FormEvent } from "react";
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";
import type { ImportFormState } from "./import-form-state";

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Word import in two steps: upload → preview (as readers will see it) → save as
 * a draft. Too large files are refused before the upload.
 */
export function ImportForm(props: {
  previewAction: (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
  saveAction: (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
}) {
  const [previewState, preview, previewing] = useActionState(props.previewAction, {});
  const [saveState, save, saving] = useActionState(props.saveAction, {});
  const [clientError, setClientError] = useState<string | null>(null);
  const [started, setStarted] = useState(0);
  const current = previewState.preview && previewState.preview.content ? previewState.preview : null;
  const uploadError = clientError ?? previewState.error;

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) {
      event.preventDefault();
      setClientError("Bitte wählen Sie ein Word-Dokument (.docx) aus.");
    } else if (file.size > MAX_BYTES) {
      event.preventDefault();
      setClientError(`Die Datei ist ${(file.size / 1024 / 1024).toFixed(1).replace(".", ",")} MB groß. Bitte höchstens 10 MB hochladen.`);
    } else {
      setClientError(null);
      setStarted(started + 1);
    }
  }

  return (
    <>
      <form action={preview} onSubmit={checkSize} className="card" noValidate>
        <h2>1. Dokument auswählen</h2>
        {uploadError && (
          <p className="alert alert--error" role="alert" id="file-error">
            {uploadError}
          </p>
        )}
        <div className="field">
          <label htmlFor="file">Word-Dokument (.docx, höchstens 10 MB)</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={uploadError ? "file-hint file-error" : "file-hint"}
            aria-invalid={uploadError ? true : undefined}
          />
          <p className="field-hint" id="file-hint">
            Übernommen werden Überschriften, Listen, Tabellen, fett und kursiv sowie Links. Bilder werden nicht übernommen.
          </p>
        </div>
        <div className="field">
          <label htmlFor="import-kind">Wissensart</label>
          <select id="import-kind" name="kind" defaultValue={current?.kind ?? "PROCEDURE"}>
            {ARTICLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ARTICLE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={previewing}>
          {previewing ? "Wird umgewandelt …" : "Vorschau anzeigen"}
        </button>
      </form>
      {current && (
        <form action={save} className="card" key={`${current.fileName}-${started}`}>
          <h2>2. Vorschau prüfen und als Entwurf speichern</h2>
          <p>
            Aus „{current.fileName}“. So sehen Leserinnen und Leser den Inhalt; Sie können ihn nach dem Speichern im Editor weiter
            bearbeiten.
          </p>
          {saveState.error && (
            <p className="alert alert--error" role="alert">
              {saveState.error}
            </p>
          )}
          {current.warnings.length > 0 && (
            <div className="alert alert--info" role="note">
              <ul>
                {current.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
          <input type="hidden" name="content" value={current.content} />
          <input type="hidden" name="kind" value={current.kind} />
          <div className="field">
            <label htmlFor="import-title">Titel</label>
            <input id="import-title" name="title" type="text" defaultValue={current.title} maxLength={200} required />
          </div>
          <section
            aria-label="Vorschau des Inhalts"
            tabIndex={0}
            className="import-preview article-body"
            dangerouslySetInnerHTML={{ __html: current.html }}
          />
          <button type="submit" className="button" disabled={saving}>
            {saving ? "Wird gespeichert …" : "Als Entwurf speichern"}
          </button>
        </form>
      )}
    </>
  );
}
