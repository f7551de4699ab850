"use server";
import { redirect } from "next/navigation";
import { changeOwnPassword, requestPasswordReset, setPasswordWithLink } from "@/lib/accounts/passwords";
import { currentSessionId } from "@/lib/auth/current-viewer";
import { field, publicStateAction, stateAction } from "@/lib/server-action";
import type { PasswordFormState } from "@/components/auth/password-form-state";

const failed = (failure: { message: string; fieldErrors: Record<string, string[]> }): PasswordFormState => ({
  error: failure.message,
  fieldErrors: failure.fieldErrors,
});

export async function setPasswordAction(token: string, _previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const state = await publicStateAction<PasswordFormState>(formData, {
    run: async (form) => {
      await setPasswordWithLink(token, { password: field(form, "password"), confirm: field(form, "confirm") });
      return { fieldErrors: {}, done: "ok" };
    },
    failed,
  });
  if (state.done) redirect("/login?passwort=gesetzt");
  return state;
}

export async function forgotPasswordAction(_previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  return publicStateAction<PasswordFormState>(formData, {
    run: async (form) => ({ fieldErrors: {}, done: (await requestPasswordReset({ email: field(form, "email") })).message }),
    failed,
  });
}

export async function changePasswordAction(_previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  return stateAction<PasswordFormState>(formData, {
    run: async (viewer, form) => {
      await changeOwnPassword(viewer, await currentSessionId(), {
        current: field(form, "current"),
        password: field(form, "password"),
        confirm: field(form, "confirm"),
      });
      return { fieldErrors: {}, done: "Ihr Passwort ist geändert. Angemeldete Sitzungen auf anderen Geräten sind beendet." };
    },
    failed,
  });
}
