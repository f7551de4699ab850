import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageOrganizationSettings } from "@/lib/auth/policy";
import { governanceSettings } from "@/lib/org/organization-settings";
import { SettingsForm } from "@/components/admin/settings-form";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Einstellungen" };

/** Governance settings of the organization (admins only). */
export default async function SettingsPage() {
  const viewer = await requireViewer();
  if (!canManageOrganizationSettings(viewer)) notFound();
  const settings = await governanceSettings(viewer.organizationId);
  return (
    <>
      <h1>Einstellungen</h1>
      <p>Diese Einstellungen gelten für alle Artikel Ihrer Verwaltung. Jede Änderung wird im Prüfprotokoll festgehalten.</p>
      <SettingsForm initial={settings} action={saveSettingsAction} />
    </>
  );
}
