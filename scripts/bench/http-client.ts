/**
 * The benchmarks' HTTP client: the product's keep-alive requests
 * (lib/http/keep-alive-request.ts) with an agent of its own, plus sign-in and
 * timing helpers. Node's fetch is measured separately.
 */
import http from "node:http";
import { keepAliveRequest, type KeepAliveResponse } from "../../lib/http/keep-alive-request";

export const keepAliveAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export type HttpResponse = KeepAliveResponse;

export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpResponse> {
  return keepAliveRequest(url, { ...options, agent: keepAliveAgent });
}

function cookiesOf(response: HttpResponse): string[] {
  return (response.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]);
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header of the session. */
export async function signInCookie(appUrl: string, email: string, password: string): Promise<string> {
  const csrf = await httpRequest(`${appUrl}/api/auth/csrf`);
  const csrfCookies = cookiesOf(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const response = await httpRequest(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: appUrl }).toString(),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Anmeldung für den Benchmark fehlgeschlagen (Status ${response.status}).`);
  return session;
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}
