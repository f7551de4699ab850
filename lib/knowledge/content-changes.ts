/**
 * What changed between two states of an article, for people: the changed
 * fields (title, kind, status) and a line diff of the content. Used by the
 * version comparison and by the working copy against the published version.
 */
import { documentLines } from "../content/document-lines";
import { diffDocumentLines, type DiffLine } from "../content/text-diff";
import type { TiptapNodeJson } from "../content/document-schema";
import type { ArticleKind, ArticleStatus } from "../db/generated/enums";
import { ARTICLE_KIND_LABELS, ARTICLE_STATUS_LABELS } from "./labels";

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

interface ArticleState {
  title: string;
  kind: ArticleKind;
  /** Left out where a status change is not news (a working copy is never published). */
  status?: ArticleStatus;
  content: unknown;
}

export function contentChanges(before: ArticleState, after: ArticleState): { fields: FieldChange[]; lines: DiffLine[] } {
  const fields: FieldChange[] = [];
  if (before.title !== after.title) fields.push({ label: "Titel", before: before.title, after: after.title });
  if (before.kind !== after.kind)
    fields.push({ label: "Wissensart", before: ARTICLE_KIND_LABELS[before.kind], after: ARTICLE_KIND_LABELS[after.kind] });
  if (before.status && after.status && before.status !== after.status)
    fields.push({ label: "Status", before: ARTICLE_STATUS_LABELS[before.status], after: ARTICLE_STATUS_LABELS[after.status] });
  const lines = diffDocumentLines(documentLines(before.content as TiptapNodeJson), documentLines(after.content as TiptapNodeJson));
  return { fields, lines };
}
