/**
 * Link targets allowed in articles: web and mail addresses, phone numbers and
 * links within the app. Everything else (javascript:, data:, vbscript:, …) is refused.
 */
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:", "tel:"]);

export function isSafeHref(href: string | null | undefined): boolean {
  if (typeof href !== "string") return false;
  // Browsers ignore control characters and whitespace inside the scheme ("java\tscript:").
  const trimmed = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (trimmed === "") return false;
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) return true;
  if (trimmed.startsWith("#")) return true;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}
