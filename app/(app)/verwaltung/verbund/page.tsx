import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageVerbundParticipation, canMapCatalogueTasks, canSeeVerbundOverview } from "@/lib/auth/policy";
import { verbundStatus } from "@/lib/verbund/participation";
import { VERBUND_MIN_MUNICIPALITIES } from "@/lib/verbund/verbund-figure";
import { formatDateTime } from "@/lib/format-date";
import { setVerbundParticipationAction } from "./actions";
import { FlashMessages } from "@/components/layout/flash-messages";

export const metadata: Metadata = { title: "Wissensverbund – Verwaltung" };

const SAVED: Record<string, string> = {
  beigetreten: "Ihre Kommune nimmt jetzt am Wissensverbund teil.",
  ausgetreten: "Ihre Kommune nimmt nicht mehr teil. Ihre Zahlen sind aus allen Verbundzahlen entfernt.",
};

const querySchema = z.object({ gespeichert: z.string().optional().catch(undefined), fehler: z.string().optional().catch(undefined) });

/** The municipality's part in the Verbund: what is shared, joining and leaving (admins), mapping tasks (admins, HR). */
export default async function VerbundAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!canManageVerbundParticipation(viewer) && !canMapCatalogueTasks(viewer)) notFound();
  const query = querySchema.parse(await searchParams);
  const status = await verbundStatus(viewer);
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
      </section>
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
