import { requireViewer } from "@/lib/auth/current-viewer";
import { canCreateArticle, canImportOrganizationData, canManageSearchSettings, cockpitScope } from "@/lib/auth/policy";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/env";
import { roleLabelOf } from "@/lib/auth/role-labels";
import { SiteHeader } from "@/components/layout/site-header";
import { unreadNotificationCount } from "@/lib/notifications/notifications";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  if (viewer.mustChangePassword) redirect("/konto/passwort");
  const unreadNotifications = await unreadNotificationCount(viewer);
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <SiteHeader
        displayName={viewer.displayName}
        organizationName={viewer.organizationName}
        roleLabel={roleLabelOf(viewer)}
        canCreate={canCreateArticle(viewer)}
        canAdmin={canManageSearchSettings(viewer) || canImportOrganizationData(viewer)}
        canSeeCockpit={cockpitScope(viewer) !== null}
        demo={getEnv().DIGICHECK_DEMO}
        unreadNotifications={unreadNotifications}
      />
      <main id="inhalt" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <Link href="/barrierefreiheit">Erklärung zur Barrierefreiheit</Link>
      </footer>
    </>
  );
}
