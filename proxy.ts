import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { decodeSessionJwt } from "@/lib/auth/session-jwt";
import { actionBodyRefusal, actionPayloadRefusal, isActionRequest, refusalPage } from "@/lib/http/action-body-limit";

/**
 * Two jobs, and only on the requests that need them (see `config`):
 * - Server action calls that are too big, say no size or carry an undecodable
 *   payload are refused with a German page before Next would answer them with
 *   an HTTP 500.
 * - Visitors without a session cookie go to the login page, remembering where
 *   they wanted to go. Running this on every signed-in request cost about a
 *   quarter of the article page's throughput (docs/performance.md), and the real
 *   check happens anyway in every page and route (lib/auth), which also sends a
 *   forged or stale cookie to the login page. JSON routes (api/suche) answer 401
 *   themselves instead of redirecting.
 */
const signInRedirect = withAuth({ pages: { signIn: "/login" }, jwt: { decode: decodeSessionJwt } });

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PUBLIC_PATHS =
  /^\/(login|betrieb|api\/health|api\/ready|api\/metrics|konto\/passwort-setzen|konto\/passwort-vergessen|api\/auth|api\/suche|barrierefreiheit|_next\/static|_next\/image|favicon\.ico|icon\.svg|robots\.txt)/;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (isActionRequest(request.method, request.headers)) {
    const refusal = actionBodyRefusal(request.headers) ?? (await actionPayloadRefusal(request));
    if (refusal) {
      return new NextResponse(refusalPage(refusal.message), {
        status: refusal.status,
        headers: { "content-type": "text/html; charset=utf-8" },
      });
    }
  }
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn || PUBLIC_PATHS.test(request.nextUrl.pathname)) return NextResponse.next();
  return signInRedirect(request as NextRequestWithAuth, event);
}

export const config = {
  matcher: [
    {
      source:
        "/((?!login|betrieb|api/health|api/ready|api/metrics|konto/passwort-setzen|konto/passwort-vergessen|api/auth|api/suche|barrierefreiheit|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "cookie", key: "next-auth.session-token" },
        { type: "cookie", key: "__Secure-next-auth.session-token" },
      ],
    },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
