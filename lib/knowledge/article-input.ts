/** zod schemas for creating and saving articles; shared by the form and the server. */
import { z } from "zod";
import { tiptapDocumentSchema } from "../content/document-schema";
import { ARTICLE_KINDS, ARTICLE_STATUSES } from "./labels";
import { reviewIntervalSchema } from "./review-interval";
import { withoutInvisibleCharacters } from "../content/invisible-characters";

const idList = z.array(z.uuid({ error: "Ungültige Auswahl." })).max(200, "Zu viele Verknüpfungen.");

/** A checkbox sends "on" when ticked and nothing otherwise. */
export const checkboxSchema = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const articleInputSchema = z.object({
  // Invisible characters are removed first: a title of zero-width spaces is no title.
  title: z
    .string({ error: "Bitte einen Titel eingeben." })
    .transform(withoutInvisibleCharacters)
    .pipe(
      z
        .string()
        .trim()
        .min(3, "Der Titel muss mindestens 3 Zeichen lang sein.")
        .max(200, "Der Titel darf höchstens 200 Zeichen lang sein."),
    ),
  kind: z.enum(ARTICLE_KINDS, { error: "Bitte eine Wissensart auswählen." }),
  status: z.enum(ARTICLE_STATUSES, { error: "Bitte einen gültigen Status auswählen." }),
  content: tiptapDocumentSchema,
  taskIds: idList.default([]),
  unitIds: idList.default([]),
  positionIds: idList.default([]),
  /** Named verifier ("Prüfende Person"); empty = none. */
  verifierId: z
    .preprocess((value) => (value === "" || value === undefined ? null : value), z.uuid({ error: "Ungültige Auswahl." }).nullable())
    .default(null),
  changeNote: z.string().trim().max(500, "Die Änderungsnotiz darf höchstens 500 Zeichen lang sein.").optional(),
  /** Empty: the organization's default for new articles, the article's current interval when saving. */
  reviewIntervalMonths: z.preprocess((value) => (value === "" || value === null ? undefined : value), reviewIntervalSchema.optional()),
  /** "Wesentliche Änderung": readers are asked to confirm this version again (if read confirmations are on). */
  requestConfirmation: checkboxSchema.default(false),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const articleUpdateSchema = articleInputSchema.extend({
  id: z.uuid({ error: "Ungültiger Artikel." }),
  version: z.coerce.number({ error: "Ungültige Version." }).int().min(1, "Ungültige Version."),
  /** Save counter of the working copy the editor started from; 0 or missing: there was none. */
  workingCopyRevision: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number({ error: "Ungültige Arbeitskopie." }).int().min(0, "Ungültige Arbeitskopie.").default(0),
  ),
});
export type ArticleUpdate = z.infer<typeof articleUpdateSchema>;

export const articleListFilterSchema = z.object({
  unitId: z.uuid().optional().catch(undefined),
  kind: z.enum(ARTICLE_KINDS).optional().catch(undefined),
});

/** Converts zod issues into German field messages for forms. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (result[field] ??= []).push(issue.message);
  }
  return result;
}

/** The note a workflow step may carry; "Zurückgeben" must say what to rework. */
export const stepNoteSchema = z.string().trim().max(500, "Die Notiz darf höchstens 500 Zeichen lang sein.").optional();
export const returnNeedsNote: [(input: { step: string; note?: string }) => boolean, { path: string[]; error: string }] = [
  (input) => input.step !== "return" || (input.note ?? "").length > 0,
  { path: ["note"], error: "Bitte schreiben Sie kurz, was noch überarbeitet werden soll." },
];
