import { watchAction } from "@/app/(app)/benachrichtigungen/actions";

/**
 * "Beobachten" toggle for an article or a task (a plain form, works without
 * JavaScript). The pressed state says whether the viewer watches it now.
 */
export function WatchButton(props: { target: { articleId: string } | { taskId: string }; watching: boolean; returnTo: string }) {
  const [name, value] = "articleId" in props.target ? ["articleId", props.target.articleId] : ["taskId", props.target.taskId];
  const what = "articleId" in props.target ? "Artikel" : "Aufgabe";
  return (
    <form action={watchAction}>
      <input type="hidden" name={name} value={value} />
      <input type="hidden" name="beobachten" value={props.watching ? "0" : "1"} />
      <input type="hidden" name="zurueck" value={props.returnTo} />
      <button
        type="submit"
        className="button button--secondary"
        aria-pressed={props.watching}
        title={`Benachrichtigung, wenn zu diesem ${what === "Artikel" ? "Artikel" : "dieser Aufgabe"} etwas veröffentlicht wird`}
      >
        {props.watching ? "Beobachtet ✓ (nicht mehr beobachten)" : `${what} beobachten`}
      </button>
    </form>
  );
}

/** The confirmation after the toggle (query `beobachtet=1|0`). */
export function WatchMessage({ value }: { value: string | undefined }) {
  if (value !== "1" && value !== "0") return null;
  return (
    <p className="alert alert--success" role="status">
      {value === "1"
        ? "Sie beobachten das jetzt – unter „Benachrichtigungen“ (Glocke oben) erfahren Sie, wenn dazu etwas veröffentlicht wird."
        : "Sie beobachten das nicht mehr."}
    </p>
  );
}
