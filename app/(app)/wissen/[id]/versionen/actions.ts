"use server";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { restoreRevision } from "@/lib/knowledge/revision-history";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { DomainError, userMessageOf } from "@/lib/errors";

/** "Diese Version wiederherstellen": a new version with the old content. */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  const articleId = String(formData.get("articleId") ?? "");
  let target: string;
  try {
    await restoreRevision(viewer, { articleId, version: formData.get("version"), restoreVersion: formData.get("restoreVersion") });
    target = `/wissen/${articleId}?gespeichert=1`;
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") throw error;
    target = `/wissen/${articleId}/versionen?fehler=${encodeURIComponent(userMessageOf(error))}`;
  }
  after(drainSearchOutboxQuietly);
  revalidatePath(`/wissen/${articleId}`);
  redirect(target);
}
