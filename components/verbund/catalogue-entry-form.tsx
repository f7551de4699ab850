"use client";
import { useActionState } from "react";
import { PRODUCT_AREAS } from "@/lib/verbund/product-areas";

export interface CatalogueEntryValues {
  productArea: string;
  title: string;
  description: string;
  legalBasis: string;
  serviceKey: string;
}

export interface CatalogueEntryState {
  error?: string;
  fieldErrors: Record<string, string[]>;
  values?: CatalogueEntryValues;
  done?: string;
}

const FIELDS = [
  ["title", "Bezeichnung", "z. B. „Gewerbeanmeldung, -ummeldung und -abmeldung“"],
  ["legalBasis", "Rechtsgrundlage", "z. B. „GewO § 14“"],
  ["serviceKey", "Leistungsschlüssel (LeiKa/FIM)", "Nur für Leistungen an Bürgerinnen und Unternehmen; Ziffern, sonst leer lassen"],
] as const;

/** Creates or edits one catalogue entry (operator console); a refused save keeps what was typed. */
export function CatalogueEntryForm(props: {
  idPrefix: string;
  entryId?: string;
  initial: CatalogueEntryValues;
  submitLabel: string;
  action: (state: CatalogueEntryState, formData: FormData) => Promise<CatalogueEntryState>;
}) {
  const [state, action, pending] = useActionState(props.action, { fieldErrors: {} });
  const values = state.values ?? props.initial;
  const error = (name: string) => state.fieldErrors[name]?.join(" ");
  const described = (name: string, hint: boolean) =>
    [hint ? `${props.idPrefix}-${name}-hint` : null, error(name) ? `${props.idPrefix}-${name}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <form action={action} className="stacked-form" noValidate key={JSON.stringify(state.values ?? null)}>
      {props.entryId && <input type="hidden" name="id" value={props.entryId} />}
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      {state.done && (
        <p className="alert alert--success" role="status">
          {state.done}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${props.idPrefix}-productArea`}>Produktbereich</label>
        <select
          id={`${props.idPrefix}-productArea`}
          name="productArea"
          defaultValue={values.productArea}
          aria-invalid={error("productArea") ? true : undefined}
          aria-describedby={described("productArea", false)}
        >
          {Object.entries(PRODUCT_AREAS).map(([code, name]) => (
            <option key={code} value={code}>
              {code} {name}
            </option>
          ))}
        </select>
        {error("productArea") && (
          <p className="field-error" id={`${props.idPrefix}-productArea-error`}>
            {error("productArea")}
          </p>
        )}
      </div>
      {FIELDS.map(([name, label, hint]) => (
        <div className="field" key={name}>
          <label htmlFor={`${props.idPrefix}-${name}`}>{label}</label>
          <p className="field-hint" id={`${props.idPrefix}-${name}-hint`}>
            {hint}
          </p>
          <input
            id={`${props.idPrefix}-${name}`}
            name={name}
            type="text"
            defaultValue={values[name]}
            required={name === "title"}
            aria-invalid={error(name) ? true : undefined}
            aria-describedby={described(name, true)}
          />
          {error(name) && (
            <p className="field-error" id={`${props.idPrefix}-${name}-error`}>
              {error(name)}
            </p>
          )}
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${props.idPrefix}-description`}>Beschreibung</label>
        <textarea
          id={`${props.idPrefix}-description`}
          name="description"
          rows={3}
          defaultValue={values.description}
          aria-invalid={error("description") ? true : undefined}
          aria-describedby={described("description", false)}
        />
        {error("description") && (
          <p className="field-error" id={`${props.idPrefix}-description-error`}>
            {error("description")}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gespeichert …" : props.submitLabel}
      </button>
    </form>
  );
}
