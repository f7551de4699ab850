"use server";
import { revalidatePath } from "next/cache";
import { saveKnowledgeCheck, startKnowledgeCheck } from "@/lib/knowledge-check/checks";
import { addMeasure, deleteMeasure, updateMeasure } from "@/lib/knowledge-check/measures";
import { TARGET_FIELDS } from "@/lib/knowledge-check/target-fields";
import { errorQuery, field, redirectAction } from "@/lib/server-action";

/** HR or lead: starts (or reopens) the check of a unit. */
export async function startKnowledgeCheckAction(formData: FormData): Promise<void> {
  await redirectAction(formData, {
    run: async (viewer, form) => `/wissens-check/${(await startKnowledgeCheck(viewer, { unitId: field(form, "unitId") })).id}`,
    failed: (failure) => `/wissens-check?${errorQuery(failure)}`,
  });
}

/** Saves the levels ("stufe-<field>", "begruendung-<field>"); "abschliessen" completes the check. */
export async function saveKnowledgeCheckAction(formData: FormData): Promise<void> {
  const id = formData instanceof FormData ? field(formData, "id") : "";
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const ratings = Object.fromEntries(
        TARGET_FIELDS.map((target) => {
          const level = field(form, `stufe-${target.key}`);
          return [target.key, { level: level === "" ? null : Number(level), reason: field(form, `begruendung-${target.key}`) }];
        }),
      );
      const { completed } = await saveKnowledgeCheck(viewer, { id, ratings, complete: field(form, "abschliessen") === "1" });
      return completed ? `/wissens-check/${id}/bericht?abgeschlossen=1` : `/wissens-check/${id}?gespeichert=1`;
    },
    failed: (failure) => `/wissens-check/${id}?${errorQuery(failure)}`,
    finally: () => revalidatePath("/wissens-check"),
  });
}

const measureValues = (form: FormData) => ({
  title: field(form, "title"),
  responsibleRole: field(form, "responsibleRole"),
  targetQuarter: field(form, "targetQuarter"),
});

/** Changes, adds or removes a measure of the plan, back on the report. */
export async function changeMeasureAction(formData: FormData): Promise<void> {
  const checkId = formData instanceof FormData ? field(formData, "checkId") : "";
  await redirectAction(formData, {
    run: async (viewer, form) => {
      const operation = field(form, "operation");
      if (operation === "add") await addMeasure(viewer, { checkId, fieldKey: field(form, "fieldKey"), ...measureValues(form) });
      else if (operation === "delete") await deleteMeasure(viewer, { id: field(form, "id") });
      else await updateMeasure(viewer, { id: field(form, "id"), status: field(form, "status"), ...measureValues(form) });
      return `/wissens-check/${checkId}/bericht?plan=${operation}#plan`;
    },
    failed: (failure) => `/wissens-check/${checkId}/bericht?${errorQuery(failure)}#plan`,
  });
}
