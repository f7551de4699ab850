"use client";
import { useActionState } from "react";
import type { ColumnSpec } from "@/lib/org-import/formats";
import type { FieldInput } from "@/lib/org-import/record-fields";
import { CRITICALITY_LABELS } from "@/lib/coverage/coverage-rules";

export interface MasterRecordState {
  errors?: string[];
  values?: Record<string, string>;
}

type Option = { value: string; label: string };

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
const isoDate = (value: string) => {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  return match ? `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}` : value;
};
const isoMonth = (value: string) => {
  const match = /^(\d{1,2})\.(\d{4})$/.exec(value);
  return match ? `${match[2]}-${match[1].padStart(2, "0")}` : value;
};

/** One record of a master-data kind; checked on the server exactly like a CSV row. */
export function MasterRecordForm(props: {
  kind: string;
  columns: ColumnSpec[];
  inputs: Record<string, FieldInput>;
  labels: Record<string, string>;
  keyColumn: string;
  isNew: boolean;
  values: Record<string, string>;
  options: { units: Option[]; positions: Option[]; people: Option[]; catalogue: Option[] };
  action: (state: MasterRecordState, formData: FormData) => Promise<MasterRecordState>;
}) {
  const [state, action, pending] = useActionState(props.action, {});
  const values = state.values ?? props.values;
  return (
    // Remounted with the sent values after a refused save, so nothing typed is lost (React resets forms after an action).
    <form action={action} className="card" noValidate key={JSON.stringify(state.values ?? null)}>
      <input type="hidden" name="art" value={props.kind} />
      {state.errors && state.errors.length > 0 && (
        <div className="alert alert--error" role="alert">
          <p>Nicht gespeichert:</p>
          <ul>
            {state.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {props.columns.map((column) => {
        const id = `feld-${column.name}`;
        const label = `${props.labels[column.name] ?? column.name}${column.required ? "" : " (optional)"}`;
        const input = props.inputs[column.name] ?? { type: "text" };
        const value = values[column.name] ?? "";
        const hint = (
          <p className="field-hint" id={`${id}-hint`}>
            {column.description}
          </p>
        );
        if (column.name === props.keyColumn && !props.isNew) {
          return (
            <div className="field" key={column.name}>
              <label htmlFor={id}>{label}</label>
              <input id={id} name={column.name} type="text" value={value} readOnly aria-describedby={`${id}-hint`} />
              <p className="field-hint" id={`${id}-hint`}>
                Der Schlüssel verbindet den Eintrag mit Ihren Quellsystemen und bleibt unverändert.
              </p>
            </div>
          );
        }
        switch (input.type) {
          case "criticality":
            return (
              <fieldset className="field" key={column.name}>
                <legend>{label}</legend>
                {[1, 2, 3, 4, 5].map((level) => (
                  <div className="field--checkbox" key={level}>
                    <input
                      type="radio"
                      id={`${id}-${level}`}
                      name={column.name}
                      value={String(level)}
                      defaultChecked={value === String(level)}
                    />
                    <label htmlFor={`${id}-${level}`}>
                      {level} – {CRITICALITY_LABELS[level]}
                    </label>
                  </div>
                ))}
              </fieldset>
            );
          case "choice":
          case "unit":
          case "position":
          case "catalogue": {
            const references = { unit: props.options.units, position: props.options.positions, catalogue: props.options.catalogue };
            const options: Option[] =
              input.type === "choice"
                ? input.options.map((option) => ({ value: option, label: option || "–" }))
                : [{ value: "", label: "–" }, ...references[input.type]];
            return (
              <div className="field" key={column.name}>
                <label htmlFor={id}>{label}</label>
                {hint}
                <select id={id} name={column.name} defaultValue={value} aria-describedby={`${id}-hint`}>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          }
          case "positions":
          case "people":
            return (
              <div className="field" key={column.name}>
                <label htmlFor={id}>{label}</label>
                {hint}
                <select id={id} name={column.name} multiple defaultValue={list(value)} aria-describedby={`${id}-hint`}>
                  {(input.type === "positions" ? props.options.positions : props.options.people).map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          case "ranked-people":
            return (
              <fieldset className="field" key={column.name}>
                <legend>{label} in dieser Reihenfolge</legend>
                {Array.from({ length: input.slots }, (_, slot) => (
                  <div className="field" key={slot}>
                    <label htmlFor={`${id}-${slot}`}>{slot + 1}. Vertretung</label>
                    <select id={`${id}-${slot}`} name={column.name} defaultValue={list(value)[slot] ?? ""}>
                      <option value="">–</option>
                      {props.options.people.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
              </fieldset>
            );
          default:
            return (
              <div className="field" key={column.name}>
                <label htmlFor={id}>{label}</label>
                {hint}
                <input
                  id={id}
                  name={column.name}
                  type={input.type === "date" ? "date" : input.type === "month" ? "month" : "text"}
                  defaultValue={input.type === "date" ? isoDate(value) : input.type === "month" ? isoMonth(value) : value}
                  aria-describedby={`${id}-hint`}
                />
              </div>
            );
        }
      })}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Speichern"}
      </button>
    </form>
  );
}
