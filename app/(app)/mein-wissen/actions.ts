"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { currentViewer } from "@/lib/auth/current-viewer";
import { handInInterview, saveInterviewAnswers } from "@/lib/journeys/interview";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { userMessageOf } from "@/lib/errors";

const timeFormat = new Intl.DateTimeFormat("de-DE", { timeStyle: "short", timeZone: "Europe/Berlin" });

/** Saves the interview answers so far (called when a field is left). */
export async function saveInterviewAction(taskId: string, answers: Record<string, string>): Promise<{ ok: boolean; message: string }> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, message: "Ihre Sitzung ist abgelaufen – bitte melden Sie sich in einem neuen Tab an; Ihr Text bleibt hier stehen." };
  try {
    const { updatedAt } = await saveInterviewAnswers(viewer, taskId, answers);
    return { ok: true, message: `Gespeichert um ${timeFormat.format(updatedAt)} Uhr.` };
  } catch (error) {
    return { ok: false, message: userMessageOf(error) };
  }
}

/** "Zur Prüfung übergeben": creates the Austrittswissen draft and opens it. */
export async function handInInterviewAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const taskId = String(formData.get("taskId") ?? "");
  let target: string;
  try {
    const { articleId } = await handInInterview(viewer, taskId);
    target = `/wissen/${articleId}?gespeichert=1`;
  } catch (error) {
    target = `/mein-wissen/aufgabe/${encodeURIComponent(taskId)}?fehler=${encodeURIComponent(userMessageOf(error))}`;
  }
  after(drainSearchOutboxQuietly);
  revalidatePath("/mein-wissen");
  redirect(target);
}
