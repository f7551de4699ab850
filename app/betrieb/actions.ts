"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentOperator } from "@/lib/operator/current-operator";
import type { OperatorPrincipal } from "@/lib/operator/current-operator";
import {
  createMunicipality,
  inviteMunicipalityAdmin,
  liftLoginBlock,
  renameMunicipality,
  setMunicipalityActive,
} from "@/lib/operator/console";
import { DomainError, userMessageOf } from "@/lib/errors";
import { field, MALFORMED_REQUEST, SESSION_EXPIRED } from "@/lib/server-action";
import type { InviteAdminState } from "@/components/operator/invite-admin-form";
import type { PasswordFormState } from "@/components/auth/password-form-state";
import { changeOperatorPassword } from "@/lib/accounts/passwords";
import { currentSessionId } from "@/lib/auth/current-viewer";

/**
 * The console's actions: the same shape as lib/server-action.ts, with an
 * operator instead of a viewer (a municipal session gets the session message).
 */
async function operatorAction(rawFormData: unknown, run: (operator: OperatorPrincipal, form: FormData) => Promise<string>): Promise<never> {
  const parsed = z.instanceof(FormData).safeParse(rawFormData);
  if (!parsed.success) redirect(`/betrieb?fehler=${encodeURIComponent(MALFORMED_REQUEST)}`);
  const operator = await currentOperator();
  if (!operator) redirect("/betrieb/anmelden");
  let target: string;
  try {
    target = await run(operator, parsed.data);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    target = `/betrieb?fehler=${encodeURIComponent(userMessageOf(error))}`;
  }
  revalidatePath("/betrieb");
  redirect(target);
}

export async function createMunicipalityAction(formData: FormData): Promise<void> {
  await operatorAction(formData, async (operator, form) => {
    await createMunicipality(operator, { name: field(form, "name"), slug: field(form, "slug") });
    return "/betrieb?gespeichert=angelegt";
  });
}

export async function renameMunicipalityAction(formData: FormData): Promise<void> {
  await operatorAction(formData, async (operator, form) => {
    await renameMunicipality(operator, { id: field(form, "id"), name: field(form, "name") });
    return "/betrieb?gespeichert=umbenannt";
  });
}

export async function setMunicipalityActiveAction(formData: FormData): Promise<void> {
  await operatorAction(formData, async (operator, form) => {
    const active = field(form, "active") === "1";
    await setMunicipalityActive(operator, { id: field(form, "id"), active });
    return `/betrieb?gespeichert=${active ? "eingeschaltet" : "abgeschaltet"}`;
  });
}

export async function liftLoginBlockAction(formData: FormData): Promise<void> {
  await operatorAction(formData, async (operator, form) => {
    await liftLoginBlock(operator, field(form, "key"));
    return "/betrieb?gespeichert=sperre";
  });
}

export async function inviteAdminAction(_previous: InviteAdminState, formData: FormData): Promise<InviteAdminState> {
  const operator = await currentOperator();
  if (!operator) return { error: SESSION_EXPIRED, fieldErrors: {} };
  if (!(formData instanceof FormData)) return { error: MALFORMED_REQUEST, fieldErrors: {} };
  try {
    const result = await inviteMunicipalityAdmin(operator, {
      organizationId: field(formData, "organizationId"),
      email: field(formData, "email"),
      displayName: field(formData, "displayName"),
    });
    revalidatePath("/betrieb");
    return { fieldErrors: {}, done: { email: field(formData, "email").trim().toLowerCase(), ...result } };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { error: userMessageOf(error), fieldErrors: error.fieldErrors };
  }
}

export async function changeOperatorPasswordAction(_previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const operator = await currentOperator();
  if (!operator) return { error: SESSION_EXPIRED, fieldErrors: {} };
  if (!(formData instanceof FormData)) return { error: MALFORMED_REQUEST, fieldErrors: {} };
  try {
    await changeOperatorPassword(operator, await currentSessionId(), {
      current: field(formData, "current"),
      password: field(formData, "password"),
      confirm: field(formData, "confirm"),
    });
    return { fieldErrors: {}, done: "Ihr Passwort ist geändert. Angemeldete Sitzungen auf anderen Geräten sind beendet." };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { error: userMessageOf(error), fieldErrors: error.fieldErrors };
  }
}
