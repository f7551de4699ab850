"use client";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import type { JSONContent } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";
import { articleExtensions } from "@/lib/content/extensions";
import { Placeholder } from "@tiptap/extensions";
import type { SectionGuidance } from "@/lib/knowledge/template-guidance";
import { NodeSelection, TextSelection, type EditorState } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { LinkForm } from "./link-form";
import { BlockForm, type BlockFormTarget } from "./block-form";
import { ImageForm, type EditorImage, type ImageFormTarget } from "./image-form";
import { BLOCK_LABELS, BLOCK_TYPES, type BlockType } from "@/lib/content/structured-blocks";

interface EditorUi {
  openLinkForm: () => void;
  openBlockForm: (target: BlockFormTarget) => void;
  openImageForm: (target: ImageFormTarget) => void;
}

interface ToolbarButton {
  label: string;
  isActive?: (editor: Editor) => boolean;
  run: (editor: Editor, ui: EditorUi) => void;
}

/** The structured block at the selection (after clicking it or moving onto it with the arrow keys), if any. */
function selectedBlock(state: EditorState): BlockFormTarget | null {
  const selection = state.selection;
  if (!(selection instanceof NodeSelection)) return null;
  const type = selection.node.type.name;
  if (!(BLOCK_TYPES as readonly string[]).includes(type)) return null;
  return { type: type as BlockType, attrs: selection.node.attrs, pos: selection.from };
}

/** The image at the selection, if one is selected. */
function selectedImage(state: EditorState): ImageFormTarget | null {
  const selection = state.selection;
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== "image") return null;
  return { pos: selection.from, src: String(selection.node.attrs.src ?? ""), alt: String(selection.node.attrs.alt ?? "") };
}

const BUTTONS: ToolbarButton[] = [
  {
    label: "Überschrift 2",
    isActive: (e) => e.isActive("heading", { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: "Überschrift 3",
    isActive: (e) => e.isActive("heading", { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  { label: "Fett", isActive: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { label: "Kursiv", isActive: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: "Aufzählung", isActive: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: "Nummerierte Liste", isActive: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: "Aufgabenliste", isActive: (e) => e.isActive("taskList"), run: (e) => e.chain().focus().toggleTaskList().run() },
  { label: "Link", isActive: (e) => e.isActive("link"), run: (_editor, ui) => ui.openLinkForm() },
  { label: "Tabelle einfügen", run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { label: "Zeile hinzufügen", run: (e) => e.chain().focus().addRowAfter().run() },
  { label: "Spalte hinzufügen", run: (e) => e.chain().focus().addColumnAfter().run() },
  { label: "Bild einfügen", run: (_editor, ui) => ui.openImageForm({}) },
  ...BLOCK_TYPES.map((type): ToolbarButton => ({
    label: `${BLOCK_LABELS[type]} einfügen`,
    run: (_editor, ui) => ui.openBlockForm({ type }),
  })),
  { label: "Rückgängig", run: (e) => e.chain().focus().undo().run() },
  { label: "Wiederholen", run: (e) => e.chain().focus().redo().run() },
];

function Toolbar({ editor, ui }: { editor: Editor; ui: EditorUi }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => BUTTONS.map((button) => button.isActive?.(current) ?? null),
  });
  const block = useEditorState({ editor, selector: ({ editor: current }) => selectedBlock(current.state) });
  const image = useEditorState({ editor, selector: ({ editor: current }) => selectedImage(current.state) });
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatierung und Bausteine">
      {BUTTONS.map((button, index) => (
        <button
          key={button.label}
          type="button"
          aria-pressed={active[index] === null ? undefined : active[index]}
          onClick={() => button.run(editor, ui)}
        >
          {button.label}
        </button>
      ))}
      {block && <button type="button" onClick={() => ui.openBlockForm(block)}>{`${BLOCK_LABELS[block.type]} bearbeiten`}</button>}
      {image && (
        <button type="button" onClick={() => ui.openImageForm(image)}>
          Alternativtext bearbeiten
        </button>
      )}
    </div>
  );
}

/** TipTap editor using the shared extension list; reports its JSON on every change. */
/** Placeholder text (not content) in the empty paragraph right after a section heading that has guidance. */
function guidancePlaceholder(guidance: SectionGuidance) {
  return Placeholder.configure({
    showOnlyCurrent: false,
    emptyNodeClass: "is-empty",
    placeholder: ({ editor, node, pos }) => {
      if (node.type.name !== "paragraph") return "";
      const resolved = editor.state.doc.resolve(pos);
      const index = resolved.index();
      const before = index > 0 ? resolved.parent.child(index - 1) : null;
      return before?.type.name === "heading" ? (guidance[before.textContent.trim()] ?? "") : "";
    },
  });
}

/** The raster images among pasted or dropped files (other files are left to the browser). */
function imageFilesOf(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? []).filter((file) => /^image\/(png|jpeg|gif|webp)$/.test(file.type));
}

export type UploadEditorImage = (file: File) => Promise<{ id: string; fileName: string } | { error: string }>;

export function RichTextEditor(props: {
  initialContent: JSONContent;
  onChange: (json: JSONContent) => void;
  labelledBy: string;
  describedBy?: string;
  /** Image attachments of the article that can be placed in the text. */
  images?: EditorImage[];
  /** The template's guidance per section heading, shown in the section's empty paragraph until the author types. */
  guidance?: SectionGuidance;
  /** Uploads a pasted or dropped image as an attachment (only for saved articles). */
  uploadImage?: UploadEditorImage;
}) {
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const [blockForm, setBlockForm] = useState<BlockFormTarget | null>(null);
  const [imageForm, setImageForm] = useState<ImageFormTarget | null>(null);
  const [images, setImages] = useState<EditorImage[]>(props.images ?? []);
  const [uploadStatus, setUploadStatus] = useState("");
  const guidance = props.guidance;
  // The editor keeps its first handlers; they read the latest upload function from here.
  const uploadRef = useRef(props.uploadImage);
  useEffect(() => {
    uploadRef.current = props.uploadImage;
  }, [props.uploadImage]);

  /** Paste or drop: upload the image as an attachment, then ask for its alternative text before it goes into the text. */
  async function placeImageFile(view: EditorView, file: File, pos?: number) {
    const upload = uploadRef.current;
    if (!upload) {
      setUploadStatus("Bilder können Sie einfügen, sobald der Artikel einmal gespeichert ist.");
      return;
    }
    if (pos !== undefined) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))));
    setUploadStatus(`Das Bild „${file.name || "aus der Zwischenablage"}“ wird hochgeladen …`);
    const form = await upload(file);
    if ("error" in form) {
      setUploadStatus(form.error);
      return;
    }
    setImages((current) => [...current, { id: form.id, fileName: form.fileName, description: null }]);
    setUploadStatus(`Das Bild „${form.fileName}“ ist als Anhang gespeichert. Bitte beschreiben Sie es, dann wird es eingefügt.`);
    setLinkFormOpen(false);
    setBlockForm(null);
    setImageForm({ src: `/anhang/${form.id}`, uploadedName: form.fileName });
  }
  const editor = useEditor({
    extensions: guidance ? [...articleExtensions, guidancePlaceholder(guidance)] : articleExtensions,
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
      handlePaste: (view, event) => {
        const [file] = imageFilesOf(event.clipboardData);
        if (!file) return false;
        void placeImageFile(view, file);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const [file] = moved ? [] : imageFilesOf(event.dataTransfer);
        if (!file) return false;
        event.preventDefault();
        void placeImageFile(view, file, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
        return true;
      },
      // Enter on a selected block opens its form (blocks are edited in the form, not by typing inside them).
      handleKeyDown: (view, event) => {
        if (event.key !== "Enter") return false;
        const block = selectedBlock(view.state);
        const image = selectedImage(view.state);
        if (!block && !image) return false;
        setLinkFormOpen(false);
        setBlockForm(block);
        setImageForm(image);
        return true;
      },
    },
    onUpdate: ({ editor: current }) => props.onChange(current.getJSON()),
    onCreate: ({ editor: current }) => {
      // Double-click on a block opens its form, like Enter does.
      current.view.dom.addEventListener("dblclick", () => {
        const block = selectedBlock(current.state);
        if (block) setBlockForm(block);
      });
    },
  });
  const closeAll = () => {
    setLinkFormOpen(false);
    setBlockForm(null);
    setImageForm(null);
  };
  const ui: EditorUi = {
    openLinkForm: () => {
      closeAll();
      setLinkFormOpen(true);
    },
    openBlockForm: (target) => {
      closeAll();
      setBlockForm(target);
    },
    openImageForm: (target) => {
      closeAll();
      setImageForm(target);
    },
  };
  function onKeyDown(event: React.KeyboardEvent) {
    if (editor && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
      event.preventDefault();
      ui.openLinkForm();
    }
  }
  return (
    // Ctrl/Cmd+K inside the editor opens the link dialog.
    <div className="editor" onKeyDown={onKeyDown}>
      {editor && <Toolbar editor={editor} ui={ui} />}
      {editor && linkFormOpen && <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} />}
      {editor && imageForm && (
        <ImageForm key={imageForm.pos ?? "neu"} editor={editor} images={images} target={imageForm} onClose={() => setImageForm(null)} />
      )}
      {editor && blockForm && (
        <BlockForm
          key={`${blockForm.type}-${blockForm.pos ?? "neu"}`}
          editor={editor}
          target={blockForm}
          onClose={() => setBlockForm(null)}
        />
      )}
      <p className="field-hint editor-status" role="status">
        {uploadStatus}
      </p>
      <div className="editor-content">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
