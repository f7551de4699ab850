"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { handInInterview, saveInterviewAnswers } from "@/lib/journeys/interview";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { callAction, errorQuery, field, redirectAction } from "@/lib/server-action";

const timeFormat = new Intl.DateTimeFormat("de-DE", { timeStyle: "short", timeZone: "Europe/Berlin" });
const saveArguments = z.tuple([z.string(), z.record(z.string(), z.string())]);

/** Saves the interview answers so far (called from script when a field is left). */
export async function saveInterviewAction(taskId: string, answers: Record<string, string>): Promise<{ ok: boolean; message: string }> {
  return callAction<[string, Record<string, string>], { ok: boolean; message: string }>([taskId, answers], {
    schema: saveArguments,
    run: async (viewer, [id, given]) => {
      const { updatedAt } = await saveInterviewAnswers(viewer, id, given);
      return { ok: true, message: `Gespeichert um ${timeFormat.format(updatedAt)} Uhr.` };
    },
    failed: (failure) => ({ ok: false, message: failure.message }),
  });
}

/** "Zur Prüfung übergeben": creates the Austrittswissen draft and opens it. */
export async function handInInterviewAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const { articleId } = await handInInterview(viewer, field(form, "taskId"));
      return `/wissen/${articleId}?gespeichert=1`;
    },
    failed: (failure, form) => `/mein-wissen/aufgabe/${encodeURIComponent(field(form, "taskId"))}?${errorQuery(failure)}`,
    finally: () => {
      after(drainSearchOutboxQuietly);
      revalidatePath("/mein-wissen");
    },
  });
}
