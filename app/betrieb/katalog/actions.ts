"use server";
import { revalidatePath } from "next/cache";
import { createCatalogueEntry, importCatalogueCsv, setCatalogueEntryActive, updateCatalogueEntry } from "@/lib/verbund/catalogue";
import { errorQuery, field, operatorRedirectAction, operatorStateAction } from "@/lib/server-action";
import type { CatalogueEntryState, CatalogueEntryValues } from "@/components/verbund/catalogue-entry-form";
import type { CatalogueImportState } from "@/components/verbund/catalogue-import-form";

const valuesOf = (form: FormData): CatalogueEntryValues => ({
  productArea: field(form, "productArea"),
  title: field(form, "title"),
  description: field(form, "description"),
  legalBasis: field(form, "legalBasis"),
  serviceKey: field(form, "serviceKey"),
});

export async function createCatalogueEntryAction(_previous: CatalogueEntryState, formData: FormData): Promise<CatalogueEntryState> {
  return operatorStateAction<CatalogueEntryState>(formData, {
    run: async (operator, form) => {
      const { key } = await createCatalogueEntry(operator, valuesOf(form));
      revalidatePath("/betrieb/katalog");
      return { fieldErrors: {}, done: `Die Musteraufgabe ${key} ist angelegt.` };
    },
    failed: (failure, form) => ({ error: failure.message, fieldErrors: failure.fieldErrors, values: form ? valuesOf(form) : undefined }),
  });
}

export async function updateCatalogueEntryAction(_previous: CatalogueEntryState, formData: FormData): Promise<CatalogueEntryState> {
  return operatorStateAction<CatalogueEntryState>(formData, {
    run: async (operator, form) => {
      await updateCatalogueEntry(operator, { id: field(form, "id"), ...valuesOf(form) });
      revalidatePath("/betrieb/katalog");
      return { fieldErrors: {}, done: "Die Änderung ist gespeichert." };
    },
    failed: (failure, form) => ({ error: failure.message, fieldErrors: failure.fieldErrors, values: form ? valuesOf(form) : undefined }),
  });
}

export async function setCatalogueEntryActiveAction(formData: FormData): Promise<void> {
  await operatorRedirectAction(formData, {
    run: async (operator, form) => {
      const active = field(form, "active") === "1";
      await setCatalogueEntryActive(operator, { id: field(form, "id"), active });
      return `/betrieb/katalog?gespeichert=${active ? "aktiviert" : "stillgelegt"}`;
    },
    failed: (failure) => `/betrieb/katalog?${errorQuery(failure)}`,
    finally: () => revalidatePath("/betrieb/katalog"),
  });
}

const MAX_BYTES = 2_000_000;

export async function importCatalogueAction(_previous: CatalogueImportState, formData: FormData): Promise<CatalogueImportState> {
  return operatorStateAction<CatalogueImportState>(formData, {
    run: async (operator, form) => {
      const file = form.get("datei");
      if (!(file instanceof File) || file.size === 0) return { error: "Bitte wählen Sie eine CSV-Datei aus." };
      if (file.size > MAX_BYTES) return { error: "Die Datei ist zu groß (höchstens 2 MB)." };
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        return { error: "Die Datei ist nicht in UTF-8 gespeichert. Bitte speichern Sie sie als „CSV UTF-8“." };
      }
      const result = await importCatalogueCsv(operator, text);
      revalidatePath("/betrieb/katalog");
      return { done: `Übernommen: ${result.created} neu, ${result.updated} geändert, ${result.unchanged} unverändert.` };
    },
    failed: (failure) => ({ error: failure.message, lines: failure.fieldErrors.datei }),
  });
}
