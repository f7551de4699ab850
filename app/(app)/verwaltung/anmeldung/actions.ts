"use server";
import { revalidatePath } from "next/cache";
import { saveSignInSettings, testDirectoryConnection } from "@/lib/org/sign-in-settings";
import { field, stateAction } from "@/lib/server-action";
import type { SignInFormState } from "@/components/admin/sign-in-form";

const valuesOf = (form: FormData) => ({
  emailDomains: field(form, "emailDomains"),
  localPasswordsEnabled: form.get("localPasswordsEnabled") === "on",
  breakGlassUserId: field(form, "breakGlassUserId"),
  ldapEnabled: form.get("ldapEnabled") === "on",
  ldapUrl: field(form, "ldapUrl"),
  ldapStartTls: form.get("ldapStartTls") === "on",
  ldapBindDn: field(form, "ldapBindDn"),
  ldapBindPassword: field(form, "ldapBindPassword"),
  ldapUserBase: field(form, "ldapUserBase"),
  ldapUserFilter: field(form, "ldapUserFilter"),
  ldapGroupBase: field(form, "ldapGroupBase"),
  ldapGroupRolesText: field(form, "ldapGroupRolesText"),
});

export async function saveSignInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  return stateAction<SignInFormState>(formData, {
    run: async (viewer, form) => {
      await saveSignInSettings(viewer, valuesOf(form));
      revalidatePath("/verwaltung/anmeldung");
      return { fieldErrors: {}, message: "Die Anmeldung ist gespeichert." };
    },
    // What was typed comes back, so a refused save loses nothing (the password field stays empty).
    failed: (failure, form) => ({
      error: failure.message,
      fieldErrors: failure.fieldErrors,
      values: form ? { ...valuesOf(form), ldapBindPassword: "" } : undefined,
    }),
  });
}

export async function testDirectoryAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  return stateAction<SignInFormState>(formData, {
    run: async (viewer) => ({ fieldErrors: {}, message: await testDirectoryConnection(viewer) }),
    failed: (failure) => ({ error: failure.message, fieldErrors: {} }),
  });
}
