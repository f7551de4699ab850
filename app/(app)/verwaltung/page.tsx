import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import {
  canHandOverOwnership,
  canImportOrganizationData,
  canManageAccounts,
  canManageOrganizationSettings,
  canManageSearchSettings,
  canManageTemplates,
  canManageVerbundParticipation,
  canMapCatalogueTasks,
  canPlanDeputyships,
  canSeeKnowledgeSignals,
  canShapeOnboardingPaths,
} from "@/lib/auth/policy";

export const metadata: Metadata = { title: "Verwaltung" };

/** Overview of the administration pages the viewer may use. */
export default async function AdministrationPage() {
  const viewer = await requireViewer();
  const pages = [
    {
      href: "/verwaltung/konten",
      title: "Konten und Rollen",
      text: "Konten anlegen, Rollen und geleitete Einheiten festlegen, Konten sperren.",
      allowed: canManageAccounts(viewer),
    },
    {
      href: "/verwaltung/anmeldung",
      title: "Anmeldung, Verzeichnis und Anmeldedienst",
      text: "Anmeldung über Active Directory / LDAP oder Keycloak / Entra ID, E-Mail-Domains, lokale Passwörter und Notfallzugang.",
      allowed: canManageAccounts(viewer),
    },
    {
      href: "/verwaltung/protokoll",
      title: "Prüfprotokoll",
      text: "Wer hat wann was getan – filtern nach Person, Aktion, Datensatz und Zeitraum, Export als CSV.",
      allowed: canManageAccounts(viewer),
    },
    {
      href: "/verwaltung/barrierefreiheit",
      title: "Meldungen zur Barrierefreiheit",
      text: "Was über das Formular der Erklärung zur Barrierefreiheit gemeldet wurde.",
      allowed: canManageAccounts(viewer),
    },
    {
      href: "/verwaltung/gesamtexport",
      title: "Gesamtexport herunterladen",
      text: "Das ganze Wissen der Kommune als ZIP: Artikel als HTML und Markdown mit Anhängen, Organisationsdaten als CSV.",
      allowed: canManageAccounts(viewer),
    },
    {
      href: "/verwaltung/einstellungen",
      title: "Einstellungen",
      text: "Vier-Augen-Prinzip, Prüfintervall, Kenntnisnahme.",
      allowed: canManageOrganizationSettings(viewer),
    },
    {
      href: "/verwaltung/vorlagen",
      title: "Vorlagen",
      text: "Vorlagen für neue Artikel bearbeiten und je Organisationseinheit eine Standardvorlage festlegen.",
      allowed: canManageTemplates(viewer),
    },
    {
      href: "/verwaltung/stammdaten/aufgaben",
      title: "Aufgaben, Beschäftigte, Stellen und Einheiten",
      text: "Aufgabenkatalog mit Kritikalität, Zuständigkeit und Vertretungsreihenfolge; Beschäftigte mit Eintritt und geplantem Austritt; Stellen; Einheitenbaum.",
      allowed: canImportOrganizationData(viewer),
    },
    {
      href: "/verwaltung/verbund",
      title: "Wissensverbund",
      text: "Teilnahme am Verbund der Kommunen dieser Installation und Zuordnung der eigenen Aufgaben zu den Musteraufgaben.",
      allowed: canManageVerbundParticipation(viewer) || canMapCatalogueTasks(viewer),
    },
    {
      href: "/verwaltung/import",
      title: "Import und Export",
      text: "Einheiten, Stellen, Beschäftigte und Aufgaben als CSV übernehmen oder exportieren.",
      allowed: canImportOrganizationData(viewer),
    },
    {
      href: "/verwaltung/uebergabe",
      title: "Artikel übertragen",
      text: "Alle Artikel einer Person an eine andere übergeben, z. B. beim Ausscheiden.",
      allowed: canHandOverOwnership(viewer),
    },
    {
      href: "/einarbeitung/wege",
      title: "Einarbeitungswege",
      text: "Reihenfolge, Aufgaben, Artikel und Ansprechpersonen des Einarbeitungswegs je Stelle; Glossar je Einheit.",
      allowed: canShapeOnboardingPaths(viewer),
    },
    {
      href: "/vertretung/planen",
      title: "Vertretungen planen",
      text: "Festlegen, wer wen in welchem Zeitraum vertritt.",
      allowed: canPlanDeputyships(viewer),
    },
    {
      href: "/wissensluecken",
      title: "Wissenslücken und Suchen ohne Treffer",
      text: "Gemeldete Lücken beantworten, Suchen ohne Treffer ansehen.",
      allowed: canSeeKnowledgeSignals(viewer),
    },
    {
      href: "/verwaltung/suche",
      title: "Suche verwalten",
      text: "Eigene Suchbegriffe (Synonyme) und Zustand des Suchindex.",
      allowed: canManageSearchSettings(viewer),
    },
  ].filter((page) => page.allowed);
  if (pages.length === 0) notFound();
  return (
    <>
      <h1>Verwaltung</h1>
      <ul className="article-list">
        {pages.map((page) => (
          <li key={page.href}>
            {/* A download is a plain link: client navigation would try to render the zip as a page. */}
            {page.href.endsWith("gesamtexport") ? (
              <a href={page.href} download>
                {page.title} (ZIP)
              </a>
            ) : (
              <Link href={page.href}>{page.title}</Link>
            )}
            <p className="meta">{page.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
