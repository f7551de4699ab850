/**
 * Shape check for TipTap JSON before it reaches ProseMirror: bounded depth and
 * size, only plain attribute values. The editor schema check follows in
 * process-content.ts.
 */
import { z } from "zod";

export const MAX_CONTENT_JSON_BYTES = 1_000_000;
const MAX_DEPTH = 40;

const attributeValue = z.union([z.string().max(4000), z.number(), z.boolean(), z.null()]);
const attributes = z.record(z.string().max(60), attributeValue);

const mark = z.object({ type: z.string().max(60), attrs: attributes.optional() }).strict();

export interface TiptapNodeJson {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: TiptapNodeJson[];
  marks?: { type: string; attrs?: Record<string, string | number | boolean | null> }[];
  text?: string;
}

export const tiptapNodeSchema: z.ZodType<TiptapNodeJson> = z.lazy(() =>
  z
    .object({
      type: z.string().max(60),
      attrs: attributes.optional(),
      content: z.array(tiptapNodeSchema).max(10_000).optional(),
      marks: z.array(mark).max(20).optional(),
      text: z.string().max(100_000).optional(),
    })
    .strict(),
);

function depthOf(node: TiptapNodeJson): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depthOf));
}

export const tiptapDocumentSchema = tiptapNodeSchema.superRefine((node, context) => {
  if (node.type !== "doc") {
    context.addIssue({ code: "custom", message: "Der Inhalt muss ein Dokument sein." });
  }
  if (depthOf(node) > MAX_DEPTH) {
    context.addIssue({ code: "custom", message: "Der Inhalt ist zu tief verschachtelt." });
  }
});

export const EMPTY_DOCUMENT: TiptapNodeJson = { type: "doc", content: [{ type: "paragraph" }] };
