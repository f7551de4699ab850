"use server";
import { revalidatePath } from "next/cache";
import { createAccount, updateAccount } from "@/lib/org/user-accounts";
import { startPasswordReset } from "@/lib/accounts/passwords";
import type { PasswordResetState } from "@/components/admin/password-reset-button";
import { field, redirectBackAction, stateAction } from "@/lib/server-action";
import type { AccountCreateState } from "@/components/admin/account-create-form";

const valuesOf = (form: FormData) => ({
  email: field(form, "email"),
  displayName: field(form, "displayName"),
  role: field(form, "role"),
  leadUnitIds: form.getAll("leadUnitIds").map(String),
  personId: field(form, "personId"),
});

export async function createAccountAction(_previous: AccountCreateState, formData: FormData): Promise<AccountCreateState> {
  return stateAction<AccountCreateState>(formData, {
    run: async (viewer, form) => {
      const values = valuesOf(form);
      const { mailed, invitationLink } = await createAccount(viewer, values);
      revalidatePath("/verwaltung/konten");
      return { fieldErrors: {}, created: { email: values.email.trim().toLowerCase(), mailed, invitationLink } };
    },
    failed: (failure, form) => ({ error: failure.message, fieldErrors: failure.fieldErrors, values: form ? valuesOf(form) : undefined }),
  });
}

export async function updateAccountAction(formData: FormData): Promise<void> {
  await redirectBackAction(formData, {
    back: (_form, query) => `/verwaltung/konten?${query}`,
    success: "gespeichert=1",
    run: (viewer, form) =>
      updateAccount(viewer, {
        id: form.get("id"),
        role: form.get("role"),
        active: form.get("active") === "on",
        leadUnitIds: form.getAll("leadUnitIds").map(String),
        personId: field(form, "personId"),
      }),
    finally: () => revalidatePath("/verwaltung/konten"),
  });
}

export async function startPasswordResetAction(_previous: PasswordResetState, formData: FormData): Promise<PasswordResetState> {
  return stateAction<PasswordResetState>(formData, {
    run: async (viewer, form) => startPasswordReset(viewer, form.get("id")),
    failed: (failure) => ({ error: failure.message }),
  });
}
