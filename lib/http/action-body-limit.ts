/**
 * The largest request a server action accepts (the Word import and attachments
 * allow 10 MB per file, plus the form around it). next.config.js sets the same
 * figure as `serverActions.bodySizeLimit`; a unit test keeps the two equal.
 * Bigger requests are refused by the proxy with a German page (HTTP 413)
 * before Next would answer them with an HTTP 500.
 */
export const ACTION_BODY_LIMIT_MB = 12;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** Is this request a server action call (with script: the Next-Action header; without: a multipart form post)? */
export function isActionRequest(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  return headers.has("next-action") || (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/** Why an action request is refused before it reaches Next, or null. */
export function actionBodyRefusal(headers: Headers): { status: 411 | 413; message: string } | null {
  const length = headers.get("content-length");
  if (length === null || !/^\d+$/.test(length)) {
    return { status: 411, message: "Die Anfrage kam ohne Größenangabe an. Bitte laden Sie die Seite neu und versuchen Sie es erneut." };
  }
  if (Number(length) > ACTION_BODY_LIMIT_BYTES) {
    return {
      status: 413,
      message: `Die gesendeten Daten sind zu groß (mehr als ${ACTION_BODY_LIMIT_MB} MB). Dateien dürfen höchstens 10 MB groß sein. Bitte gehen Sie zurück und wählen Sie eine kleinere Datei – Ihre übrigen Eingaben sind nicht gespeichert worden.`,
    };
  }
  return null;
}

/** A minimal German page for a refused request (no script, no outside resources). */
export function refusalPage(message: string): string {
  const escaped = message.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Anfrage abgelehnt – DigiCheck Wissen</title></head><body><main><h1>Anfrage abgelehnt</h1><p role="alert">${escaped}</p><p>Mit der Zurück-Taste Ihres Browsers kommen Sie zum Formular zurück. <a href="/">Zur Startseite</a></p></main></body></html>`;
}

const MALFORMED_PAYLOAD = {
  status: 400 as const,
  message: "Die Anfrage ist unvollständig oder beschädigt. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
};

/**
 * A script-sent action call (Next-Action header) carries its arguments as a JSON
 * array – the whole text body, or the form field "0" of a multipart body. Next
 * answers an undecodable payload with an HTTP 500; the proxy refuses it first
 * with HTTP 400 and a German page. Only the outer shape is checked here; the
 * arguments themselves are validated with zod inside each action.
 */
export async function actionPayloadRefusal(request: Request): Promise<{ status: 400; message: string } | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  try {
    let root: unknown;
    if (type.startsWith("multipart/form-data")) {
      root = (await request.clone().formData()).get("0");
    } else {
      root = await request.clone().text();
    }
    if (typeof root !== "string") return MALFORMED_PAYLOAD;
    return Array.isArray(JSON.parse(root)) ? null : MALFORMED_PAYLOAD;
  } catch {
    return MALFORMED_PAYLOAD;
  }
}
