"use server";
import { revalidatePath } from "next/cache";
import { setVerbundApproverRole, setVerbundParticipation } from "@/lib/verbund/participation";
import { saveTaskMappings } from "@/lib/verbund/task-mapping";
import { errorQuery, field, redirectAction, safeReturnPath } from "@/lib/server-action";

/** Admins: join or leave the Verbund. */
export async function setVerbundParticipationAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const member = field(form, "member") === "1";
      await setVerbundParticipation(viewer, { member });
      return `/verwaltung/verbund?gespeichert=${member ? "beigetreten" : "ausgetreten"}`;
    },
    failed: (failure) => `/verwaltung/verbund?${errorQuery(failure)}`,
    finally: () => revalidatePath("/verbund"),
  });
}

/**
 * Saves the mapping choices of one page of tasks ("zuordnung-<taskId>" = catalogue
 * entry id or empty), then returns to the same page and filter.
 */
export async function saveTaskMappingsAction(formData: FormData): Promise<void> {
  const back = safeReturnPath(
    formData instanceof FormData ? formData.get("zurueck") : null,
    "/verwaltung/verbund/zuordnen",
    "/verwaltung/verbund/zuordnen",
  );
  const joiner = back.includes("?") ? "&" : "?";
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const mappings = [...form.keys()]
        .filter((name) => name.startsWith("zuordnung-"))
        .map((name) => ({ taskId: name.slice("zuordnung-".length), catalogTaskId: field(form, name) || null }));
      const { changed } = await saveTaskMappings(viewer, { mappings });
      return `${back}${joiner}gespeichert=${changed}`;
    },
    failed: (failure) => `${back}${joiner}${errorQuery(failure)}`,
    finally: () => revalidatePath("/verwaltung/verbund/zuordnen"),
  });
}

/** Admins: names the role that may approve sharing besides them. */
export async function setVerbundApproverRoleAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => {
      await setVerbundApproverRole(viewer, { role: field(form, "role") });
      return "/verwaltung/verbund?gespeichert=freigaberolle";
    },
    failed: (failure) => `/verwaltung/verbund?${errorQuery(failure)}`,
  });
}
