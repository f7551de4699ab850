"use client";
import { useActionState, useRef, startTransition, type FormEvent } from "react";
import type { JSONContent } from "@tiptap/core";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS } from "@/lib/knowledge/labels";

export interface TemplateFormState {
  error?: string;
  fieldErrors: Record<string, string[]>;
}

/** Edits a template's name, kind and content with the article editor; nothing typed is lost on a refused save. */
export function TemplateForm(props: {
  values: { id?: string; name: string; kind: string; builtIn: boolean; content: JSONContent };
  action: (state: TemplateFormState, formData: FormData) => Promise<TemplateFormState>;
}) {
  const [state, formAction, pending] = useActionState(props.action, { fieldErrors: {} });
  const contentRef = useRef<JSONContent>(props.values.content);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    formData.set("content", JSON.stringify(contentRef.current));
    startTransition(() => formAction(formData));
  }
  const nameError = state.fieldErrors.name?.join(" ");
  return (
    <form onSubmit={onSubmit} noValidate>
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      {props.values.id && <input type="hidden" name="id" value={props.values.id} />}
      <div className="field-row">
        <div className="field">
          <label htmlFor="template-name">Name der Vorlage</label>
          <input
            id="template-name"
            name="name"
            type="text"
            defaultValue={props.values.name}
            maxLength={120}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? "template-name-error" : undefined}
          />
          {nameError && (
            <p className="field-error" id="template-name-error">
              {nameError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="template-kind">Wissensart</label>
          <select
            id="template-kind"
            name="kind"
            defaultValue={props.values.kind}
            disabled={props.values.builtIn}
            aria-describedby="template-kind-hint"
          >
            {ARTICLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ARTICLE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <p className="field-hint" id="template-kind-hint">
            {props.values.builtIn
              ? "Mitgelieferte Vorlage: die Wissensart bleibt fest."
              : "Neue Artikel mit dieser Vorlage bekommen diese Wissensart."}
          </p>
        </div>
      </div>
      <div className="field">
        <span className="label" id="template-content-label" style={{ fontWeight: 600, display: "block" }}>
          Inhalt der Vorlage
        </span>
        <p className="field-hint" id="template-content-hint">
          Überschriften als Gliederung und kurze Leitfragen darunter; auch Bausteine (z. B. eine leere Frist) sind möglich. Eine Leitfrage
          ganz in Kursiv (Strg+I) direkt unter einer Überschrift erscheint beim Schreiben als grauer Hinweis und wird nicht Teil des
          Artikels.
        </p>
        <RichTextEditor
          initialContent={props.values.content}
          onChange={(json) => {
            contentRef.current = json;
          }}
          labelledBy="template-content-label"
          describedBy="template-content-hint"
        />
        {state.fieldErrors.content && <p className="field-error">{state.fieldErrors.content.join(" ")}</p>}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Vorlage speichern"}
      </button>
    </form>
  );
}
