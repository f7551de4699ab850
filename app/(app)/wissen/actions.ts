"use server";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { createArticle, updateArticle } from "@/lib/knowledge/save-article";
import { confirmArticleCurrent } from "@/lib/knowledge/verify-article";
import { takeWorkflowStep } from "@/lib/knowledge/article-workflow";
import { addAttachment, deleteAttachment } from "@/lib/knowledge/attachments";
import { markPracticed } from "@/lib/journeys/practice";
import { reportArticleGap } from "@/lib/journeys/task-gaps";
import type { AttachmentFormState } from "@/components/knowledge/attachment-upload-form";
import { confirmReading } from "@/lib/knowledge/read-confirmations";
import { giveFeedback, resolveFeedback } from "@/lib/knowledge/article-feedback";
import type { FeedbackFormState } from "@/components/knowledge/feedback-form-state";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { DomainError, userMessageOf } from "@/lib/errors";
import { outcomeOf } from "@/lib/action-outcome";
import type { ArticleFormState } from "@/components/knowledge/article-form-state";
import { jsonFromForm } from "@/lib/content/form-json";

function readForm(formData: FormData) {
  const content = jsonFromForm(formData, "content");
  return {
    title: formData.get("title"),
    kind: formData.get("kind"),
    status: formData.get("status"),
    changeNote: formData.get("changeNote") || undefined,
    reviewIntervalMonths: formData.get("reviewIntervalMonths"),
    requestConfirmation: formData.get("requestConfirmation") === "on",
    content,
    taskIds: formData.getAll("taskIds"),
    unitIds: formData.getAll("unitIds"),
    positionIds: formData.getAll("positionIds"),
    verifierId: formData.get("verifierId") ?? "",
  };
}

/** Creates or saves an article: parse, viewer, one lib call, map errors. */
export async function saveArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const viewer = await currentViewer();
  if (!viewer) {
    return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich in einem neuen Tab an und speichern Sie dann erneut – Ihr Text bleibt hier erhalten.", fieldErrors: {} };
  }
  const input = readForm(formData);
  const id = formData.get("id");
  let saved: { id: string };
  try {
    saved = id
      ? await updateArticle(viewer, { ...input, id, version: formData.get("version") })
      : await createArticle(viewer, input);
  } catch (error) {
    return {
      error: userMessageOf(error),
      fieldErrors: error instanceof DomainError ? error.fieldErrors : {},
      conflict: error instanceof DomainError && error.code === "CONFLICT",
    };
  }
  after(drainSearchOutboxQuietly);
  revalidatePath("/wissen");
  redirect(`/wissen/${saved.id}?gespeichert=1`);
}

/** "Als aktuell bestätigen" on the article page; the result is shown after the redirect. */
export async function confirmCurrentAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const id = String(formData.get("id") ?? "");
  const outcome = await outcomeOf(() => confirmArticleCurrent(viewer, id), "bestaetigt=1", { notFoundPage: true });
  after(drainSearchOutboxQuietly);
  revalidatePath(`/wissen/${id}`);
  redirect(`/wissen/${id}?${outcome}`);
}

/** "Zur Kenntnis genommen" on the article page. */
export async function confirmReadingAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const id = String(formData.get("id") ?? "");
  const outcome = await outcomeOf(() => confirmReading(viewer, id), "kenntnis=1", { notFoundPage: true });
  revalidatePath(`/wissen/${id}`);
  redirect(`/wissen/${id}?${outcome}`);
}

/** A workflow step on the article page (einreichen, freigeben, zurückgeben, archivieren, wieder öffnen). */
export async function workflowStepAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const id = String(formData.get("id") ?? "");
  const step = String(formData.get("step") ?? "");
  const outcome = await outcomeOf(
    () => takeWorkflowStep(viewer, { id, version: formData.get("version"), step, note: formData.get("note") || undefined }),
    `schritt=${encodeURIComponent(step)}`,
    { notFoundPage: true },
  );
  after(drainSearchOutboxQuietly);
  revalidatePath(`/wissen/${id}`);
  redirect(`/wissen/${id}?${outcome}`);
}

/** "Selbst durchgeführt" for a linked task (its owner or deputies). */
export async function markPracticedAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const id = String(formData.get("id") ?? "");
  const outcome = await outcomeOf(() => markPracticed(viewer, formData.get("taskId")), "durchgefuehrt=1");
  revalidatePath(`/wissen/${id}`);
  redirect(/^[0-9a-f-]{36}$/.test(id) ? `/wissen/${id}?${outcome}` : "/");
}

/** "Anhang hinzufügen" on the article page (editors). */
export async function addAttachmentAction(_previous: AttachmentFormState, formData: FormData): Promise<AttachmentFormState> {
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Bitte wählen Sie eine Datei aus." };
  const articleId = String(formData.get("articleId") ?? "");
  try {
    await addAttachment(viewer, articleId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, formData.get("description") ?? "");
  } catch (error) {
    return { error: userMessageOf(error) };
  }
  revalidatePath(`/wissen/${articleId}`);
  return { added: file.name };
}

/** "Entfernen" next to an attachment (editors). */
export async function deleteAttachmentAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const { articleId } = await deleteAttachment(viewer, formData.get("attachmentId"));
  revalidatePath(`/wissen/${articleId}`);
  redirect(`/wissen/${articleId}?anhang=entfernt`);
}

/** "Rückmeldung geben" on the article page. */
export async function giveFeedbackAction(_previous: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  const kind = String(formData.get("kind") ?? "");
  const message = String(formData.get("message") ?? "");
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.", fieldErrors: {}, kind, message };
  try {
    await giveFeedback(viewer, formData.get("articleId"), { kind, message });
    return { done: true, fieldErrors: {} };
  } catch (error) {
    return { error: userMessageOf(error), fieldErrors: error instanceof DomainError ? error.fieldErrors : {}, kind, message };
  }
}

/** "Wissenslücke melden" on an article: reaches its owner and the unit's leads, counts in the cockpit. */
export async function reportArticleGapAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const articleId = String(formData.get("articleId") ?? "");
  const outcome = await outcomeOf(() => reportArticleGap(viewer, articleId, formData.get("beschreibung")), "luecke=1#luecke-heading", { notFoundPage: true });
  revalidatePath("/cockpit");
  redirect(`/wissen/${articleId}?${outcome}`);
}

/** "Erledigt" for one feedback entry (owner or editors). */
export async function resolveFeedbackAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const articleId = String(formData.get("articleId") ?? "");
  const outcome = await outcomeOf(() => resolveFeedback(viewer, formData.get("feedbackId"), formData.get("resolution")), "erledigt=1");
  revalidatePath(`/wissen/${articleId}`);
  redirect(/^[0-9a-f-]{36}$/.test(articleId) ? `/wissen/${articleId}?${outcome}` : "/");
}
