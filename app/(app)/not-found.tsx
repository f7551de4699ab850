import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Nicht gefunden</h1>
      <p>Diese Seite gibt es nicht, oder Sie haben keinen Zugriff darauf.</p>
      <p>
        <Link href="/">Zur Startseite</Link>
      </p>
    </>
  );
}
