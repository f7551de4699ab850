"use client";
import { useRef, useState, useTransition } from "react";

export interface InterviewQuestion {
  key: string;
  section: string;
  question: string;
  hint: string;
}

/**
 * The interview: one text field per question. Each answer is saved when the
 * field is left (and with the button), so it can be continued in several sittings.
 */
export function InterviewForm(props: {
  taskId: string;
  questions: InterviewQuestion[];
  answers: Record<string, string | undefined>;
  save: (taskId: string, answers: Record<string, string>) => Promise<{ ok: boolean; message: string }>;
}) {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  function saveAll() {
    const form = formRef.current;
    if (!form) return;
    const answers = Object.fromEntries(
      props.questions.map((question) => [question.key, String(new FormData(form).get(question.key) ?? "")]),
    );
    startTransition(async () => setStatus(await props.save(props.taskId, answers)));
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        saveAll();
      }}
      className="card"
    >
      <p className="field-hint">
        Ihre Antworten werden gespeichert, sobald Sie ein Feld verlassen. Sie können jederzeit aufhören und später weitermachen. Listen:
        jede Zeile mit „- “ beginnen.
      </p>
      {props.questions.map((question, index) => (
        <div className="field" key={question.key}>
          <label htmlFor={`frage-${question.key}`}>
            {index + 1}. {question.question}
          </label>
          <p className="field-hint" id={`frage-${question.key}-hint`}>
            Abschnitt „{question.section}“ – {question.hint}
          </p>
          <textarea
            id={`frage-${question.key}`}
            name={question.key}
            rows={5}
            maxLength={10_000}
            defaultValue={props.answers[question.key] ?? ""}
            aria-describedby={`frage-${question.key}-hint`}
            onBlur={saveAll}
          />
        </div>
      ))}
      <p role="status" className={status ? (status.ok ? "save-status" : "field-error") : "save-status"}>
        {pending ? "Wird gespeichert …" : (status?.message ?? "")}
      </p>
      <button type="submit" className="button button--secondary" disabled={pending}>
        Zwischenspeichern
      </button>
    </form>
  );
}
