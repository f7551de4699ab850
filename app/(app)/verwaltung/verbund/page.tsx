import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/current-viewer";
import {
  canDecideSharing,
  canManageVerbundParticipation,
  canMapCatalogueTasks,
  canSeeVerbundOverview,
  NAMEABLE_APPROVER_ROLES,
} from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { LICENCES, sharingOfOrganization } from "@/lib/verbund/sharing";
import { decideSharingAction } from "../../verbund/actions";
import { verbundStatus } from "@/lib/verbund/participation";
import { VERBUND_MIN_MUNICIPALITIES } from "@/lib/verbund/verbund-figure";
import { formatDateTime } from "@/lib/format-date";
import { setVerbundApproverRoleAction, setVerbundParticipationAction } from "./actions";
import { FlashMessages } from "@/components/layout/flash-messages";

export const metadata: Metadata = { title: "Wissensverbund – Verwaltung" };

const SAVED: Record<string, string> = {
  freigeben: "Freigegeben: die Kopie ist jetzt im Verbund sichtbar.",
  ablehnen: "Der Vorschlag ist abgelehnt; nichts wurde geteilt.",
  zurueckziehen: "Zurückgezogen: die Anleitung ist nicht mehr im Verbund. Übernommene Entwürfe anderer Kommunen bleiben deren Artikel.",
  beigetreten: "Ihre Kommune nimmt jetzt am Wissensverbund teil.",
  freigaberolle: "Gespeichert: so wird künftig über das Teilen entschieden.",
  ausgetreten: "Ihre Kommune nimmt nicht mehr teil. Ihre Zahlen sind aus allen Verbundzahlen entfernt.",
};

const DECISION_LABELS = { freigeben: "Freigeben", ablehnen: "Ablehnen", zurueckziehen: "Zurückziehen" } as const;

const querySchema = z.object({ gespeichert: z.string().optional().catch(undefined), fehler: z.string().optional().catch(undefined) });

/** The municipality's part in the Verbund: what is shared, joining and leaving (admins), mapping tasks (admins, HR). */
export default async function VerbundAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const status = await verbundStatus(viewer);
  const canDecide = canDecideSharing(viewer, status.approverRole);
  if (!canManageVerbundParticipation(viewer) && !canMapCatalogueTasks(viewer) && !canDecide) notFound();
  const query = querySchema.parse(await searchParams);
  const sharing = canDecide ? await sharingOfOrganization(viewer) : [];
  return (
    <>
      <h1>Wissensverbund</h1>
      <FlashMessages saved={query.gespeichert} error={query.fehler} texts={SAVED} />
      <section className="card" aria-labelledby="verbund-what">
        <h2 id="verbund-what">Was geteilt wird – und was nicht</h2>
        <ul>
          <li>
            Ihre Aufgaben werden Musteraufgaben eines gemeinsamen Katalogs zugeordnet. Für jede Musteraufgabe zählt der Reifegrad Ihrer am
            besten dokumentierten zugeordneten Aufgabe (0 Lücke bis 4 bewährt) in die Verbundzahlen.
          </li>
          <li>
            Andere Kommunen sehen davon nur Zusammenfassungen („12 von 18 Kommunen dokumentiert, Median 3“), und erst, wenn mindestens{" "}
            {VERBUND_MIN_MUNICIPALITIES} andere Kommunen beitragen. Ihr Name, Ihre Aufgaben, Artikel und Beschäftigten werden nie gezeigt.
          </li>
          <li>Sie sehen im Gegenzug dieselben Zusammenfassungen der anderen Kommunen.</li>
          <li>Ein Austritt ist jederzeit möglich; Ihre Zahlen verschwinden dann sofort aus allen Verbundzahlen.</li>
        </ul>
        <p>
          <strong>Stand:</strong>{" "}
          {status.member
            ? `Ihre Kommune nimmt teil${status.joinedAt ? ` (seit ${formatDateTime(status.joinedAt)})` : ""}.`
            : "Ihre Kommune nimmt nicht teil."}
        </p>
        {canManageVerbundParticipation(viewer) && (
          <form action={setVerbundParticipationAction}>
            <input type="hidden" name="member" value={status.member ? "0" : "1"} />
            <button type="submit" className={status.member ? "button button--secondary" : "button"}>
              {status.member ? "Teilnahme beenden" : "Am Wissensverbund teilnehmen"}
            </button>
          </form>
        )}
        {canManageVerbundParticipation(viewer) && (
          <form action={setVerbundApproverRoleAction} className="filters">
            <div className="field">
              <label htmlFor="verbund-approver">Wer gibt geteilte Anleitungen frei?</label>
              <select id="verbund-approver" name="role" defaultValue={status.approverRole ?? ""}>
                <option value="">Nur die Administration</option>
                {NAMEABLE_APPROVER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    Administration und {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary">
              Speichern
            </button>
          </form>
        )}
      </section>
      {canDecide && (
        <section className="card" aria-labelledby="verbund-sharing">
          <h2 id="verbund-sharing">Geteilte Anleitungen Ihrer Kommune</h2>
          <p>
            Wer einen Artikel bearbeiten darf, kann ihn unter „Im Verbund teilen“ vorschlagen. Geteilt wird erst nach Ihrer Freigabe – eine
            Kopie ohne Namen, Telefonnummern und E-Mail-Adressen, mit Lizenz und einer Rolle als Ansprechstelle.
          </p>
          {sharing.length === 0 ? (
            <p>Keine Vorschläge und keine geteilten Anleitungen.</p>
          ) : (
            <ul className="article-list">
              {sharing.map((row) => (
                <li key={row.id}>
                  <strong>{row.title}</strong> (Fassung {row.version}) – {row.status === "PROPOSED" ? "wartet auf Freigabe" : "geteilt"}
                  <div className="meta">
                    <span>{row.catalogue}</span>
                    <span>Ansprechstelle: {row.contactRole}</span>
                    <span>{LICENCES[row.licence].label}</span>
                    <Link href={`/wissen/${row.lineageId}`}>Artikel ansehen</Link>
                  </div>
                  <div className="button-row">
                    {(row.status === "PROPOSED" ? (["freigeben", "ablehnen"] as const) : (["zurueckziehen"] as const)).map((decision) => (
                      <form key={decision} action={decideSharingAction}>
                        <input type="hidden" name="id" value={row.id} />
                        <input type="hidden" name="decision" value={decision} />
                        <button
                          type="submit"
                          className={decision === "freigeben" ? "button button--small" : "button button--secondary button--small"}
                          aria-label={`${DECISION_LABELS[decision]}: ${row.title}`}
                        >
                          {DECISION_LABELS[decision]}
                        </button>
                      </form>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="verbund-next">
        <h2 id="verbund-next">Weiter</h2>
        <ul>
          {canMapCatalogueTasks(viewer) && (
            <li>
              <Link href="/verwaltung/verbund/zuordnen">Aufgaben den Musteraufgaben zuordnen</Link> – mit Vorschlägen nach Bezeichnung und
              Rechtsgrundlage; auch über die Spalte „musteraufgabe“ der Aufgaben-CSV.
            </li>
          )}
          {canSeeVerbundOverview(viewer) && (
            <li>
              <Link href="/verbund">Vergleich im Wissensverbund ansehen</Link>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
