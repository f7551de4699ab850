"use server";
import { revalidatePath } from "next/cache";
import { isRecordId, redirectBackAction, safeReturnPath } from "@/lib/server-action";
import { markAllNotificationsRead, setNotificationDigest } from "@/lib/notifications/notifications";
import { setWatch } from "@/lib/notifications/watches";

const LIST = "/benachrichtigungen";

/** "Alle als gelesen markieren". */
export async function markAllReadAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (_form, query) => `${LIST}?${query}`,
    success: "gelesen=1",
    run: (viewer) => markAllNotificationsRead(viewer),
    finally: () => revalidatePath("/", "layout"),
  });
}

/** The weekly e-mail digest on or off. */
export async function digestAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (_form, query) => `${LIST}?${query}`,
    success: (form) => (form.get("digest") === "1" ? "zusammenfassung=an" : "zusammenfassung=aus"),
    run: (viewer, form) => setNotificationDigest(viewer, form.get("digest") === "1"),
  });
}

/**
 * "Beobachten" / "Nicht mehr beobachten" for an article or a task, from the
 * article page, the task's Mappe or this list; back to the page it came from.
 */
export async function watchAction(formData: FormData): Promise<void> {
  const articleId = String(formData.get("articleId") ?? "");
  const taskId = String(formData.get("taskId") ?? "");
  const fallback = isRecordId(articleId) ? `/wissen/${articleId}` : isRecordId(taskId) ? `/mappe?aufgabe=${taskId}` : LIST;
  const back = safeReturnPath(formData.get("zurueck"), "/", fallback);
  const withQuery = (query: string) => `${back}${back.includes("?") ? "&" : "?"}${query}`;
  await redirectBackAction(formData, {
    back: (_form, query) => withQuery(query),
    success: (form) => (form.get("beobachten") === "1" ? "beobachtet=1" : "beobachtet=0"),
    run: (viewer, form) =>
      setWatch(
        viewer,
        form.get("articleId") ? { articleId: form.get("articleId") } : { taskId: form.get("taskId") },
        form.get("beobachten") === "1",
      ),
  });
}
