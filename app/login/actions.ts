"use server";
import { findSingleSignOn } from "@/lib/auth/oidc";
import { field, publicStateAction } from "@/lib/server-action";

export interface SingleSignOnState {
  providerId?: string;
  error?: string;
}

/** "Weiter": which municipality's sign-on service is responsible for this address. */
export async function findSingleSignOnAction(_previous: SingleSignOnState, formData: FormData): Promise<SingleSignOnState> {
  return publicStateAction<SingleSignOnState>(formData, {
    run: async (form) => ({ providerId: (await findSingleSignOn(field(form, "email"))).providerId }),
    failed: (failure) => ({ error: failure.message }),
  });
}
