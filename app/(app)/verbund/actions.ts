"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { proposeSharing, decideSharing } from "@/lib/verbund/sharing";
import { acknowledgeAdoptionUpdate, adoptSharedInstruction } from "@/lib/verbund/adoption";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { errorQuery, field, redirectAction } from "@/lib/server-action";

/** Owner/editor: proposes the article for the Verbund ("name-<n>" = name, "entscheidung-<n>" = entfernen|behalten). */
export async function proposeSharingAction(formData: FormData): Promise<void> {
  const articleId = formData instanceof FormData ? field(formData, "articleId") : "";
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const names: Record<string, string> = {};
      for (const key of form.keys()) {
        if (key.startsWith("name-")) names[field(form, key)] = field(form, `entscheidung-${key.slice(5)}`);
      }
      await proposeSharing(viewer, {
        articleId,
        catalogTaskId: field(form, "catalogTaskId"),
        licence: field(form, "licence"),
        contactRole: field(form, "contactRole"),
        names,
      });
      return `/wissen/${articleId}/teilen?vorgeschlagen=1`;
    },
    // The typed contact role comes back with the message, so a refused proposal loses nothing.
    failed: (failure, form) =>
      `/wissen/${articleId}/teilen?${errorQuery(failure)}&rolle=${encodeURIComponent(field(form, "contactRole").slice(0, 200))}`,
  });
}

/** Admins: approve, reject or withdraw. */
export async function decideSharingAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const decision = field(form, "decision");
      await decideSharing(viewer, { id: field(form, "id"), decision });
      return `/verwaltung/verbund?gespeichert=${decision}`;
    },
    failed: (failure) => `/verwaltung/verbund?${errorQuery(failure)}`,
    finally: () => revalidatePath("/verbund"),
  });
}

/** Writers: takes a shared instruction over as a draft and opens it in the editor. */
export async function adoptSharedInstructionAction(formData: FormData): Promise<void> {
  const id = formData instanceof FormData ? field(formData, "id") : "";
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const { articleId } = await adoptSharedInstruction(viewer, { id, taskId: field(form, "taskId") });
      return `/wissen/${articleId}/bearbeiten`;
    },
    failed: (failure) => `/verbund/anleitungen/${id}?${errorQuery(failure)}`,
    finally: () => after(drainSearchOutboxQuietly),
  });
}

/** After working the changes of a newer shared version in. */
export async function acknowledgeAdoptionUpdateAction(formData: FormData): Promise<void> {
  const articleId = formData instanceof FormData ? field(formData, "articleId") : "";
  await redirectAction(formData, {
    run: async (viewer) => {
      await acknowledgeAdoptionUpdate(viewer, { articleId });
      return `/wissen/${articleId}`;
    },
    failed: (failure) => `/wissen/${articleId}/verbund-aenderungen?${errorQuery(failure)}`,
  });
}
