import type { Metadata } from "next";
import Link from "next/link";
import { OperatorHeader } from "@/components/operator/operator-header";
import { requireOperator } from "@/lib/operator/current-operator";
import { listLoginBlocks, listMunicipalities, listOperatorAudit } from "@/lib/operator/console";
import { formatDateTime } from "@/lib/format-date";
import { InviteAdminForm } from "@/components/operator/invite-admin-form";
import {
  createMunicipalityAction,
  inviteAdminAction,
  liftLoginBlockAction,
  renameMunicipalityAction,
  setMunicipalityActiveAction,
} from "./actions";

export const metadata: Metadata = { title: "Betrieb" };
export const dynamic = "force-dynamic";

const SAVED: Record<string, string> = {
  angelegt: "Die Kommune ist angelegt. Laden Sie jetzt ihre Administration ein.",
  umbenannt: "Der Name ist gespeichert.",
  abgeschaltet: "Die Kommune ist abgeschaltet: niemand kann sich anmelden, offene Sitzungen sind beendet, die Daten bleiben.",
  eingeschaltet: "Die Kommune ist wieder freigeschaltet.",
  sperre: "Die Anmeldesperre ist aufgehoben.",
};

const ACTION_LABELS: Record<string, string> = {
  "municipality.create": "Kommune angelegt",
  "municipality.rename": "Kommune umbenannt",
  "municipality.deactivate": "Kommune abgeschaltet",
  "municipality.reactivate": "Kommune freigeschaltet",
  "municipality.invite_admin": "Administration eingeladen",
  "login_block.lift": "Anmeldesperre aufgehoben",
  "operator.sign_in": "Anmeldung",
  "operator.created": "Betreiberkonto angelegt",
  "operator.link_renewed": "Link für Betreiberkonto erneuert",
  "account.invitation_accepted": "Passwort festgelegt",
  "account.password_reset": "Passwort zurückgesetzt",
  "catalogue.create": "Musteraufgabe angelegt",
  "catalogue.update": "Musteraufgabe geändert",
  "catalogue.retire": "Musteraufgabe stillgelegt",
  "catalogue.activate": "Musteraufgabe wieder angeboten",
  "catalogue.import": "Musteraufgabenkatalog importiert",
};

/** The provider's console: municipalities with figures only, their first administrator, login blocks, the audit log. */
export default async function OperatorConsolePage({ searchParams }: { searchParams: Promise<{ gespeichert?: string; fehler?: string }> }) {
  const operator = await requireOperator();
  const { gespeichert, fehler } = await searchParams;
  const [municipalities, blocks, events] = await Promise.all([
    listMunicipalities(operator),
    listLoginBlocks(operator),
    listOperatorAudit(operator, 30),
  ]);
  const nameOf = new Map(municipalities.map((municipality) => [municipality.id, municipality.name]));
  return (
    <>
      <OperatorHeader operator={operator} />
      <main id="inhalt" tabIndex={-1}>
        <h1>Betrieb: Kommunen dieser Installation</h1>
        <p>Sie sehen hier nur Kennzahlen. Artikel, Beschäftigte und Aufgaben einer Kommune sind für den Betrieb nicht einsehbar.</p>
        <p>
          <Link href="/betrieb/katalog">Musteraufgabenkatalog des Verbunds pflegen</Link>
        </p>
        {gespeichert && SAVED[gespeichert] && (
          <p className="alert alert--success" role="status">
            {SAVED[gespeichert]}
          </p>
        )}
        {fehler && (
          <p className="alert alert--error" role="alert">
            {fehler.slice(0, 400)}
          </p>
        )}

        <section className="card" aria-labelledby="municipalities-heading">
          <h2 id="municipalities-heading">Kommunen ({municipalities.length})</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="municipalities-heading">
            <table className="data-table">
              <caption>Kennzahlen je Kommune</caption>
              <thead>
                <tr>
                  <th scope="col">Kommune</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="number">
                    Konten
                  </th>
                  <th scope="col" className="number">
                    Veröffentlichte Artikel
                  </th>
                  <th scope="col" className="number">
                    Aufgaben
                  </th>
                  <th scope="col" className="number">
                    Abdeckung
                  </th>
                  <th scope="col">Letzte Aktivität</th>
                </tr>
              </thead>
              <tbody>
                {municipalities.map((municipality) => (
                  <tr key={municipality.id}>
                    <th scope="row">{municipality.name}</th>
                    <td>{municipality.active ? "aktiv" : "abgeschaltet"}</td>
                    <td className="number">{municipality.accounts}</td>
                    <td className="number">{municipality.publishedArticles}</td>
                    <td className="number">{municipality.tasks}</td>
                    <td className="number">{municipality.coveragePercent === null ? "–" : `${municipality.coveragePercent} %`}</td>
                    <td>{municipality.lastActivityAt ? formatDateTime(municipality.lastActivityAt) : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="plain-list">
            {municipalities.map((municipality) => (
              <li key={municipality.id}>
                <details>
                  <summary>{municipality.name} verwalten</summary>
                  <form action={renameMunicipalityAction} className="stacked-form">
                    <input type="hidden" name="id" value={municipality.id} />
                    <div className="field">
                      <label htmlFor={`name-${municipality.id}`}>Name</label>
                      <input id={`name-${municipality.id}`} name="name" type="text" defaultValue={municipality.name} />
                    </div>
                    <button type="submit" className="button button--secondary">
                      Umbenennen
                    </button>
                  </form>
                  <form action={setMunicipalityActiveAction} className="stacked-form">
                    <input type="hidden" name="id" value={municipality.id} />
                    <input type="hidden" name="active" value={municipality.active ? "0" : "1"} />
                    <button type="submit" className="button button--secondary">
                      {municipality.active ? `${municipality.name} abschalten` : `${municipality.name} wieder freischalten`}
                    </button>
                  </form>
                  <InviteAdminForm organizationId={municipality.id} organizationName={municipality.name} action={inviteAdminAction} />
                  <p>
                    <Link href={`/betrieb/kommunen/${municipality.id}/anmeldung`}>Anmeldung von {municipality.name} einrichten</Link>{" "}
                    (Verzeichnis, Anmeldedienst)
                  </p>
                </details>
              </li>
            ))}
          </ul>
        </section>

        <section className="card" aria-labelledby="create-heading">
          <h2 id="create-heading">Neue Kommune</h2>
          <form action={createMunicipalityAction}>
            <div className="field-row">
              <div className="field">
                <label htmlFor="municipality-name">Name</label>
                <input id="municipality-name" name="name" type="text" required />
              </div>
              <div className="field">
                <label htmlFor="municipality-slug">Kurzname (optional)</label>
                <p className="field-hint" id="municipality-slug-hint">
                  Kleinbuchstaben, Ziffern, Bindestriche; ohne Angabe aus dem Namen gebildet.
                </p>
                <input id="municipality-slug" name="slug" type="text" aria-describedby="municipality-slug-hint" />
              </div>
            </div>
            <button type="submit" className="button">
              Kommune anlegen
            </button>
          </form>
        </section>

        <section className="card" aria-labelledby="blocks-heading">
          <h2 id="blocks-heading">Anmeldesperren ({blocks.length})</h2>
          {blocks.length === 0 ? (
            <p>Zurzeit ist keine Anmeldung gesperrt.</p>
          ) : (
            <ul className="plain-list">
              {blocks.map((block) => (
                <li key={block.key}>
                  <form action={liftLoginBlockAction}>
                    <input type="hidden" name="key" value={block.key} />
                    {block.label}, bis {formatDateTime(block.blockedUntil)}{" "}
                    <button type="submit" className="button button--secondary button--small">
                      Sperre aufheben
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="audit-heading">
          <h2 id="audit-heading">Protokoll des Betriebs</h2>
          <ul className="plain-list">
            {events.map((event) => (
              <li key={String(event.id)}>
                {formatDateTime(event.createdAt)} · {event.operator?.displayName ?? "–"} · {ACTION_LABELS[event.action] ?? event.action}
                {event.targetOrganizationId && ` · ${nameOf.get(event.targetOrganizationId) ?? "Kommune"}`}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
