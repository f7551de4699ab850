"use server";
import { after } from "next/server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { confirmArticleCurrent } from "@/lib/knowledge/verify-article";
import { takeWorkflowStep } from "@/lib/knowledge/article-workflow";
import { takeWorkingCopyStep } from "@/lib/knowledge/working-copy";
import { addAttachment, addEditorImage, deleteAttachment } from "@/lib/knowledge/attachments";
import { markPracticed } from "@/lib/journeys/practice";
import { reportArticleGap } from "@/lib/journeys/task-gaps";
import type { AttachmentFormState } from "@/components/knowledge/attachment-upload-form";
import { confirmReading } from "@/lib/knowledge/read-confirmations";
import { articlesWithSameTitle } from "@/lib/knowledge/same-title";
import { setBookmark } from "@/lib/knowledge/personal-lists";
import { giveFeedback, resolveFeedback } from "@/lib/knowledge/article-feedback";
import { answerQuestion, askQuestion, markQuestionTakenIntoArticle } from "@/lib/knowledge/article-questions";
import type { FeedbackFormState } from "@/components/knowledge/feedback-form-state";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { callAction, errorQuery, field, isRecordId, redirectAction, redirectBackAction, stateAction } from "@/lib/server-action";
import type { ArticleFormState } from "@/components/knowledge/article-form-state";
import { jsonFromForm } from "@/lib/content/form-json";
import { redirect } from "next/navigation";
import type { Viewer } from "@/lib/auth/viewer";

function readForm(formData: FormData) {
  return {
    title: formData.get("title"),
    kind: formData.get("kind"),
    status: formData.get("status"),
    changeNote: formData.get("changeNote") || undefined,
    reviewIntervalMonths: formData.get("reviewIntervalMonths"),
    requestConfirmation: formData.get("requestConfirmation") === "on",
    content: jsonFromForm(formData, "content"),
    taskIds: formData.getAll("taskIds"),
    unitIds: formData.getAll("unitIds"),
    positionIds: formData.getAll("positionIds"),
    verifierId: formData.get("verifierId") ?? "",
  };
}

/** The article page to go back to; only a well-formed id (it is part of the path). */
const articlePage = (id: string, query: string) => (isRecordId(id) ? `/wissen/${id}?${query}` : "/");

/** Runs one change from the article page and goes back to it with the outcome. */
function articleStep(
  rawFormData: unknown,
  idField: string,
  success: string | ((formData: FormData) => string),
  run: (viewer: Viewer, formData: FormData) => Promise<unknown>,
  options: { drain?: boolean; revalidate?: string } = {},
) {
  return redirectBackAction(rawFormData, {
    back: (formData, query) => articlePage(field(formData, idField), query),
    success,
    run,
    finally: (formData) => {
      if (options.drain) after(drainSearchOutboxQuietly);
      revalidatePath(options.revalidate ?? `/wissen/${field(formData, idField)}`);
    },
  });
}

/** Creates or saves an article; a refused save keeps the text in the editor. */
export async function saveArticleAction(_previous: ArticleFormState, rawFormData: FormData): Promise<ArticleFormState> {
  const state = await stateAction<ArticleFormState & { savedId?: string; toWorkingCopy?: boolean }>(rawFormData, {
    run: async (viewer, formData) => {
      const input = readForm(formData);
      const id = formData.get("id");
      const saved = id
        ? await updateArticle(viewer, {
            ...input,
            id,
            version: formData.get("version"),
            workingCopyRevision: formData.get("workingCopyRevision"),
          })
        : await createArticle(viewer, input);
      return { fieldErrors: {}, savedId: saved.id, toWorkingCopy: "workingCopyRevision" in saved };
    },
    failed: (failure) => ({ error: failure.message, fieldErrors: failure.fieldErrors, conflict: failure.conflict }),
  });
  if (!state.savedId) return state;
  after(drainSearchOutboxQuietly);
  revalidatePath("/wissen");
  redirect(state.toWorkingCopy ? `/wissen/${state.savedId}/arbeitskopie?gespeichert=1` : `/wissen/${state.savedId}?gespeichert=1`);
}

/** "Als aktuell bestätigen" on the article page. */
export async function confirmCurrentAction(formData: FormData): Promise<void> {
  await articleStep(formData, "id", "bestaetigt=1", (viewer, form) => confirmArticleCurrent(viewer, form.get("id")), { drain: true });
}

/** "Zur Kenntnis genommen" on the article page. */
export async function confirmReadingAction(formData: FormData): Promise<void> {
  await articleStep(formData, "id", "kenntnis=1", (viewer, form) => confirmReading(viewer, form.get("id")));
}

/** A workflow step on the article page (einreichen, freigeben, zurückgeben, archivieren, wieder öffnen). */
export async function workflowStepAction(formData: FormData): Promise<void> {
  await articleStep(
    formData,
    "id",
    (form) => `schritt=${encodeURIComponent(field(form, "step"))}`,
    (viewer, form) =>
      takeWorkflowStep(viewer, {
        id: form.get("id"),
        version: form.get("version"),
        step: form.get("step"),
        note: form.get("note") || undefined,
      }),
    { drain: true },
  );
}

/** A step on the working copy page (einreichen, freigeben, zurückgeben, verwerfen). */
export async function workingCopyStepAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const done = await takeWorkingCopyStep(viewer, {
        id: form.get("id"),
        revision: form.get("version"),
        step: form.get("step"),
        note: form.get("note") || undefined,
      });
      after(drainSearchOutboxQuietly);
      revalidatePath(`/wissen/${done.id}`);
      const finished = done.step === "approve" || done.step === "discard";
      return finished ? articlePage(done.id, `schritt=${done.step}`) : `/wissen/${done.id}/arbeitskopie?schritt=${done.step}`;
    },
    failed: (failure, form) => {
      const id = field(form, "id");
      return isRecordId(id) ? `/wissen/${id}/arbeitskopie?${errorQuery(failure)}` : "/";
    },
  });
}

/** "Selbst durchgeführt" for a linked task (its owner, deputies or newcomers in the position). */
export async function markPracticedAction(formData: FormData): Promise<void> {
  await articleStep(formData, "id", "durchgefuehrt=1", (viewer, form) => markPracticed(viewer, form.get("taskId")));
}

/** "Anhang hinzufügen" on the article page (editors). */
export async function addAttachmentAction(_previous: AttachmentFormState, formData: FormData): Promise<AttachmentFormState> {
  return stateAction<AttachmentFormState>(formData, {
    run: async (viewer, form) => {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return { error: "Bitte wählen Sie eine Datei aus." };
      const articleId = field(form, "articleId");
      await addAttachment(
        viewer,
        articleId,
        { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        form.get("description") ?? "",
      );
      revalidatePath(`/wissen/${articleId}`);
      return { added: file.name };
    },
    failed: (failure) => ({ error: failure.message }),
  });
}

/** An image pasted or dropped into the editor: uploaded as an attachment of the article; the editor then asks for its alt text. */
export async function uploadEditorImageAction(formData: FormData): Promise<{ id: string; fileName: string } | { error: string }> {
  return stateAction<{ id: string; fileName: string } | { error: string }>(formData, {
    run: async (viewer, form) => {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return { error: "Die Zwischenablage enthielt kein Bild." };
      const articleId = field(form, "articleId");
      const image = await addEditorImage(viewer, articleId, {
        name: file.name || "bild.png",
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      revalidatePath(`/wissen/${articleId}`);
      return image;
    },
    failed: (failure) => ({ error: failure.message }),
  });
}

/** "Entfernen" next to an attachment (editors). */
export async function deleteAttachmentAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const { articleId } = await deleteAttachment(viewer, form.get("attachmentId"));
      revalidatePath(`/wissen/${articleId}`);
      return articlePage(articleId, "anhang=entfernt");
    },
    failed: (failure, form) => articlePage(field(form, "articleId"), errorQuery(failure)),
  });
}

/** "Frage stellen" on the article page (public once answered); a refused question stays in the form. */
export async function askQuestionAction(_previous: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  return stateAction<FeedbackFormState>(formData, {
    run: async (viewer, form) => {
      await askQuestion(viewer, form.get("articleId"), { question: field(form, "question") });
      revalidatePath(`/wissen/${field(form, "articleId")}`);
      return { done: true, fieldErrors: {} };
    },
    failed: (failure, form) => ({
      error: failure.message,
      fieldErrors: failure.fieldErrors,
      message: form ? field(form, "question") : "",
    }),
  });
}

/** "Antworten" under a question (owner, editors); the answer is found by search after the next index update. */
export async function answerQuestionAction(formData: FormData): Promise<void> {
  await articleStep(
    formData,
    "articleId",
    "beantwortet=1",
    (viewer, form) => answerQuestion(viewer, form.get("questionId"), { answer: field(form, "answer") }),
    {
      drain: true,
    },
  );
}

/** "In den Artikel übernommen" on an answered question (owner, editors). */
export async function markQuestionTakenAction(formData: FormData): Promise<void> {
  await articleStep(formData, "articleId", "uebernommen=1", (viewer, form) =>
    markQuestionTakenIntoArticle(viewer, form.get("questionId"), field(form, "taken") === "1"),
  );
}

/** "Rückmeldung geben" on the article page; a refused note stays in the form. */
export async function giveFeedbackAction(_previous: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  return stateAction<FeedbackFormState>(formData, {
    run: async (viewer, form) => {
      await giveFeedback(viewer, form.get("articleId"), { kind: field(form, "kind"), message: field(form, "message") });
      return { done: true, fieldErrors: {} };
    },
    failed: (failure, form) => ({
      error: failure.message,
      fieldErrors: failure.fieldErrors,
      kind: form ? field(form, "kind") : "",
      message: form ? field(form, "message") : "",
    }),
  });
}

/** "Wissenslücke melden" on an article: reaches its owner and the unit's leads, counts in the cockpit. */
export async function reportArticleGapAction(formData: FormData): Promise<void> {
  await articleStep(
    formData,
    "articleId",
    "luecke=1#luecke-heading",
    (viewer, form) => reportArticleGap(viewer, form.get("articleId"), form.get("beschreibung")),
    {
      revalidate: "/cockpit",
    },
  );
}

/** "Erledigt" for one feedback entry (owner or editors). */
export async function resolveFeedbackAction(formData: FormData): Promise<void> {
  await articleStep(formData, "articleId", "erledigt=1", (viewer, form) =>
    resolveFeedback(viewer, form.get("feedbackId"), form.get("resolution")),
  );
}

/** Hint in the article form: readable articles that already have this title. */
export async function sameTitleAction(title: string, exceptId: string | null): Promise<{ id: string; title: string }[]> {
  return callAction(
    { title, exceptId },
    {
      schema: z.object({ title: z.string().max(300), exceptId: z.string().max(100).nullable() }),
      run: (viewer, args) => articlesWithSameTitle(viewer, args.title, args.exceptId ?? undefined),
      failed: () => [],
    },
  );
}

/** "Merken" / "Nicht mehr merken" on the article page (private to the viewer). */
export async function bookmarkAction(formData: FormData): Promise<void> {
  const articleId = String(formData.get("id") ?? "");
  await redirectBackAction(formData, {
    back: (_form, query) => `/wissen/${isRecordId(articleId) ? articleId : ""}?${query}`,
    success: (form) => (form.get("merken") === "1" ? "gemerkt=1" : "gemerkt=0"),
    run: (viewer, form) => setBookmark(viewer, form.get("id"), form.get("merken") === "1"),
  });
}
