import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canManageOrganizationSettings } from "../auth/policy";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { checkboxSchema, fieldErrorsOf } from "../knowledge/article-input";
import { reviewIntervalSchema } from "../knowledge/review-interval";

export interface GovernanceSettings {
  requireFourEyes: boolean;
  defaultReviewIntervalMonths: number;
  readConfirmationsEnabled: boolean;
  leadsSeeOnboardingProgress: boolean;
}

const settingsSelect = {
  requireFourEyes: true,
  defaultReviewIntervalMonths: true,
  readConfirmationsEnabled: true,
  leadsSeeOnboardingProgress: true,
} as const;

export const governanceSettingsSchema = z.object({
  requireFourEyes: checkboxSchema,
  defaultReviewIntervalMonths: reviewIntervalSchema,
  readConfirmationsEnabled: checkboxSchema,
  leadsSeeOnboardingProgress: checkboxSchema,
});

/**
 * The governance settings of the viewer's organization (every signed-in user's actions depend on them).
 * Memoised per server render (React `cache`); outside a render every call reads afresh.
 */
export const governanceSettings = cache(async (organizationId: string): Promise<GovernanceSettings> =>
  db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: settingsSelect }),
);

/** Saves the settings (admins only); the audit event records old and new values. */
export async function updateGovernanceSettings(viewer: Viewer, raw: unknown): Promise<GovernanceSettings> {
  if (!canManageOrganizationSettings(viewer)) throw forbidden("Nur die Administration darf die Einstellungen ändern.");
  const parsed = governanceSettingsSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: settingsSelect });
    const after = await tx.organization.update({ where: { id: viewer.organizationId }, data: parsed.data, select: settingsSelect });
    await recordAuditEvent(tx, viewer, {
      action: "organization.settings",
      entityType: "Organization",
      entityId: viewer.organizationId,
      data: { before: { ...before }, after: { ...after } },
    });
    return after;
  });
}
