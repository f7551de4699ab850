/**
 * The result of a redirecting form action, read from the query: a success text
 * chosen by key (unknown keys show nothing) and an error message (shortened).
 */
export function FlashMessages({ saved, error, texts }: { saved?: string; error?: string; texts: Record<string, string> }) {
  return (
    <>
      {saved && texts[saved] && (
        <p className="alert alert--success" role="status">
          {texts[saved]}
        </p>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error.slice(0, 400)}
        </p>
      )}
    </>
  );
}
