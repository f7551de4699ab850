import { withAuth } from "next-auth/middleware";
import { decodeSessionJwt } from "@/lib/auth/session-jwt";

/**
 * Sends visitors without a session cookie to the login page, remembering where
 * they wanted to go. It only runs when no session cookie is sent at all: running
 * it on every signed-in request cost about a quarter of the article page's
 * throughput (docs/performance.md), and the real check happens anyway in every
 * page and route (requireViewer/currentViewer in lib/auth), which also sends a
 * forged or stale cookie to the login page. JSON routes (api/suche) answer 401
 * themselves instead of redirecting.
 */
export const proxy = withAuth({ pages: { signIn: "/login" }, jwt: { decode: decodeSessionJwt } });

export const config = {
  matcher: [
    {
      source: "/((?!login|api/auth|api/suche|barrierefreiheit|_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [
        { type: "cookie", key: "next-auth.session-token" },
        { type: "cookie", key: "__Secure-next-auth.session-token" },
      ],
    },
  ],
};
