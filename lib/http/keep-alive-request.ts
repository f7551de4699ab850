/**
 * HTTP requests over node:http(s) with keep-alive, the body written in the same
 * write as the headers. Node's built-in fetch showed a ~40 ms delayed-ACK stall
 * on many requests on this machine class (docs/performance.md); this does not.
 * Used by the Meilisearch transport and by the benchmarks.
 */
import http from "node:http";
import https from "node:https";

const sharedAgents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

export interface KeepAliveResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface KeepAliveOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Another keep-alive agent (e.g. fewer sockets for a benchmark client). */
  agent?: http.Agent;
}

/**
 * One request. A pooled socket that the server closed just as it was reused
 * ("socket hang up" / ECONNRESET before any answer – the server's keep-alive
 * timer raced ours, or the server was paused longer than its idle timeout) is
 * retried once on a fresh socket, as Node's documentation advises: the server
 * did not read that request.
 */
export async function keepAliveRequest(input: string | URL, options: KeepAliveOptions = {}): Promise<KeepAliveResponse> {
  try {
    return await singleRequest(input, options);
  } catch (error) {
    if (!(error instanceof StaleSocketError)) throw error;
    return singleRequest(input, options);
  }
}

class StaleSocketError extends Error {}

function singleRequest(input: string | URL, options: KeepAliveOptions): Promise<KeepAliveResponse> {
  const url = new URL(String(input));
  const headers = { ...options.headers };
  if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
  const transport = url.protocol === "https:" ? https : http;
  const agent = options.agent ?? sharedAgents[url.protocol === "https:" ? "https:" : "http:"];
  const { signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    // The abort listener is removed as soon as the request settles; handing the
    // signal to http.request instead leaked listeners on shared signals.
    const onAbort = () => request.destroy(signal?.reason instanceof Error ? signal.reason : new Error("Abgebrochen"));
    const settle =
      <T>(callback: (value: T) => void) =>
      (value: T) => {
        signal?.removeEventListener("abort", onAbort);
        callback(value);
      };
    const done = settle(resolve);
    const fail = settle(reject);
    const request = transport.request(url, { method: options.method ?? "GET", headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", fail);
      response.on("end", () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    let answered = false;
    request.on("response", () => (answered = true));
    request.on("error", (error: NodeJS.ErrnoException) => {
      const stale =
        request.reusedSocket && !answered && !signal?.aborted && (error.code === "ECONNRESET" || error.message === "socket hang up");
      fail(stale ? new StaleSocketError(error.message, { cause: error }) : error);
    });
    request.end(options.body);
  });
}
