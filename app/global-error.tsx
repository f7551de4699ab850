"use client";

import "./globals.css";
import { ErrorNotice } from "@/components/errors/error-notice";

/** Errors of the root layout itself: replaces the whole document, so it brings its own html and body. */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="de">
      <head>
        <title>Fehler – DigiCheck Wissen</title>
      </head>
      <body>
        <main id="inhalt">
          <ErrorNotice {...props} />
        </main>
      </body>
    </html>
  );
}
