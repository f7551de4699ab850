"use client";
import { useActionState } from "react";
import type { HandoverFormState, HandoverFormValues } from "./handover-form-state";

const STATUS_OPTIONS = [
  { value: "OPEN", label: "offen" },
  { value: "DOCUMENTED", label: "dokumentiert" },
  { value: "DISCUSSED", label: "besprochen" },
  { value: "TAKEN_OVER", label: "übernommen" },
];

const FIELDS = [
  { key: "runningMatters", label: "Laufende Vorgänge", hint: "Was ist gerade in Arbeit, mit Aktenzeichen und nächstem Schritt?" },
  {
    key: "accessToTransfer",
    label: "Zugänge und Fachverfahren zu übertragen",
    hint: "Welche Rechte, Postfächer oder Programme braucht die Nachfolge?",
  },
  { key: "fileLocation", label: "Ablageort der Unterlagen", hint: "Laufwerk, Ordner, E-Akte oder Schrank." },
  { key: "openQuestions", label: "Offene Fragen", hint: "Was ist noch zu klären, und mit wem?" },
] as const;

/** The Übergabeprotokoll form: per task its status and the four notes; both parties use it. */
export function HandoverForm(props: {
  initial: HandoverFormValues;
  tasks: { taskId: string; title: string; unitName: string }[];
  handoverId: string;
  action: (state: HandoverFormState, formData: FormData) => Promise<HandoverFormState>;
}) {
  const [state, action, pending] = useActionState<HandoverFormState, FormData>(props.action, {});
  const values = state.values ?? props.initial;
  const itemOf = (taskId: string) =>
    values.items.find((item) => item.taskId === taskId) ?? props.initial.items.find((item) => item.taskId === taskId)!;
  return (
    <form action={action} key={state.attempt ?? "start"} className="stacked-form">
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="handoverId" value={props.handoverId} />
      <input type="hidden" name="updatedAt" value={values.updatedAt} />
      {props.tasks.map((task) => {
        const item = itemOf(task.taskId);
        return (
          <fieldset className="card" key={task.taskId}>
            <legend>
              {task.title} <span className="meta">({task.unitName})</span>
            </legend>
            <input type="hidden" name="taskId" value={task.taskId} />
            <fieldset className="radio-row">
              <legend>Stand der Übergabe</legend>
              {STATUS_OPTIONS.map((option) => (
                <span className="field field--checkbox" key={option.value}>
                  <input
                    type="radio"
                    id={`status-${task.taskId}-${option.value}`}
                    name={`status-${task.taskId}`}
                    value={option.value}
                    defaultChecked={item.status === option.value}
                  />
                  <label htmlFor={`status-${task.taskId}-${option.value}`}>{option.label}</label>
                </span>
              ))}
            </fieldset>
            {FIELDS.map((field) => {
              const id = `${field.key}-${task.taskId}`;
              return (
                <div className="field" key={field.key}>
                  <label htmlFor={id}>{field.label}</label>
                  <textarea id={id} name={id} rows={3} maxLength={5000} defaultValue={item[field.key]} aria-describedby={`${id}-hint`} />
                  <p className="field-hint" id={`${id}-hint`}>
                    {field.hint}
                  </p>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <div className="field card">
        <label htmlFor="notes">Allgemeine Notizen</label>
        <textarea id="notes" name="notes" rows={4} maxLength={5000} defaultValue={values.notes} />
      </div>
      <p className="field-hint">
        Wenn Sie etwas ändern, werden bisherige Bestätigungen aufgehoben – beide Seiten bestätigen dann den neuen Stand.
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Protokoll speichern"}
      </button>
    </form>
  );
}
