import Link from "next/link";
import { connection } from "next/server";

/**
 * Rendered per request, not prerendered: a prerendered page has no nonce on its
 * scripts, and the Content-Security-Policy (scripts/stack/http-guards.mjs) would block them.
 */
export default async function NotFound() {
  await connection();
  return (
    <main id="inhalt">
      <h1>Nicht gefunden</h1>
      <p>Diese Seite gibt es nicht, oder Sie haben keinen Zugriff darauf.</p>
      <p>
        <Link href="/">Zur Startseite</Link>
      </p>
    </main>
  );
}
