"use server";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { saveOwnSynonymGroups } from "@/lib/search/synonym-groups";
import { retryStuckIndexing } from "@/lib/search/outbox-status";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { errorQuery, field, redirectAction, stateAction } from "@/lib/server-action";
import type { SynonymFormState } from "@/components/admin/synonym-form-state";

export async function saveSynonymsAction(_previous: SynonymFormState, formData: FormData): Promise<SynonymFormState> {
  return stateAction<SynonymFormState>(formData, {
    run: async (viewer, form) => {
      const groups = await saveOwnSynonymGroups(viewer, field(form, "synonyms"));
      revalidatePath("/verwaltung/suche");
      return { saved: groups.length, text: groups.map((group) => group.join(", ")).join("\n") };
    },
    failed: (failure, form) => ({ error: failure.message, text: form ? field(form, "synonyms") : "" }),
  });
}

/** "Erneut versuchen" for search index entries that are stuck. */
export async function retryIndexingAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer) => {
      await retryStuckIndexing(viewer);
      after(drainSearchOutboxQuietly);
      return "/verwaltung/suche";
    },
    failed: (failure) => `/verwaltung/suche?${errorQuery(failure)}`,
    finally: () => revalidatePath("/verwaltung/suche"),
  });
}
