import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { LICENCES, sharingPreview } from "@/lib/verbund/sharing";
import { DomainError } from "@/lib/errors";
import { proposeSharingAction } from "../../../verbund/actions";

export const metadata: Metadata = { title: "Im Verbund teilen" };

/**
 * Proposing an article for the Verbund: what will be shared (a copy without
 * personal data), a decision per name found, licence and contact role. The
 * administration approves before anything is shared.
 */
export default async function ShareArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ vorgeschlagen?: string; fehler?: string; rolle?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { vorgeschlagen, fehler, rolle } = await searchParams;
  let preview;
  try {
    preview = await loadOr404(() => sharingPreview(viewer, id));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return (
      <>
        <p>
          <Link href={`/wissen/${id}`}>← Zurück zum Artikel</Link>
        </p>
        <h1>Im Verbund teilen</h1>
        <p className="alert alert--info">{error.message}</p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link href={`/wissen/${preview.articleId}`}>← Zurück zum Artikel</Link>
      </p>
      <h1>„{preview.title}“ im Verbund teilen</h1>
      {vorgeschlagen && (
        <p className="alert alert--success" role="status">
          Vorgeschlagen. Die Administration Ihrer Kommune prüft den Vorschlag; erst nach ihrer Freigabe sehen andere Kommunen die Kopie.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 400)}
        </p>
      )}
      <p>
        Geteilt wird eine <strong>Kopie des heutigen Stands</strong>, nicht der Artikel selbst: spätere Änderungen erreichen den Verbund
        nur, wenn Sie die neue Fassung wieder vorschlagen. Vor dem Teilen werden Ansprechpartner zu Rollen, E-Mail-Adressen, Telefonnummern
        und Anhänge entfernt.
        {preview.sharedVersion !== null && ` Im Verbund ist derzeit Fassung ${preview.sharedVersion} geteilt.`}
        {preview.pendingProposal && " Ein Vorschlag wartet schon auf die Freigabe; ein neuer ersetzt ihn."}
      </p>
      {preview.entries.length === 0 ? (
        <p className="alert alert--info">
          Der Artikel gehört zu keiner Aufgabe, die einer Musteraufgabe des Verbunds zugeordnet ist. Bitten Sie die Administration oder das
          Personalamt, die Aufgabe unter „Verwaltung → Wissensverbund“ zuzuordnen.
        </p>
      ) : (
        <form action={proposeSharingAction} className="card stacked-form" noValidate>
          <input type="hidden" name="articleId" value={preview.articleId} />
          <div className="field">
            <label htmlFor="share-entry">Musteraufgabe</label>
            <select id="share-entry" name="catalogTaskId" defaultValue={preview.entries[0].id}>
              {preview.entries.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.key} {entry.title}
                </option>
              ))}
            </select>
          </div>
          {preview.names.length > 0 && (
            <fieldset>
              <legend>Gefundene Namen von Beschäftigten Ihrer Kommune</legend>
              <p className="field-hint">
                Entfernen Sie jeden Namen, der eine Person meint. Behalten Sie ihn nur, wenn er keine Person Ihrer Verwaltung bezeichnet (z.
                B. einen Straßennamen).
              </p>
              {preview.names.map((name, index) => (
                <fieldset key={name} className="choice-group">
                  <legend>{name}</legend>
                  <input type="hidden" name={`name-${index}`} value={name} />
                  <div className="field--checkbox">
                    <input type="radio" id={`name-${index}-remove`} name={`entscheidung-${index}`} value="entfernen" defaultChecked />
                    <label htmlFor={`name-${index}-remove`}>entfernen</label>
                  </div>
                  <div className="field--checkbox">
                    <input type="radio" id={`name-${index}-keep`} name={`entscheidung-${index}`} value="behalten" />
                    <label htmlFor={`name-${index}-keep`}>behalten – ist keine Person unserer Verwaltung</label>
                  </div>
                </fieldset>
              ))}
            </fieldset>
          )}
          <div className="field">
            <label htmlFor="share-role">Ansprechstelle für andere Kommunen (eine Rolle, keine Person)</label>
            <p className="field-hint" id="share-role-hint">
              z. B. „Sachbearbeitung Gewerbe, Ordnungsamt“ – so können Kolleginnen anderer Kommunen nachfragen.
            </p>
            <input
              id="share-role"
              name="contactRole"
              type="text"
              required
              aria-describedby="share-role-hint"
              defaultValue={typeof rolle === "string" ? rolle.slice(0, 200) : ""}
            />
          </div>
          <fieldset>
            <legend>Lizenz</legend>
            {Object.entries(LICENCES).map(([key, licence], index) => (
              <div className="field--checkbox" key={key}>
                <input type="radio" id={`licence-${key}`} name="licence" value={key} defaultChecked={index === 0} />
                <label htmlFor={`licence-${key}`}>
                  {licence.label} – <a href={licence.url}>Lizenztext</a>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            Zum Teilen vorschlagen
          </button>
        </form>
      )}
      <section className="card" aria-labelledby="share-preview">
        <h2 id="share-preview">So sähe die geteilte Kopie aus (alle gefundenen Namen entfernt)</h2>
        <div className="article-body" dangerouslySetInnerHTML={{ __html: preview.previewHtml }} />
      </section>
    </>
  );
}
