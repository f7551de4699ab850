"use client";
import type { KeyboardEvent } from "react";
import type { Editor } from "@tiptap/react";

/** Shared behaviour of the panels above the editor (link, block): Escape or "Abbrechen" closes and returns the focus to the text. */
export function useEditorPanel(editor: Editor, onClose: () => void) {
  function close() {
    onClose();
    editor.commands.focus();
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  }
  return { close, onKeyDown };
}
