"use server";
import { revalidatePath } from "next/cache";
import { saveSignInSettings, signInValuesOf as valuesOf, testDirectoryConnection } from "@/lib/org/sign-in-settings";
import { stateAction } from "@/lib/server-action";
import type { SignInFormState } from "@/components/admin/sign-in-form";

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
      values: form ? { ...valuesOf(form), ldapBindPassword: "", oidcClientSecret: "" } : undefined,
    }),
  });
}

export async function testDirectoryAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  return stateAction<SignInFormState>(formData, {
    run: async (viewer) => ({ fieldErrors: {}, message: await testDirectoryConnection(viewer) }),
    failed: (failure) => ({ error: failure.message, fieldErrors: {} }),
  });
}
