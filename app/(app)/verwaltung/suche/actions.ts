"use server";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { saveOwnSynonymGroups } from "@/lib/search/synonym-groups";
import { retryStuckIndexing } from "@/lib/search/outbox-status";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { userMessageOf } from "@/lib/errors";
import type { SynonymFormState } from "@/components/admin/synonym-form-state";

export async function saveSynonymsAction(_previous: SynonymFormState, formData: FormData): Promise<SynonymFormState> {
  const text = String(formData.get("synonyms") ?? "");
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.", text };
  try {
    const groups = await saveOwnSynonymGroups(viewer, text);
    revalidatePath("/verwaltung/suche");
    return { saved: groups.length, text: groups.map((group) => group.join(", ")).join("\n") };
  } catch (error) {
    return { error: userMessageOf(error), text };
  }
}

export async function retryIndexingAction(): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) return;
  await retryStuckIndexing(viewer);
  after(drainSearchOutboxQuietly);
  revalidatePath("/verwaltung/suche");
}
