import "server-only";
/**
 * Transport for the Meilisearch client over node:http with keep-alive and the
 * request body written together with the headers. Node's built-in fetch showed
 * a ~40 ms delayed-ACK stall on many searches here (see docs/performance.md);
 * this transport does not.
 */
import http from "node:http";
import https from "node:https";

const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

export class MeilisearchHttpError extends Error {
  constructor(public readonly status: number, message: string, public readonly code?: string) {
    super(message);
    this.name = "MeilisearchHttpError";
  }
}

export function nodeHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => { headers[key] = value; });
  const body = typeof init.body === "string" ? init.body : undefined;
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const transport = url.protocol === "https:" ? https : http;
  const signal = init.signal ?? undefined;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    // The abort listener is removed as soon as the request settles; handing the
    // signal to http.request instead leaked listeners on shared signals.
    const onAbort = () => request.destroy(signal?.reason instanceof Error ? signal.reason : new Error("Abgebrochen"));
    const settle = <T,>(callback: (value: T) => void) => (value: T) => {
      signal?.removeEventListener("abort", onAbort);
      callback(value);
    };
    resolve = settle(resolve);
    reject = settle(reject);
    const request = transport.request(
      url,
      { method: init.method ?? "GET", headers, agent: agents[url.protocol as "http:" | "https:"] },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let data: unknown;
          try {
            data = text === "" ? undefined : JSON.parse(text);
          } catch {
            data = text;
          }
          const status = response.statusCode ?? 0;
          if (status >= 400) {
            const details = (data ?? {}) as { message?: string; code?: string };
            reject(new MeilisearchHttpError(status, details.message ?? `Meilisearch antwortete mit ${status}`, details.code));
          } else {
            resolve(data);
          }
        });
      },
    );
    signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", reject);
    request.end(body);
  });
}
