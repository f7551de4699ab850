import type { AccessibilityHint } from "@/lib/content/accessibility-hints";

/** Advice for accessible content below the editor; it never blocks saving. Not a live region, so typing stays quiet for screen readers. */
export function AccessibilityHintsPanel({ hints }: { hints: AccessibilityHint[] }) {
  return (
    <section className="a11y-hints" aria-labelledby="a11y-hints-heading">
      <h2 id="a11y-hints-heading" className="a11y-hints__heading">
        Hinweise zur Barrierefreiheit {hints.length === 0 ? "– keine" : `(${hints.length})`}
      </h2>
      {hints.length === 0 ? (
        <p className="field-hint">
          Überschriften in der richtigen Reihenfolge, sprechende Linktexte und Tabellen mit Kopfzeile – alles in Ordnung.
        </p>
      ) : (
        <ul>
          {hints.map((hint, index) => (
            <li key={`${hint.rule}-${index}`}>{hint.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
