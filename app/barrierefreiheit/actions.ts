"use server";
import { headers } from "next/headers";
import { field, publicStateAction } from "@/lib/server-action";
import { submitAccessibilityFeedback } from "@/lib/org/accessibility-feedback";
import { clientAddress } from "@/lib/http/client-address";
import { getEnv } from "@/lib/env";

export interface AccessibilityFeedbackState {
  error?: string;
  done?: string;
  fieldErrors: Record<string, string[]>;
  values?: Record<string, string>;
}

const valuesOf = (form: FormData) => ({
  organizationId: field(form, "organizationId"),
  message: field(form, "message"),
  name: field(form, "name"),
  email: field(form, "email"),
  pageUrl: field(form, "pageUrl"),
});

/** The contact form of the accessibility statement (no sign-in needed). */
export async function accessibilityFeedbackAction(
  _previous: AccessibilityFeedbackState,
  formData: FormData,
): Promise<AccessibilityFeedbackState> {
  return publicStateAction<AccessibilityFeedbackState>(formData, {
    run: async (form) => {
      const address = clientAddress(await headers(), getEnv().TRUSTED_PROXIES);
      return { fieldErrors: {}, done: await submitAccessibilityFeedback(valuesOf(form), address) };
    },
    // What was typed comes back, so a refused message is not lost.
    failed: (failure, form) => ({ error: failure.message, fieldErrors: failure.fieldErrors, values: form ? valuesOf(form) : undefined }),
  });
}
