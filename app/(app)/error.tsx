"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Etwas ist schiefgelaufen</h1>
      <p>Die Seite konnte nicht geladen werden. Bitte versuchen Sie es erneut.</p>
      <button type="button" className="button" onClick={reset}>
        Erneut versuchen
      </button>
    </>
  );
}
