import { STEP_LABELS } from "@/lib/knowledge/workflow-rules";
import { ARTICLE_STATUS_LABELS, type ArticleStatusValue } from "@/lib/knowledge/labels";

const STATUS_EXPLANATIONS: Record<ArticleStatusValue, string> = {
  DRAFT:
    "Diesen Entwurf sehen nur die verantwortliche Person, die Redaktion, die Administration und die Leitung der verknüpften Organisationseinheiten.",
  IN_REVIEW: "Der Artikel wartet auf die Freigabe. Leserinnen und Leser (auch das Personalamt) sehen ihn erst nach der Veröffentlichung.",
  PUBLISHED: "Alle Kolleginnen und Kollegen Ihrer Verwaltung können den Artikel lesen und finden.",
  ARCHIVED: "Archiviert: nicht mehr gültig, für Leserinnen und Leser unsichtbar, für die Nachvollziehbarkeit aufbewahrt.",
};

/**
 * Status and the workflow steps the viewer may take (einreichen, freigeben,
 * zurückgeben, archivieren, wieder öffnen; on a working copy also verwerfen).
 * Each step is its own small form that sends the version (or the working copy's
 * save counter) shown, so a step on an outdated page is refused.
 */
export function WorkflowPanel(props: {
  articleId: string;
  version: number;
  status: ArticleStatusValue;
  steps: readonly string[];
  labels?: Record<string, string>;
  /** Replaces the standard explanation of the status (the working copy explains itself). */
  explanation?: string;
  blockedByFourEyes: boolean;
  requireFourEyes: boolean;
  action: (formData: FormData) => Promise<void>;
}) {
  const labels: Record<string, string> = props.labels ?? STEP_LABELS;
  const simpleSteps = props.steps.filter((step) => step !== "return" && step !== "discard");
  return (
    <section className="card no-print" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Status: {ARTICLE_STATUS_LABELS[props.status]}</h2>
      <p>{props.explanation ?? STATUS_EXPLANATIONS[props.status]}</p>
      {props.requireFourEyes && props.status !== "ARCHIVED" && (
        <p className="field-hint">
          In Ihrer Verwaltung gilt das Vier-Augen-Prinzip: Veröffentlichen darf nur, wer an der Fassung nicht mitgeschrieben hat.
        </p>
      )}
      {props.blockedByFourEyes && (
        <p className="alert alert--info" role="note">
          Sie haben an dieser Fassung mitgeschrieben. Bitte lassen Sie sie von einer anderen Person aus Redaktion oder Leitung freigeben.
        </p>
      )}
      {simpleSteps.length > 0 && (
        <div className="button-row">
          {simpleSteps.map((step) => (
            <form key={step} action={props.action}>
              <input type="hidden" name="id" value={props.articleId} />
              <input type="hidden" name="version" value={props.version} />
              <input type="hidden" name="step" value={step} />
              <button type="submit" className={step === "approve" ? "button" : "button button--secondary"}>
                {labels[step]}
              </button>
            </form>
          ))}
        </div>
      )}
      {props.steps.includes("return") && (
        <form action={props.action} className="stacked-form">
          <input type="hidden" name="id" value={props.articleId} />
          <input type="hidden" name="version" value={props.version} />
          <input type="hidden" name="step" value="return" />
          <div className="field">
            <label htmlFor="return-note">Was soll überarbeitet werden?</label>
            <textarea id="return-note" name="note" rows={2} maxLength={500} required />
          </div>
          <button type="submit" className="button button--secondary">
            {labels.return}
          </button>
        </form>
      )}
      {props.steps.includes("discard") && (
        <form action={props.action} className="stacked-form">
          <input type="hidden" name="id" value={props.articleId} />
          <input type="hidden" name="version" value={props.version} />
          <input type="hidden" name="step" value="discard" />
          <div className="field field--checkbox">
            <input id="discard-confirm" type="checkbox" name="confirm" required />
            <label htmlFor="discard-confirm">Ja, die Änderungen der Arbeitskopie sollen verloren gehen.</label>
          </div>
          <button type="submit" className="button button--danger">
            {labels.discard}
          </button>
        </form>
      )}
    </section>
  );
}
