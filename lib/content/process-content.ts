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

export interface ProcessedContent {
  json: TiptapNodeJson;
  text: string;
  html: string;
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
    "p", "h2", "h3", "h4", "strong", "em", "u", "s", "code", "pre", "blockquote", "br", "hr",
    "ul", "ol", "li", "a", "table", "colgroup", "col", "tbody", "thead", "tr", "th", "td",
    "label", "input", "div", "span",
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
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
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

function toPlainText(doc: ProseMirrorNode): string {
  return doc.textBetween(0, doc.content.size, "\n", " ").replace(/\n{3,}/g, "\n\n").trim();
}

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
  let doc: ProseMirrorNode;
  try {
    doc = editorSchema().nodeFromJSON(withoutUnsafeLinks(shaped.data));
    doc.check();
  } catch {
    throw invalid("Der Inhalt enthält Elemente, die der Editor nicht kennt.", {
      content: ["Unbekannte oder falsch verschachtelte Elemente"],
    });
  }
  const rendered = renderToHTMLString({ content: doc, extensions: articleExtensions });
  return {
    json: doc.toJSON() as TiptapNodeJson,
    text: toPlainText(doc),
    html: sanitizeHtml(rendered, SANITIZE_OPTIONS),
  };
}
