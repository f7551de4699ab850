"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { createAccount, updateAccount } from "@/lib/org/user-accounts";
import { DomainError, userMessageOf } from "@/lib/errors";
import type { AccountCreateState } from "@/components/admin/account-create-form";

export async function createAccountAction(_previous: AccountCreateState, formData: FormData): Promise<AccountCreateState> {
  const values = {
    email: String(formData.get("email") ?? ""), displayName: String(formData.get("displayName") ?? ""), role: String(formData.get("role") ?? ""),
    leadUnitIds: formData.getAll("leadUnitIds").map(String), personId: String(formData.get("personId") ?? ""),
  };
  const viewer = await currentViewer();
  if (!viewer) return { error: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.", fieldErrors: {}, values };
  try {
    const { oneTimePassword } = await createAccount(viewer, values);
    revalidatePath("/verwaltung/konten");
    return { fieldErrors: {}, created: { email: values.email.trim().toLowerCase(), oneTimePassword } };
  } catch (error) {
    return { error: userMessageOf(error), fieldErrors: error instanceof DomainError ? error.fieldErrors : {}, values };
  }
}

export async function updateAccountAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  let outcome = "gespeichert=1";
  try {
    await updateAccount(viewer, {
      id: formData.get("id"), role: formData.get("role"), active: formData.get("active") === "on",
      leadUnitIds: formData.getAll("leadUnitIds").map(String), personId: String(formData.get("personId") ?? ""),
    });
  } catch (error) {
    const details = error instanceof DomainError ? Object.values(error.fieldErrors).flat().join(" ") : "";
    outcome = `fehler=${encodeURIComponent(`${userMessageOf(error)} ${details}`.trim())}`;
  }
  revalidatePath("/verwaltung/konten");
  redirect(`/verwaltung/konten?${outcome}`);
}
