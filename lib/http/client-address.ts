/**
 * The address a request comes from, for the login throttle and the audit log.
 * The direct peer is the socket address that scripts/stack/app-server.mjs puts
 * into `x-digicheck-peer`. X-Forwarded-For is believed only hop by hop from the
 * right while the hop is a trusted proxy (TRUSTED_PROXIES: addresses or CIDR
 * ranges, plus "loopback"/"private" as proxy-addr understands them), so a client
 * cannot choose the address by sending the header itself.
 */
import proxyAddr from "proxy-addr";

export const PEER_HEADER = "x-digicheck-peer";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : undefined;
}

const compiled = new Map<string, ReturnType<typeof proxyAddr.compile>>();

/** Parses a TRUSTED_PROXIES value; throws on an entry that is neither an address nor a range. */
export function trustedProxies(list: string): ReturnType<typeof proxyAddr.compile> {
  let trust = compiled.get(list);
  if (!trust) {
    const entries = list
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    trust = proxyAddr.compile(entries);
    compiled.set(list, trust);
  }
  return trust;
}

/** The client's address, or "unbekannt" when the request did not come through the app server. */
export function clientAddress(headers: HeaderSource, trustedList: string): string {
  const peer = header(headers, PEER_HEADER)?.trim();
  if (!peer) return "unbekannt";
  const forwardedFor = header(headers, "x-forwarded-for");
  const request = {
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    connection: { remoteAddress: peer },
    socket: { remoteAddress: peer },
  } as unknown as Parameters<typeof proxyAddr>[0];
  try {
    return proxyAddr(request, trustedProxies(trustedList));
  } catch {
    return peer;
  }
}
