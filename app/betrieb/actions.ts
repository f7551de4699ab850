"use server";
import { revalidatePath } from "next/cache";
import {
  createMunicipality,
  inviteMunicipalityAdmin,
  liftLoginBlock,
  renameMunicipality,
  setMunicipalityActive,
} from "@/lib/operator/console";
import { changeOperatorPassword } from "@/lib/accounts/passwords";
import { currentSessionId } from "@/lib/auth/current-viewer";
import type { OperatorPrincipal } from "@/lib/operator/current-operator";
import { errorQuery, field, operatorRedirectAction, operatorStateAction } from "@/lib/server-action";
import type { InviteAdminState } from "@/components/operator/invite-admin-form";
import type { PasswordFormState } from "@/components/auth/password-form-state";
import type { SignInFormState } from "@/components/admin/sign-in-form";
import { saveSignInSettingsForOperator, signInValuesOf, testDirectoryConnectionForOperator } from "@/lib/org/sign-in-settings";

/** A console button: one change, then back to the console with a success key or the German message. */
function consoleAction(formData: FormData, run: (operator: OperatorPrincipal, form: FormData) => Promise<string>): Promise<never> {
  return operatorRedirectAction(formData, {
    run: async (operator, form) => `/betrieb?gespeichert=${await run(operator, form)}`,
    failed: (failure) => `/betrieb?${errorQuery(failure)}`,
    finally: () => revalidatePath("/betrieb"),
  });
}

export async function createMunicipalityAction(formData: FormData): Promise<void> {
  await consoleAction(formData, async (operator, form) => {
    await createMunicipality(operator, { name: field(form, "name"), slug: field(form, "slug") });
    return "angelegt";
  });
}

export async function renameMunicipalityAction(formData: FormData): Promise<void> {
  await consoleAction(formData, async (operator, form) => {
    await renameMunicipality(operator, { id: field(form, "id"), name: field(form, "name") });
    return "umbenannt";
  });
}

export async function setMunicipalityActiveAction(formData: FormData): Promise<void> {
  await consoleAction(formData, async (operator, form) => {
    const active = field(form, "active") === "1";
    await setMunicipalityActive(operator, { id: field(form, "id"), active });
    return active ? "eingeschaltet" : "abgeschaltet";
  });
}

export async function liftLoginBlockAction(formData: FormData): Promise<void> {
  await consoleAction(formData, async (operator, form) => {
    await liftLoginBlock(operator, field(form, "key"));
    return "sperre";
  });
}

export async function inviteAdminAction(_previous: InviteAdminState, formData: FormData): Promise<InviteAdminState> {
  return operatorStateAction<InviteAdminState>(formData, {
    run: async (operator, form) => {
      const result = await inviteMunicipalityAdmin(operator, {
        organizationId: field(form, "organizationId"),
        email: field(form, "email"),
        displayName: field(form, "displayName"),
      });
      revalidatePath("/betrieb");
      return { fieldErrors: {}, done: { email: field(form, "email").trim().toLowerCase(), ...result } };
    },
    failed: (failure) => ({ error: failure.message, fieldErrors: failure.fieldErrors }),
  });
}

export async function changeOperatorPasswordAction(_previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  return operatorStateAction<PasswordFormState>(formData, {
    run: async (operator, form) => {
      await changeOperatorPassword(operator, await currentSessionId(), {
        current: field(form, "current"),
        password: field(form, "password"),
        confirm: field(form, "confirm"),
      });
      return { fieldErrors: {}, done: "Ihr Passwort ist geändert. Angemeldete Sitzungen auf anderen Geräten sind beendet." };
    },
    failed: (failure) => ({ error: failure.message, fieldErrors: failure.fieldErrors }),
  });
}

export async function saveMunicipalitySignInAction(
  organizationId: string,
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  return operatorStateAction<SignInFormState>(formData, {
    run: async (operator, form) => {
      await saveSignInSettingsForOperator(operator, organizationId, signInValuesOf(form));
      revalidatePath(`/betrieb/kommunen/${organizationId}/anmeldung`);
      return { fieldErrors: {}, message: "Die Anmeldung der Kommune ist gespeichert." };
    },
    failed: (failure, form) => ({
      error: failure.message,
      fieldErrors: failure.fieldErrors,
      values: form ? { ...signInValuesOf(form), ldapBindPassword: "", oidcClientSecret: "" } : undefined,
    }),
  });
}

export async function testMunicipalityDirectoryAction(
  organizationId: string,
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  return operatorStateAction<SignInFormState>(formData, {
    run: async (operator) => ({ fieldErrors: {}, message: await testDirectoryConnectionForOperator(operator, organizationId) }),
    failed: (failure) => ({ error: failure.message, fieldErrors: {} }),
  });
}
