/**
 * One metrics series per route: ids, numbers and long tokens in a path become
 * ":id" ("/wissen/3f…" → "/wissen/:id"), and Next's assets are one series.
 * Plain JavaScript, because the HTTP server (app-server.mjs) runs it untranspiled.
 *
 * @param {string} url
 * @returns {string}
 */
export function routeLabel(url) {
  const path = url.split("?")[0] || "/";
  if (path.startsWith("/_next/")) return "/_next/*";
  const label = path
    .split("/")
    .map((segment) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) || /^\d+$/.test(segment) || segment.length > 40
        ? ":id"
        : segment,
    )
    .join("/")
    .slice(0, 120);
  return label || "/";
}
