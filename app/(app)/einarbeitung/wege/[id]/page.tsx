import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { onboardingPathEditor } from "@/lib/journeys/onboarding-path";
import { loadOr404 } from "@/lib/load-or-404";
import { addGlossaryEntryAction, changeOnboardingPathAction, removeGlossaryEntryAction } from "../../actions";

export const metadata: Metadata = { title: "Einarbeitungsweg bearbeiten" };

const KIND_LABELS = { TASK: "Aufgabe", ARTICLE: "Artikel", CONTACT: "Ansprechperson" } as const;

/** One small form per change, so every button works with the keyboard and without scripts. */
function ChangeButton({
  positionId,
  fields,
  label,
  hidden,
}: {
  positionId: string;
  fields: Record<string, string>;
  label: string;
  hidden: string;
}) {
  return (
    <form action={changeOnboardingPathAction} className="inline-form">
      <input type="hidden" name="positionId" value={positionId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button button--secondary button--small">
        {label}
        <span className="visually-hidden">: {hidden}</span>
      </button>
    </form>
  );
}

/** Adds a task or an article chosen from a list. */
function AddFromList({
  positionId,
  op,
  field,
  label,
  button,
  options,
}: {
  positionId: string;
  op: string;
  field: string;
  label: string;
  button: string;
  options: { id: string; title: string }[];
}) {
  return (
    <form action={changeOnboardingPathAction} className="filters">
      <input type="hidden" name="positionId" value={positionId} />
      <input type="hidden" name="op" value={op} />
      <div className="field">
        <label htmlFor={`add-${field}`}>{label}</label>
        <select id={`add-${field}`} name={field} required defaultValue="">
          <option value="" disabled>
            Bitte wählen …
          </option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {button}
      </button>
    </form>
  );
}

/** A lead shapes the onboarding path of one position and the glossary of its unit. */
export default async function EditOnboardingPathPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ geaendert?: string; glossar?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const query = await searchParams;
  const editor = await loadOr404(() => onboardingPathEditor(viewer, id));
  const positionId = editor.position.id;
  const itemTitle = (item: (typeof editor.items)[number]) => (item.kind === "CONTACT" ? item.label : item.title);
  return (
    <>
      <p>
        <Link href="/einarbeitung/wege">Zurück zu den Einarbeitungswegen</Link>
      </p>
      <h1>Einarbeitungsweg: {editor.position.title}</h1>
      <p className="meta">
        {editor.position.unitName} · Stelle {editor.position.positionNumber} ·{" "}
        {editor.edited ? "von der Leitung angepasst" : "Vorschlag aus den Aufgaben der Stelle"}
      </p>
      {query.geaendert && (
        <p className="alert alert--success" role="status">
          Der Einarbeitungsweg ist geändert.
        </p>
      )}
      {query.glossar && (
        <p className="alert alert--success" role="status">
          Das Glossar ist geändert.
        </p>
      )}
      {query.fehler && (
        <p className="alert alert--error" role="alert">
          {query.fehler.slice(0, 300)}
        </p>
      )}

      <section aria-labelledby="weg-heading">
        <h2 id="weg-heading" tabIndex={-1}>
          Reihenfolge
        </h2>
        {editor.items.length === 0 ? (
          <p>Der Weg ist leer. Ergänzen Sie unten Aufgaben, Artikel oder Ansprechpersonen.</p>
        ) : (
          <ol className="path-editor">
            {editor.items.map((item, index) => (
              <li key={item.key}>
                <span>
                  {index + 1}. <span className="meta">{KIND_LABELS[item.kind]}:</span> {itemTitle(item)}
                  {item.kind === "CONTACT" && item.details ? ` – ${item.details}` : ""}
                </span>
                <span className="path-editor__actions">
                  {index > 0 && (
                    <ChangeButton
                      positionId={positionId}
                      fields={{ op: "up", index: String(index), key: item.key }}
                      label="Nach oben"
                      hidden={itemTitle(item)}
                    />
                  )}
                  {index < editor.items.length - 1 && (
                    <ChangeButton
                      positionId={positionId}
                      fields={{ op: "down", index: String(index), key: item.key }}
                      label="Nach unten"
                      hidden={itemTitle(item)}
                    />
                  )}
                  <ChangeButton
                    positionId={positionId}
                    fields={{ op: "remove", index: String(index), key: item.key }}
                    label="Entfernen"
                    hidden={itemTitle(item)}
                  />
                </span>
              </li>
            ))}
          </ol>
        )}
        {editor.edited && (
          <form action={changeOnboardingPathAction}>
            <input type="hidden" name="positionId" value={positionId} />
            <input type="hidden" name="op" value="reset" />
            <button type="submit" className="button button--secondary">
              Auf den Vorschlag zurücksetzen
            </button>
          </form>
        )}
      </section>

      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Ergänzen</h2>
        <AddFromList
          positionId={positionId}
          op="addTask"
          field="taskId"
          label="Aufgabe der Einheit"
          button="Aufgabe hinzufügen"
          options={editor.addableTasks}
        />
        <AddFromList
          positionId={positionId}
          op="addArticle"
          field="articleId"
          label="Veröffentlichter Artikel"
          button="Artikel hinzufügen"
          options={editor.addableArticles}
        />
        <form action={changeOnboardingPathAction} className="filters">
          <input type="hidden" name="positionId" value={positionId} />
          <input type="hidden" name="op" value="addContact" />
          <div className="field">
            <label htmlFor="contact-label">Ansprechperson</label>
            <input id="contact-label" name="label" type="text" required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="contact-details">Erreichbarkeit und wofür</label>
            <input id="contact-details" name="details" type="text" maxLength={500} />
          </div>
          <button type="submit" className="button button--secondary">
            Ansprechperson hinzufügen
          </button>
        </form>
      </section>

      <section aria-labelledby="glossar-heading">
        <h2 id="glossar-heading" tabIndex={-1}>
          Glossar: {editor.position.unitName}
        </h2>
        <p>
          Abkürzungen und Begriffe, die in der Einheit gebraucht werden. Neue Kolleginnen und Kollegen sehen sie auf ihrem Einarbeitungsweg.
        </p>
        {editor.glossary.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Begriff</th>
                <th scope="col">Bedeutung</th>
                <th scope="col">
                  <span className="visually-hidden">Aktion</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {editor.glossary.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{entry.term}</th>
                  <td>{entry.meaning}</td>
                  <td>
                    <form action={removeGlossaryEntryAction}>
                      <input type="hidden" name="positionId" value={positionId} />
                      <input type="hidden" name="entryId" value={entry.id} />
                      <button type="submit" className="button button--secondary button--small">
                        Entfernen<span className="visually-hidden">: {entry.term}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form action={addGlossaryEntryAction} className="filters card">
          <input type="hidden" name="positionId" value={positionId} />
          <div className="field">
            <label htmlFor="term">Abkürzung oder Begriff</label>
            <input id="term" name="term" type="text" required maxLength={60} />
          </div>
          <div className="field">
            <label htmlFor="meaning">Bedeutung</label>
            <input id="meaning" name="meaning" type="text" required maxLength={500} />
          </div>
          <button type="submit" className="button button--secondary">
            Ins Glossar aufnehmen
          </button>
        </form>
      </section>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Einarbeitungsstand</h2>
        {editor.progress === null ? (
          <p>
            Den Einarbeitungsstand sieht nur die Person selbst. Ihre Verwaltung kann Leitungen die Einsicht erlauben (Verwaltung →
            Einstellungen, nach Zustimmung des Personalrats).
          </p>
        ) : editor.progress.length === 0 ? (
          <p>Die Stelle ist nicht besetzt.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="number">
                  Gelesen
                </th>
                <th scope="col" className="number">
                  Geübt
                </th>
              </tr>
            </thead>
            <tbody>
              {editor.progress.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td className="number">
                    {row.read} von {row.total}
                  </td>
                  <td className="number">
                    {row.practised} von {row.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
