import "server-only";
/**
 * Turns editor JSON from the client into what we store: validated against the
 * editor schema, unsafe links removed, plain text for search and sanitized HTML
 * for reading, all derived here on the server.
 */
import { getSchema } from "@tiptap/core";
import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import sanitizeHtml from "sanitize-html";
import { invalid } from "../errors";
import { articleExtensions } from "./extensions";
import { MAX_CONTENT_JSON_BYTES, tiptapDocumentSchema, type TiptapNodeJson } from "./document-schema";
import { isSafeHref } from "./safe-href";
import { BLOCK_LABELS, BLOCK_SCHEMAS, BLOCK_TYPES, extractBlocks, type BlockType, type ExtractedBlock } from "./structured-blocks";

export interface ProcessedContent {
  json: TiptapNodeJson;
  text: string;
  html: string;
  /** Structured blocks, stored separately so they can be queried. */
  blocks: ExtractedBlock[];
}

let schema: Schema | undefined;
function editorSchema(): Schema {
  schema ??= getSchema(articleExtensions);
  return schema;
}

/** Removes link marks whose target is not allowed; the text stays. */
function withoutUnsafeLinks(node: TiptapNodeJson): TiptapNodeJson {
  const marks = node.marks?.filter(
    (mark) => mark.type !== "link" || isSafeHref(typeof mark.attrs?.href === "string" ? mark.attrs.href : null),
  );
  return {
    ...node,
    ...(node.marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map(withoutUnsafeLinks) } : {}),
  };
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "u",
    "s",
    "code",
    "pre",
    "blockquote",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "colgroup",
    "col",
    "tbody",
    "thead",
    "tr",
    "th",
    "td",
    "label",
    "input",
    "div",
    "span",
    "dl",
    "dt",
    "dd",
    "img",
  ],
  allowedAttributes: {
    a: ["href", "rel"],
    ol: ["start", "type"],
    ul: ["data-type"],
    li: ["data-type", "data-checked"],
    input: ["type", "checked", "disabled"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    col: ["style"],
    table: ["style"],
    // Structured blocks (Frist, Ansprechpartner, …) are styled by their type.
    div: ["data-type"],
    img: ["src", "alt", "title"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  allowedStyles: { col: { "min-width": [/^\d+px$/] }, table: { "min-width": [/^\d+px$/] } },
  transformTags: {
    // Task list checkboxes are shown, not edited, in the reading view.
    input: (tagName, attribs) => ({
      tagName,
      attribs: { type: "checkbox", disabled: "", ...(attribs.checked !== undefined ? { checked: "" } : {}) },
    }),
  },
};

/** Atoms such as the structured blocks contribute their readable text (TipTap's renderText). */
function leafText(node: ProseMirrorNode): string {
  const toText = (node.type.spec as { toText?: (props: { node: ProseMirrorNode }) => string }).toText;
  return toText ? toText({ node }) : " ";
}

function toPlainText(doc: ProseMirrorNode): string {
  return doc
    .textBetween(0, doc.content.size, "\n", leafText)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Validates the attributes of every structured block with its zod schema and
 * stores the cleaned values; a bad block is refused with a German message.
 */
function withValidBlocks(node: TiptapNodeJson): TiptapNodeJson {
  const content = node.content?.map(withValidBlocks);
  if (node.type === "image") return validImage(node);
  if (!isBlockType(node.type)) return content ? { ...node, content } : node;
  const parsed = BLOCK_SCHEMAS[node.type].safeParse(node.attrs ?? {});
  if (!parsed.success) {
    const message = `Baustein „${BLOCK_LABELS[node.type]}“: ${parsed.error.issues[0]?.message ?? "ungültige Angaben"}`;
    throw invalid(message, { content: [message] });
  }
  return { type: node.type, attrs: parsed.data as TiptapNodeJson["attrs"] };
}

export const ATTACHMENT_IMAGE_SRC = /^\/anhang\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Images may only show attachments of the article (no outside addresses, no data: URLs) and carry a bounded alt text. */
function validImage(node: TiptapNodeJson): TiptapNodeJson {
  const src = typeof node.attrs?.src === "string" ? node.attrs.src : "";
  if (!ATTACHMENT_IMAGE_SRC.test(src)) {
    throw invalid("Bilder müssen als Anhang dieses Artikels hochgeladen werden.", { content: ["Bild ohne gültigen Anhang"] });
  }
  const alt = typeof node.attrs?.alt === "string" ? node.attrs.alt.trim().slice(0, 300) : "";
  return { type: "image", attrs: { src, alt, title: null } };
}

/** Attachment ids of the images placed in a document. */
export function imageAttachmentIdsOf(node: TiptapNodeJson): string[] {
  const own =
    node.type === "image" && typeof node.attrs?.src === "string"
      ? [ATTACHMENT_IMAGE_SRC.exec(node.attrs.src)?.[1]].filter((id): id is string => Boolean(id))
      : [];
  return [...own, ...(node.content ?? []).flatMap(imageAttachmentIdsOf)];
}

const isBlockType = (type: string): type is BlockType => (BLOCK_TYPES as readonly string[]).includes(type);

/**
 * Validates and derives an article body. Throws a German `invalid` error for
 * anything that is not a document the editor could have produced.
 */
export function processContent(input: unknown): ProcessedContent {
  const size = JSON.stringify(input ?? null).length;
  if (size > MAX_CONTENT_JSON_BYTES) {
    throw invalid("Der Inhalt ist zu groß (höchstens etwa 1 MB).", { content: ["Inhalt zu groß"] });
  }
  const shaped = tiptapDocumentSchema.safeParse(input);
  if (!shaped.success) {
    throw invalid("Der Inhalt hat ein ungültiges Format.", {
      content: [shaped.error.issues[0]?.message ?? "Ungültiges Format"],
    });
  }
  const validBlocks = withValidBlocks(shaped.data);
  let doc: ProseMirrorNode;
  try {
    doc = editorSchema().nodeFromJSON(withoutUnsafeLinks(validBlocks));
    doc.check();
  } catch {
    throw invalid("Der Inhalt enthält Elemente, die der Editor nicht kennt.", {
      content: ["Unbekannte oder falsch verschachtelte Elemente"],
    });
  }
  const rendered = renderToHTMLString({ content: doc, extensions: articleExtensions });
  const json = doc.toJSON() as TiptapNodeJson;
  return {
    json,
    text: toPlainText(doc),
    html: sanitizeHtml(rendered, SANITIZE_OPTIONS),
    blocks: extractBlocks(json),
  };
}
