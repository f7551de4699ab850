"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/react";
import { useEditorPanel } from "./use-editor-panel";

export interface EditorImage {
  id: string;
  fileName: string;
  description: string | null;
}

export interface ImageFormTarget {
  pos?: number;
  src?: string;
  alt?: string;
  /** Just pasted or dropped and uploaded: the image is fixed, only its alt text is asked for. */
  uploadedName?: string;
}

/**
 * Places an image attachment in the text, or changes its alternative text.
 * The alternative text is required: screen reader users only get what it says.
 */
export function ImageForm({
  editor,
  images,
  target,
  onClose,
}: {
  editor: Editor;
  images: EditorImage[];
  target: ImageFormTarget;
  onClose: () => void;
}) {
  const { close, onKeyDown } = useEditorPanel(editor, onClose);
  const [src, setSrc] = useState(target.src ?? (images[0] ? `/anhang/${images[0].id}` : ""));
  const [alt, setAlt] = useState(target.alt ?? "");
  const [error, setError] = useState<string | null>(null);
  const altRef = useRef<HTMLInputElement>(null);
  useEffect(() => altRef.current?.focus(), []);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (alt.trim().length < 3) {
      setError("Bitte beschreiben Sie kurz, was das Bild zeigt (mindestens 3 Zeichen). Das lesen Screenreader vor.");
      return;
    }
    const attrs = { src, alt: alt.trim() };
    if (target.pos !== undefined) {
      const pos = target.pos;
      editor
        .chain()
        .focus()
        .command(({ tr }) => {
          tr.setNodeMarkup(pos, undefined, attrs);
          return true;
        })
        .run();
    } else {
      editor.chain().focus().setImage(attrs).run();
    }
    onClose();
  }

  if (images.length === 0 && target.pos === undefined && !target.uploadedName) {
    return (
      <div className="block-form" role="group" aria-labelledby="image-form-title" onKeyDown={onKeyDown}>
        <p id="image-form-title" className="block-form__title">
          Bild einfügen
        </p>
        <p>
          Dieser Artikel hat noch keine Bilder. Fügen Sie ein Bild mit Strg+V ein oder ziehen Sie es in den Text; bei einem neuen Artikel
          geht das, sobald er einmal gespeichert ist.
        </p>
        <button type="button" className="button button--secondary button--small" onClick={close}>
          Schließen
        </button>
      </div>
    );
  }
  return (
    <div className="block-form" role="group" aria-labelledby="image-form-title" onKeyDown={onKeyDown}>
      <p id="image-form-title" className="block-form__title">
        {target.pos !== undefined ? "Bild: Alternativtext ändern" : "Bild einfügen"}
      </p>
      <div className="block-form__fields">
        {target.uploadedName && <p>Hochgeladen: {target.uploadedName}</p>}
        {target.pos === undefined && !target.uploadedName && (
          <div className="field">
            <label htmlFor="image-src">Bild aus den Anhängen</label>
            <select id="image-src" value={src} onChange={(event) => setSrc(event.target.value)}>
              {images.map((image) => (
                <option key={image.id} value={`/anhang/${image.id}`}>
                  {image.fileName}
                  {image.description ? ` – ${image.description}` : ""}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="image-alt">Alternativtext: Was zeigt das Bild?</label>
          <input
            ref={altRef}
            id="image-alt"
            type="text"
            value={alt}
            maxLength={300}
            onChange={(event) => {
              setAlt(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter") apply(event);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "image-alt-hint image-alt-error" : "image-alt-hint"}
          />
          <p className="field-hint" id="image-alt-hint">
            z. B. „Formular GewA 1, Feld 3 markiert“ – nicht „Bild“ oder den Dateinamen.
          </p>
          {error && (
            <p className="field-error" id="image-alt-error">
              {error}
            </p>
          )}
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={apply}>
          {target.pos !== undefined ? "Übernehmen" : "Einfügen"}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={close}>
          Abbrechen
        </button>
      </div>
    </div>
  );
}
