"use client";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import type { JSONContent } from "@tiptap/core";
import { useState } from "react";
import { articleExtensions } from "@/lib/content/extensions";
import { LinkForm } from "./link-form";

interface ToolbarButton {
  label: string;
  isActive?: (editor: Editor) => boolean;
  run: (editor: Editor, ui: { openLinkForm: () => void }) => void;
}

const BUTTONS: ToolbarButton[] = [
  { label: "Überschrift 2", isActive: (e) => e.isActive("heading", { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: "Überschrift 3", isActive: (e) => e.isActive("heading", { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: "Fett", isActive: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { label: "Kursiv", isActive: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: "Aufzählung", isActive: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: "Nummerierte Liste", isActive: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: "Aufgabenliste", isActive: (e) => e.isActive("taskList"), run: (e) => e.chain().focus().toggleTaskList().run() },
  { label: "Link", isActive: (e) => e.isActive("link"), run: (_editor, ui) => ui.openLinkForm() },
  { label: "Tabelle einfügen", run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { label: "Zeile hinzufügen", run: (e) => e.chain().focus().addRowAfter().run() },
  { label: "Spalte hinzufügen", run: (e) => e.chain().focus().addColumnAfter().run() },
  { label: "Rückgängig", run: (e) => e.chain().focus().undo().run() },
  { label: "Wiederholen", run: (e) => e.chain().focus().redo().run() },
];

function Toolbar({ editor, openLinkForm }: { editor: Editor; openLinkForm: () => void }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => BUTTONS.map((button) => button.isActive?.(current) ?? null),
  });
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatierung">
      {BUTTONS.map((button, index) => (
        <button
          key={button.label}
          type="button"
          aria-pressed={active[index] === null ? undefined : active[index]}
          onClick={() => button.run(editor, { openLinkForm })}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}

/** TipTap editor using the shared extension list; reports its JSON on every change. */
export function RichTextEditor(props: {
  initialContent: JSONContent;
  onChange: (json: JSONContent) => void;
  labelledBy: string;
  describedBy?: string;
}) {
  const editor = useEditor({
    extensions: articleExtensions,
    content: props.initialContent,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": props.labelledBy,
        ...(props.describedBy ? { "aria-describedby": props.describedBy } : {}),
        "data-testid": "article-editor",
      },
    },
    onUpdate: ({ editor: current }) => props.onChange(current.getJSON()),
  });
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  function onKeyDown(event: React.KeyboardEvent) {
    if (editor && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
      event.preventDefault();
      setLinkFormOpen(true);
    }
  }
  return (
    // Ctrl/Cmd+K inside the editor opens the link dialog.
    <div className="editor" onKeyDown={onKeyDown}>
      {editor && <Toolbar editor={editor} openLinkForm={() => setLinkFormOpen(true)} />}
      {editor && linkFormOpen && <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} />}
      <div className="editor-content">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
