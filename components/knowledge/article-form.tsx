"use client";
import { useActionState, useEffect, useRef, useState, startTransition, type FormEvent } from "react";
import { accessibilityHints } from "@/lib/content/accessibility-hints";
import type { TiptapNodeJson } from "@/lib/content/document-schema";
import { AccessibilityHintsPanel } from "@/components/editor/accessibility-hints-panel";
import type { JSONContent } from "@tiptap/core";
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS, ARTICLE_STATUS_LABELS, type ArticleStatusValue } from "@/lib/knowledge/labels";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import type { SectionGuidance } from "@/lib/knowledge/template-guidance";
import { sameTitleAction } from "@/app/(app)/wissen/actions";
import type { EditorImage } from "@/components/editor/image-form";
import { groupByUnit } from "@/lib/org/group-by-unit";
import { INITIAL_ARTICLE_FORM_STATE, type ArticleFormState } from "./article-form-state";
import type { ArticleFormSettings } from "@/lib/knowledge/get-article";

export interface ArticleFormValues {
  id?: string;
  version?: number;
  title: string;
  kind: string;
  status: string;
  content: JSONContent;
  taskIds: string[];
  unitIds: string[];
  positionIds: string[];
  reviewIntervalMonths?: number;
  verifierId?: string;
  /** Save counter of the working copy being edited (0: none yet). */
  workingCopyRevision?: number;
  /** The article is published: a save as draft or for review goes to its working copy. */
  publishedStaysOnline?: boolean;
}

interface Options {
  units: { id: string; name: string }[];
  positions: { id: string; title: string; unitName: string }[];
  tasks: { id: string; title: string; unitName: string }[];
  users: { id: string; displayName: string }[];
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(" ")}
    </p>
  );
}

/**
 * The article form. It submits through the server action without a page reload
 * and without resetting fields, so a refused save (conflict, invalid input,
 * expired session) never loses what the author wrote.
 */
export function ArticleForm(props: {
  action: (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  values: ArticleFormValues;
  options: Options;
  settings: ArticleFormSettings;
  submitLabel: string;
  /** Image attachments of the article (editing only). */
  images?: EditorImage[];
  /** Server action storing a pasted or dropped image as an attachment (editing only). */
  uploadImage?: (formData: FormData) => Promise<{ id: string; fileName: string } | { error: string }>;
  /** Guidance of the chosen template per section (new articles only). */
  guidance?: SectionGuidance;
}) {
  const { statusChoices } = props.settings;
  const currentStatus = props.values.status as ArticleStatusValue;
  const initialStatus = statusChoices.includes(currentStatus) ? currentStatus : "IN_REVIEW";
  const [state, formAction, pending] = useActionState(props.action, INITIAL_ARTICLE_FORM_STATE);
  const [sameTitle, setSameTitle] = useState<{ id: string; title: string }[]>([]);
  const contentRef = useRef<JSONContent>(props.values.content);
  const [hints, setHints] = useState(() => accessibilityHints(props.values.content as TiptapNodeJson));
  const hintTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(hintTimer.current), []);
  function onContentChange(json: JSONContent) {
    contentRef.current = json;
    // Re-check shortly after typing pauses.
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHints(accessibilityHints(json as TiptapNodeJson)), 400);
  }
  const errors = state.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    formData.set("content", JSON.stringify(contentRef.current));
    startTransition(() => formAction(formData));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {state.error && (
        <div className="alert alert--error" role="alert">
          <p>
            <strong>{state.conflict ? "Nicht gespeichert – Bearbeitungskonflikt" : "Nicht gespeichert"}</strong>
          </p>
          <p>{state.error}</p>
        </div>
      )}
      {props.values.id && <input type="hidden" name="id" value={props.values.id} />}
      {props.values.version !== undefined && <input type="hidden" name="version" value={props.values.version} />}
      {props.values.workingCopyRevision !== undefined && (
        <input type="hidden" name="workingCopyRevision" value={props.values.workingCopyRevision} />
      )}
      <div className="field">
        <label htmlFor="title">Titel</label>
        <input
          id="title"
          name="title"
          type="text"
          defaultValue={props.values.title}
          required
          maxLength={200}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={
            [errors.title ? "title-error" : "", sameTitle.length > 0 ? "title-same" : ""].filter(Boolean).join(" ") || undefined
          }
          onBlur={(event) => {
            void sameTitleAction(event.currentTarget.value, props.values.id ?? null).then(setSameTitle);
          }}
        />
        <FieldError id="title-error" messages={errors.title} />
        <p className="field-hint" id="title-same" role="status">
          {sameTitle.length > 0 && (
            <>
              Einen Artikel mit diesem Titel gibt es schon:{" "}
              {sameTitle.map((article, index) => (
                <span key={article.id}>
                  {index > 0 && ", "}
                  <a href={`/wissen/${article.id}`} target="_blank" rel="noopener">
                    {article.title}
                  </a>
                </span>
              ))}
              . Vielleicht ergänzen Sie ihn, statt einen zweiten zu schreiben.
            </>
          )}
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="kind">Wissensart</label>
          <select id="kind" name="kind" defaultValue={props.values.kind} aria-describedby={errors.kind ? "kind-error" : undefined}>
            {ARTICLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ARTICLE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <FieldError id="kind-error" messages={errors.kind} />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select
            id="status"
            name="status"
            defaultValue={initialStatus}
            aria-describedby={["status-hint", errors.status ? "status-error" : ""].join(" ").trim()}
          >
            {statusChoices.map((status) => (
              <option key={status} value={status}>
                {ARTICLE_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          <p className="field-hint" id="status-hint">
            {props.values.publishedStaysOnline
              ? props.settings.requireFourEyes
                ? "Vier-Augen-Prinzip: Ihre Änderung wird als Arbeitskopie gespeichert. Leserinnen und Leser sehen weiter die veröffentlichte Fassung, bis eine zweite Person die Arbeitskopie freigibt."
                : "„Entwurf“ und „In Prüfung“ speichern eine Arbeitskopie; Leserinnen und Leser sehen weiter die veröffentlichte Fassung, bis sie freigegeben ist."
              : props.settings.requireFourEyes
                ? "Vier-Augen-Prinzip: Nach „In Prüfung“ gibt eine zweite Person den Artikel frei."
                : "„In Prüfung“ bittet die Redaktion oder Leitung um Freigabe."}
          </p>
          <FieldError id="status-error" messages={errors.status} />
        </div>
        <div className="field">
          <label htmlFor="reviewIntervalMonths">Prüfintervall (Monate)</label>
          <input
            id="reviewIntervalMonths"
            name="reviewIntervalMonths"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            defaultValue={props.values.reviewIntervalMonths ?? props.settings.defaultReviewIntervalMonths}
            aria-invalid={errors.reviewIntervalMonths ? true : undefined}
            aria-describedby={
              errors.reviewIntervalMonths ? "reviewIntervalMonths-hint reviewIntervalMonths-error" : "reviewIntervalMonths-hint"
            }
          />
          <p className="field-hint" id="reviewIntervalMonths-hint">
            So oft soll geprüft werden, ob der Inhalt noch stimmt.
          </p>
          <FieldError id="reviewIntervalMonths-error" messages={errors.reviewIntervalMonths} />
        </div>
      </div>
      <div className="field">
        <span className="label" id="content-label" style={{ fontWeight: 600, display: "block" }}>
          Inhalt
        </span>
        <p className="field-hint" id="content-hint">
          Überschriften, Listen, Aufgabenlisten, Tabellen und Links. Tastatur: Strg+B fett, Strg+I kursiv, Strg+K Link. Bausteine (Frist,
          Ansprechpartner, Fachverfahren, Rechtsgrundlage) fügen Sie über die Werkzeugleiste ein; zum Ändern den Baustein mit den
          Pfeiltasten auswählen und die Eingabetaste drücken. Bilder fügen Sie mit Strg+V ein oder ziehen sie in den Text; sie werden als
          Anhang gespeichert und fragen nach einem Alternativtext.
        </p>
        <RichTextEditor
          initialContent={props.values.content}
          onChange={onContentChange}
          images={props.images}
          guidance={props.guidance}
          uploadImage={
            props.uploadImage && props.values.id
              ? (file) => {
                  const form = new FormData();
                  form.set("articleId", props.values.id!);
                  form.set("file", file, file.name || "bild.png");
                  return props.uploadImage!(form);
                }
              : undefined
          }
          labelledBy="content-label"
          describedBy={errors.content ? "content-hint content-error" : "content-hint"}
        />
        <FieldError id="content-error" messages={errors.content} />
        <AccessibilityHintsPanel hints={hints} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="taskIds">Aufgaben</label>
          <p className="field-hint" id="taskIds-hint">
            Mehrfachauswahl mit Strg bzw. Umschalt.
          </p>
          <select id="taskIds" name="taskIds" multiple defaultValue={props.values.taskIds} aria-describedby="taskIds-hint">
            {groupByUnit(props.options.tasks).map(([unit, tasks]) => (
              <optgroup key={unit} label={unit}>
                {tasks.map((task) => (
                  <option key={task.id} value={task.id}>
                    {task.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError id="taskIds-error" messages={errors.taskIds} />
        </div>
        <div className="field">
          <label htmlFor="unitIds">Organisationseinheiten</label>
          <p className="field-hint">Mehrfachauswahl mit Strg bzw. Umschalt.</p>
          <select id="unitIds" name="unitIds" multiple defaultValue={props.values.unitIds}>
            {props.options.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          <FieldError id="unitIds-error" messages={errors.unitIds} />
        </div>
        <div className="field">
          <label htmlFor="positionIds">Stellen</label>
          <p className="field-hint">Mehrfachauswahl mit Strg bzw. Umschalt.</p>
          <select id="positionIds" name="positionIds" multiple defaultValue={props.values.positionIds}>
            {groupByUnit(props.options.positions).map(([unit, positions]) => (
              <optgroup key={unit} label={unit}>
                {positions.map((position) => (
                  <option key={position.id} value={position.id}>
                    {position.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError id="positionIds-error" messages={errors.positionIds} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="verifierId">Prüfende Person (optional)</label>
        <select id="verifierId" name="verifierId" defaultValue={props.values.verifierId ?? ""} aria-describedby="verifierId-hint">
          <option value="">keine – Redaktion oder Leitung prüft</option>
          {props.options.users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName}
            </option>
          ))}
        </select>
        <p className="field-hint" id="verifierId-hint">
          Eine fachkundige Person, die den Artikel freigeben (auch beim Vier-Augen-Prinzip, wenn sie nicht mitgeschrieben hat) und als
          aktuell bestätigen darf.
        </p>
        <FieldError id="verifierId-error" messages={errors.verifierId} />
      </div>
      <div className="field">
        <label htmlFor="changeNote">Änderungsnotiz (optional)</label>
        <input id="changeNote" name="changeNote" type="text" maxLength={500} />
        <FieldError id="changeNote-error" messages={errors.changeNote} />
      </div>
      {props.settings.askForReadConfirmation && (
        <div className="field field--checkbox">
          <input id="requestConfirmation" name="requestConfirmation" type="checkbox" aria-describedby="requestConfirmation-hint" />
          <label htmlFor="requestConfirmation">Wesentliche Änderung – alle um erneute Kenntnisnahme bitten</label>
          <p className="field-hint" id="requestConfirmation-hint">
            Nur für inhaltliche Änderungen, die alle kennen müssen; Tippfehler brauchen keine neue Kenntnisnahme.
          </p>
        </div>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Speichern …" : props.submitLabel}
      </button>
    </form>
  );
}
