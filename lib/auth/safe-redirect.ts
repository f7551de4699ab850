/**
 * Where to go after sign-in: only paths of this installation. The value is
 * parsed as a URL against our own origin (as the browser will), so "/\host",
 * "//host", "/\t/host" or "https://other" cannot lead elsewhere; anything that
 * does not stay on the origin becomes "/".
 */
const PLACEHOLDER_ORIGIN = "http://digicheck.invalid";

export function safeRedirectPath(target: unknown, origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2000) return "/";
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  // Sign-in and sign-out pages would loop.
  if (url.pathname.startsWith("/api/auth")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
