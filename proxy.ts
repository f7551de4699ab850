import { withAuth } from "next-auth/middleware";

/** Sends visitors without a session to the login page. Authorization itself lives in lib/. */
export const proxy = withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
