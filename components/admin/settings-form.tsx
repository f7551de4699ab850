"use client";
import { useActionState } from "react";
import type { SettingsFormState } from "./settings-form-state";

/** The organization's governance settings; each option says in German what it changes. */
export function SettingsForm(props: {
  initial: {
    requireFourEyes: boolean;
    defaultReviewIntervalMonths: number;
    readConfirmationsEnabled: boolean;
    leadsSeeOnboardingProgress: boolean;
  };
  action: (state: SettingsFormState, formData: FormData) => Promise<SettingsFormState>;
}) {
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(props.action, { fieldErrors: {} });
  const values = state.values ?? { ...props.initial, defaultReviewIntervalMonths: String(props.initial.defaultReviewIntervalMonths) };
  const intervalError = state.fieldErrors.defaultReviewIntervalMonths;
  return (
    <form action={action} key={state.saved ? "saved" : "editing"} noValidate>
      {state.error && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p className="alert alert--success" role="status">
          Die Einstellungen sind gespeichert.
        </p>
      )}
      <fieldset className="card">
        <legend>Freigabe</legend>
        <div className="field field--checkbox">
          <input
            id="requireFourEyes"
            name="requireFourEyes"
            type="checkbox"
            defaultChecked={values.requireFourEyes}
            aria-describedby="requireFourEyes-hint"
          />
          <label htmlFor="requireFourEyes">Vier-Augen-Prinzip beim Veröffentlichen</label>
          <p className="field-hint" id="requireFourEyes-hint">
            Artikel werden zur Prüfung eingereicht und erst veröffentlicht, wenn eine zweite Person aus Redaktion, Administration oder der
            Leitung einer verknüpften Organisationseinheit sie freigibt. Wer an der Fassung mitgeschrieben hat, kann sie nicht selbst
            freigeben. Auch Änderungen an veröffentlichten Artikeln gehen dann erst nach Freigabe online.
          </p>
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>Prüfung auf Aktualität</legend>
        <div className="field">
          <label htmlFor="defaultReviewIntervalMonths">Prüfintervall für neue Artikel (Monate)</label>
          <input
            id="defaultReviewIntervalMonths"
            name="defaultReviewIntervalMonths"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            defaultValue={values.defaultReviewIntervalMonths}
            aria-invalid={intervalError ? true : undefined}
            aria-describedby={intervalError ? "interval-hint interval-error" : "interval-hint"}
          />
          <p className="field-hint" id="interval-hint">
            Vorgabe für neue Artikel; Autorinnen und Autoren können es je Artikel ändern. Üblich sind 12 Monate.
          </p>
          {intervalError && (
            <p className="field-error" id="interval-error">
              {intervalError.join(" ")}
            </p>
          )}
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>Kenntnisnahme</legend>
        <div className="field field--checkbox">
          <input
            id="readConfirmationsEnabled"
            name="readConfirmationsEnabled"
            type="checkbox"
            defaultChecked={values.readConfirmationsEnabled}
            aria-describedby="readConfirmations-explanation"
          />
          <label htmlFor="readConfirmationsEnabled">Lesebestätigungen (Kenntnisnahme) einschalten</label>
        </div>
        <div id="readConfirmations-explanation" className="explanation">
          <p>Was das Einschalten bedeutet:</p>
          <ul>
            <li>
              Unter jedem veröffentlichten Artikel erscheint „Zur Kenntnis genommen“. Gespeichert wird, <strong>wer</strong> welche Fassung{" "}
              <strong>wann</strong> bestätigt hat – das sind personenbezogene Beschäftigtendaten.
            </li>
            <li>
              Jede Person sieht ihre eigenen Bestätigungen. Die verantwortliche Person eines Artikels und das Personalamt sehen nur Zahlen
              (wie viele haben bestätigt).
            </li>
            <li>Namenslisten sieht nur das Personalamt; jeder Aufruf einer solchen Liste wird im Prüfprotokoll festgehalten.</li>
            <li>Bei einer wesentlichen Änderung kann die Autorin oder der Autor alle um erneute Kenntnisnahme bitten.</li>
          </ul>
          <p>
            Weil sich damit feststellen lässt, ob eine bestimmte Person etwas gelesen hat, ist das eine technische Einrichtung, die zur
            Überwachung von Verhalten oder Leistung geeignet ist. Schalten Sie die Funktion erst ein, wenn der Personalrat zugestimmt hat
            (Mitbestimmung nach dem Personalvertretungsrecht Ihres Landes, vgl. § 80 Abs. 1 Nr. 21 BPersVG) und Zweck, Zugriffsrechte und
            Löschfristen in einer Dienstvereinbarung und im Verzeichnis der Verarbeitungstätigkeiten beschrieben sind. Ausschalten blendet
            die Funktion aus; bereits gespeicherte Bestätigungen bleiben erhalten, bis sie gelöscht werden.
          </p>
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>Einarbeitung</legend>
        <div className="field field--checkbox">
          <input
            id="leadsSeeOnboardingProgress"
            name="leadsSeeOnboardingProgress"
            type="checkbox"
            defaultChecked={values.leadsSeeOnboardingProgress}
            aria-describedby="onboardingProgress-explanation"
          />
          <label htmlFor="leadsSeeOnboardingProgress">Leitungen dürfen den Einarbeitungsstand ihrer Beschäftigten sehen</label>
        </div>
        <div id="onboardingProgress-explanation" className="explanation">
          <p>
            Neue Kolleginnen und Kollegen haken auf ihrem Einarbeitungsweg ab, was sie gelesen und geübt haben.{" "}
            <strong>Ohne diese Einstellung sieht das nur die Person selbst.</strong> Eingeschaltet sieht die Leitung einer
            Organisationseinheit bei den Stellen ihrer Einheit, wie viele Artikel jede Person dort gelesen und geübt hat – nicht, wann.
          </p>
          <p>
            Auch das sind Beschäftigtendaten, mit denen sich Verhalten oder Leistung beobachten lässt. Schalten Sie die Einstellung erst
            ein, wenn der Personalrat zugestimmt hat (vgl. § 80 Abs. 1 Nr. 21 BPersVG) und der Zweck – Unterstützung bei der Einarbeitung,
            keine Leistungskontrolle – in der Dienstvereinbarung steht. Das Personalamt und die Administration sehen den Stand nicht.
          </p>
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Einstellungen speichern"}
      </button>
    </form>
  );
}
