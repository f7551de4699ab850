"use server";
import { after } from "next/server";
import { handOverOwnership } from "@/lib/knowledge/ownership-handover";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { errorQuery, redirectAction } from "@/lib/server-action";

/** Moves all articles of one person to another; the result is shown after the redirect. */
export async function handOverAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const { moved } = await handOverOwnership(viewer, { fromUserId: form.get("fromUserId"), toUserId: form.get("toUserId") });
      return `/verwaltung/uebergabe?uebertragen=${moved}`;
    },
    failed: (failure) => `/verwaltung/uebergabe?${errorQuery(failure)}`,
    finally: () => after(drainSearchOutboxQuietly),
  });
}
