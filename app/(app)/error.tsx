"use client";

import { ErrorNotice } from "@/components/errors/error-notice";

/** Errors inside the signed-in area: the header and navigation stay. */
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice {...props} />;
}
