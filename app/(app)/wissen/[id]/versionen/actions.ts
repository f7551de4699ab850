"use server";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { restoreRevision } from "@/lib/knowledge/revision-history";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { errorQuery, field, isRecordId, redirectAction } from "@/lib/server-action";

/** "Diese Version wiederherstellen": a new version with the old content. */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const articleId = field(form, "articleId");
      await restoreRevision(viewer, { articleId, version: form.get("version"), restoreVersion: form.get("restoreVersion") });
      return `/wissen/${articleId}?gespeichert=1`;
    },
    failed: (failure, form) => {
      const articleId = field(form, "articleId");
      return isRecordId(articleId) ? `/wissen/${articleId}/versionen?${errorQuery(failure)}` : "/";
    },
    finally: (form) => {
      after(drainSearchOutboxQuietly);
      revalidatePath(`/wissen/${field(form, "articleId")}`);
    },
  });
}
