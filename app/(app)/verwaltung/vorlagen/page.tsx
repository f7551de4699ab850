import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { canManageTemplates } from "@/lib/auth/policy";
import { listTemplates, unitTemplateDefaults } from "@/lib/knowledge/article-templates";
import { ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";
import { formatDateTime } from "@/lib/format-date";
import { deleteTemplateAction, saveUnitDefaultsAction } from "./actions";

export const metadata: Metadata = { title: "Vorlagen" };

/** Templates of the organization and the default template per unit (admins). */
export default async function TemplatesPage({
  searchParams,
}: {
  searchParams: Promise<{ gespeichert?: string; standard?: string; geloescht?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  if (!canManageTemplates(viewer)) notFound();
  const query = await searchParams;
  const [templates, units] = await Promise.all([listTemplates(viewer), unitTemplateDefaults(viewer)]);
  return (
    <>
      <h1>Vorlagen</h1>
      {query.gespeichert && (
        <p className="alert alert--success" role="status">
          Die Vorlage ist gespeichert.
        </p>
      )}
      {query.standard && (
        <p className="alert alert--success" role="status">
          Die Standardvorlagen der Organisationseinheiten sind gespeichert.
        </p>
      )}
      {query.geloescht && (
        <p className="alert alert--success" role="status">
          Die Vorlage wurde gelöscht.
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}
      <section className="card" aria-labelledby="templates-heading">
        <h2 id="templates-heading">Vorlagen Ihrer Verwaltung</h2>
        <p>Vorlagen geben die Gliederung neuer Artikel vor. Die vier mitgelieferten Vorlagen können Sie anpassen; eigene kommen hinzu.</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Wissensart</th>
              <th scope="col">Zuletzt geändert</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {templates.map((template) => (
              <tr key={template.id}>
                <th scope="row">
                  {template.name}
                  {template.builtIn && <span className="field-hint"> (mitgeliefert)</span>}
                </th>
                <td>{ARTICLE_KIND_LABELS[template.kind]}</td>
                <td>{formatDateTime(template.updatedAt)}</td>
                <td className="button-row">
                  <Link href={`/verwaltung/vorlagen/${template.id}`} aria-label={`Vorlage ${template.name} bearbeiten`}>
                    Bearbeiten
                  </Link>
                  {!template.builtIn && (
                    <form action={deleteTemplateAction}>
                      <input type="hidden" name="id" value={template.id} />
                      <button
                        type="submit"
                        className="button button--secondary button--small"
                        aria-label={`Vorlage ${template.name} löschen`}
                      >
                        Löschen
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <Link className="button button--secondary" href="/verwaltung/vorlagen/neu">
            Neue Vorlage anlegen
          </Link>
        </p>
      </section>
      <section className="card" aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">Standardvorlage je Organisationseinheit</h2>
        <p>
          Wer in einer Einheit arbeitet und einen neuen Artikel beginnt, bekommt diese Vorlage vorgeschlagen (ändern lässt sie sich
          jederzeit).
        </p>
        <form action={saveUnitDefaultsAction}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Organisationseinheit</th>
                <th scope="col">Standardvorlage</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row">
                    <label htmlFor={`unit-${unit.id}`}>{unit.name}</label>
                  </th>
                  <td>
                    <select id={`unit-${unit.id}`} name={`unit:${unit.id}`} defaultValue={unit.defaultTemplateId ?? ""}>
                      <option value="">keine</option>
                      {templates.map((template) => (
                        <option key={template.id} value={template.id}>
                          {template.name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className="button">
            Standardvorlagen speichern
          </button>
        </form>
      </section>
    </>
  );
}
