"use client";

import { ErrorNotice } from "@/components/errors/error-notice";

/** Errors of a layout below the root (e.g. the signed-in area's layout when the session cannot be read). */
export default function RootErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhalt">
      <ErrorNotice {...props} />
    </main>
  );
}
