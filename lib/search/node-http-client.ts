import "server-only";
/**
 * Transport for the Meilisearch client: keep-alive requests over node:http
 * (lib/http/keep-alive-request.ts), answers parsed as JSON, HTTP errors thrown
 * with Meilisearch's message and code.
 */
import { keepAliveRequest } from "../http/keep-alive-request";

export class MeilisearchHttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly code?: string,
  ) {
    super(message);
    this.name = "MeilisearchHttpError";
  }
}

export async function nodeHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => {
    headers[key] = value;
  });
  const response = await keepAliveRequest(input instanceof Request ? input.url : input, {
    method: init.method ?? "GET",
    headers,
    body: typeof init.body === "string" ? init.body : undefined,
    signal: init.signal ?? undefined,
  });
  let data: unknown;
  try {
    data = response.body === "" ? undefined : JSON.parse(response.body);
  } catch {
    data = response.body;
  }
  if (response.status >= 400) {
    const details = (data ?? {}) as { message?: string; code?: string };
    throw new MeilisearchHttpError(response.status, details.message ?? `Meilisearch antwortete mit ${response.status}`, details.code);
  }
  return data;
}
