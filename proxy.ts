import { withAuth } from "next-auth/middleware";

/**
 * Sends visitors without a session to the login page. Authorization itself lives
 * in lib/; JSON routes (api/suche) answer 401 themselves instead of redirecting.
 */
export const proxy = withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/auth|api/suche|barrierefreiheit|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
