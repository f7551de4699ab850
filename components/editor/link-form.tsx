"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/react";
import { useEditorPanel } from "./use-editor-panel";
import { isSafeHref } from "@/lib/content/safe-href";

/**
 * Inline form for adding, changing or removing a link on the selected text.
 * Refuses addresses that the server would strip (javascript:, data:, …) with a
 * German message instead of silently dropping them later.
 */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const initial = (editor.getAttributes("link").href as string | undefined) ?? "";
  const { close, onKeyDown } = useEditorPanel(editor, onClose);
  const [href, setHref] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  function apply(event: FormEvent) {
    event.preventDefault();
    const value = href.trim();
    if (value === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      onClose();
      return;
    }
    if (!isSafeHref(value)) {
      setError(
        "Diese Adresse ist nicht erlaubt. Möglich sind Adressen mit https://, http://, mailto: und tel: sowie Links innerhalb von DigiCheck Wissen (beginnend mit /).",
      );
      return;
    }
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // Nothing selected: insert the address itself as the link text.
      editor
        .chain()
        .focus()
        .insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: value } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
    }
    // Continue writing after the link, with the focus back in the editor right away.
    editor.commands.setTextSelection(editor.state.selection.to);
    editor.view.focus();
    onClose();
  }

  return (
    <div className="link-form" role="group" aria-labelledby="link-form-title" onKeyDown={onKeyDown}>
      <span id="link-form-title" className="visually-hidden">
        Link bearbeiten
      </span>
      <label htmlFor="link-href">Linkadresse</label>
      <input
        ref={inputRef}
        id="link-href"
        type="text"
        inputMode="url"
        value={href}
        placeholder="https://…"
        onChange={(event) => {
          setHref(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply(event);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "link-href-error" : undefined}
      />
      <button type="button" className="button button--small" onClick={apply}>
        Übernehmen
      </button>
      {initial && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            onClose();
          }}
        >
          Link entfernen
        </button>
      )}
      <button type="button" className="button button--secondary button--small" onClick={close}>
        Abbrechen
      </button>
      {error && (
        <p id="link-href-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
