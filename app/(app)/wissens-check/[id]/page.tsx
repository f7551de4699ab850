import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { loadOr404 } from "@/lib/load-or-404";
import { knowledgeCheck } from "@/lib/knowledge-check/checks";
import { formatDate } from "@/lib/format-date";
import { saveKnowledgeCheckAction } from "../actions";

export const metadata: Metadata = { title: "Wissens-Check durchführen" };

const LEVELS = [0, 1, 2, 3, 4] as const;

/** The check form: per target field the proposal with its evidence, the levels 0–4 and a reason for a correction. */
export default async function KnowledgeCheckPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ gespeichert?: string; fehler?: string }>;
}) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { gespeichert, fehler } = await searchParams;
  const check = await loadOr404(() => knowledgeCheck(viewer, id));
  if (check.status === "COMPLETED") redirect(`/wissens-check/${check.id}/bericht`);
  return (
    <>
      <p>
        <Link href="/wissens-check">← Wissens-Check</Link>
      </p>
      <h1>Wissens-Check: {check.unitName}</h1>
      <p>
        Begonnen am {formatDate(check.startedAt)}. Gehen Sie die 15 Zielfelder im Team durch. Wo ein Vorschlag aus den Daten steht, ist er
        vorausgewählt; weichen Sie davon ab, schreiben Sie kurz, warum. Zwischenspeichern ist jederzeit möglich.
      </p>
      {gespeichert && (
        <p className="alert alert--success" role="status">
          Zwischengespeichert.
        </p>
      )}
      {fehler && (
        <p className="alert alert--error" role="alert">
          {fehler.slice(0, 600)}
        </p>
      )}
      <form action={saveKnowledgeCheckAction} noValidate>
        <input type="hidden" name="id" value={check.id} />
        {check.fields.map((field, index) => (
          <fieldset key={field.key} className="card check-field">
            <legend>
              {index + 1}. {field.title}
            </legend>
            <p>{field.question}</p>
            {field.rating.evidence && (
              <p className="field-hint" id={`beleg-${field.key}`}>
                {field.rating.proposed !== null ? <>Vorschlag aus den Daten: Stufe {field.rating.proposed}. </> : null}
                Beleg: {field.rating.evidence}
              </p>
            )}
            {field.previousLevel !== null && <p className="field-hint">Voriger Check: Stufe {field.previousLevel}.</p>}
            <div className="level-choices">
              {LEVELS.map((level) => (
                <div className="field--checkbox" key={level}>
                  <input
                    type="radio"
                    id={`stufe-${field.key}-${level}`}
                    name={`stufe-${field.key}`}
                    value={level}
                    defaultChecked={field.rating.level === level}
                  />
                  <label htmlFor={`stufe-${field.key}-${level}`}>
                    <strong>Stufe {level}:</strong> {field.levels[level]}
                  </label>
                </div>
              ))}
            </div>
            <div className="field">
              <label htmlFor={`begruendung-${field.key}`}>
                Begründung {field.rating.proposed !== null ? "(nötig, wenn Sie vom Vorschlag abweichen)" : "(freiwillig)"}
              </label>
              <textarea id={`begruendung-${field.key}`} name={`begruendung-${field.key}`} rows={2} defaultValue={field.rating.reason} />
            </div>
          </fieldset>
        ))}
        <p className="button-row">
          <button type="submit" className="button button--secondary" name="abschliessen" value="0">
            Zwischenspeichern
          </button>
          <button type="submit" className="button" name="abschliessen" value="1">
            Abschließen und Plan erstellen
          </button>
        </p>
      </form>
    </>
  );
}
