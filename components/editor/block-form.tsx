"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/react";
import { useEditorPanel } from "./use-editor-panel";
import { BLOCK_LABELS, BLOCK_SCHEMAS, DEADLINE_SCHEDULES, SCHEDULE_LABELS, type BlockType } from "@/lib/content/structured-blocks";

/** What the form edits: a new block, or the block at `pos`. */
export interface BlockFormTarget {
  type: BlockType;
  attrs?: Record<string, unknown>;
  pos?: number;
}

interface FieldSpec {
  name: string;
  label: string;
  input?: "text" | "date" | "number" | "email" | "tel" | "schedule" | "month";
  hint?: string;
  /** For deadlines: shown only for these schedules. */
  schedules?: readonly string[];
}

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

const FIELDS: Record<BlockType, FieldSpec[]> = {
  deadline: [
    { name: "title", label: "Was ist fällig?" },
    { name: "schedule", label: "Wie oft?", input: "schedule" },
    { name: "date", label: "Datum", input: "date", schedules: ["once"] },
    { name: "day", label: "Tag", input: "number", schedules: ["yearly", "quarterly", "monthly"] },
    {
      name: "month",
      label: "Monat",
      input: "month",
      schedules: ["yearly", "quarterly"],
      hint: "Bei vierteljährlich: der erste Fälligkeitsmonat im Jahr, z. B. Februar für 15.02., 15.05., 15.08., 15.11.",
    },
    { name: "note", label: "Hinweis (optional)" },
  ],
  contact: [
    { name: "name", label: "Name" },
    { name: "unit", label: "Stelle oder Organisation (optional)" },
    { name: "phone", label: "Telefon (optional)", input: "tel" },
    { name: "email", label: "E-Mail (optional)", input: "email" },
    { name: "note", label: "Wofür ansprechen? (optional)" },
  ],
  system: [
    { name: "name", label: "Name des Fachverfahrens" },
    { name: "purpose", label: "Wofür wird es genutzt? (optional)" },
  ],
  legalBasis: [
    { name: "norm", label: "Gesetz oder Vorschrift", hint: "z. B. BMG, GewO, Hundesteuersatzung" },
    { name: "section", label: "Paragraf oder Artikel (optional)", hint: "z. B. § 17 Abs. 1" },
    { name: "note", label: "Worum geht es? (optional)" },
  ],
};

const initialValues = (target: BlockFormTarget): Record<string, string> =>
  Object.fromEntries(
    FIELDS[target.type].map((field) => {
      const value = target.attrs?.[field.name];
      return [field.name, value === null || value === undefined ? (field.name === "schedule" ? "yearly" : "") : String(value)];
    }),
  );

/**
 * Form above the editor for inserting or changing a structured block. It checks
 * the input with the same schema the server uses and names each problem in German.
 */
export function BlockForm({ editor, target, onClose }: { editor: Editor; target: BlockFormTarget; onClose: () => void }) {
  const { close, onKeyDown } = useEditorPanel(editor, onClose);
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(target));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);
  const label = BLOCK_LABELS[target.type];
  const idOf = (name: string) => `block-${target.type}-${name}`;
  const visible = FIELDS[target.type].filter((field) => !field.schedules || field.schedules.includes(values.schedule));

  function apply(event: FormEvent) {
    event.preventDefault();
    const parsed = BLOCK_SCHEMAS[target.type].safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message])));
      return;
    }
    const attrs = parsed.data as Record<string, unknown>;
    if (target.pos !== undefined) {
      const pos = target.pos;
      editor
        .chain()
        .focus()
        .command(({ tr }) => {
          tr.setNodeMarkup(pos, undefined, attrs);
          return true;
        })
        .setNodeSelection(pos)
        .run();
    } else {
      editor.chain().focus().insertContent({ type: target.type, attrs }).run();
    }
    onClose();
  }

  return (
    <div className="block-form" role="group" aria-labelledby="block-form-title" onKeyDown={onKeyDown}>
      <p id="block-form-title" className="block-form__title">
        {target.pos !== undefined ? `Baustein „${label}“ ändern` : `Baustein „${label}“ einfügen`}
      </p>
      <div className="block-form__fields">
        {visible.map((field, index) => {
          const id = idOf(field.name);
          const describedBy =
            [field.hint ? `${id}-hint` : "", errors[field.name] ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
          const common = {
            id,
            value: values[field.name] ?? "",
            "aria-invalid": errors[field.name] ? true : undefined,
            "aria-describedby": describedBy,
            onChange: (event: { target: { value: string } }) => {
              setValues({ ...values, [field.name]: event.target.value });
              setErrors({ ...errors, [field.name]: "" });
            },
          };
          return (
            <div className="field" key={field.name}>
              <label htmlFor={id}>{field.label}</label>
              {field.hint && (
                <p className="field-hint" id={`${id}-hint`}>
                  {field.hint}
                </p>
              )}
              {field.input === "schedule" ? (
                <select {...common}>
                  {DEADLINE_SCHEDULES.map((schedule) => (
                    <option key={schedule} value={schedule}>
                      {SCHEDULE_LABELS[schedule]}
                    </option>
                  ))}
                </select>
              ) : field.input === "month" ? (
                <select {...common}>
                  <option value="">Bitte wählen …</option>
                  {MONTHS.map((month, monthIndex) => (
                    <option key={month} value={monthIndex + 1}>
                      {month}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...common}
                  ref={index === 0 ? firstField : undefined}
                  type={field.input === "number" ? "number" : (field.input ?? "text")}
                  inputMode={field.input === "number" ? "numeric" : undefined}
                  onKeyDown={(event) => {
                    if (event.key === "Enter") apply(event);
                  }}
                />
              )}
              {errors[field.name] && (
                <p className="field-error" id={`${id}-error`}>
                  {errors[field.name]}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={apply}>
          {target.pos !== undefined ? "Übernehmen" : "Einfügen"}
        </button>
        {target.pos !== undefined && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              editor
                .chain()
                .focus()
                .deleteRange({ from: target.pos!, to: target.pos! + 1 })
                .run();
              onClose();
            }}
          >
            Baustein entfernen
          </button>
        )}
        <button type="button" className="button button--secondary button--small" onClick={close}>
          Abbrechen
        </button>
      </div>
    </div>
  );
}
