/**
 * A small HTTP client on node:http with a keep-alive agent. Node's fetch showed a
 * ~40 ms delayed-ACK stall per request on this machine class (TOOLCHAIN.md); the
 * bench measures with this client and reports fetch separately.
 */
import http from "node:http";

export const keepAliveAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export interface HttpResponse { status: number; headers: http.IncomingHttpHeaders; body: string }

export function httpRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent: keepAliveAgent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    // Body in the same write as the headers: no Nagle/delayed-ACK stall.
    request.end(options.body);
  });
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
