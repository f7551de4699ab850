"use client";
/**
 * The German text of every error boundary (app/error.tsx, app/(app)/error.tsx,
 * app/global-error.tsx). A database outage (digest set in lib/db/unavailable.ts)
 * gets its own wording: it passes by itself, nothing was lost.
 */
import Link from "next/link";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/error-digests";

export function ErrorNotice({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseAway = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div role="alert" className="error-notice">
      <h1>{databaseAway ? "Die Datenbank ist kurz nicht erreichbar" : "Etwas ist schiefgelaufen"}</h1>
      <p>
        {databaseAway
          ? "DigiCheck Wissen kann gerade nicht auf seine Daten zugreifen, zum Beispiel während eines Neustarts. Das dauert meist nur einige Sekunden. Gespeichertes ist nicht verloren."
          : "Die Seite konnte nicht geladen werden. Ihre gespeicherten Daten sind nicht betroffen."}
      </p>
      <p>Bitte versuchen Sie es gleich noch einmal.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Erneut versuchen
        </button>{" "}
        <Link href="/">Zur Startseite</Link>
      </p>
    </div>
  );
}
