import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "../env";
import { userMessageOf } from "../errors";
import { authenticate, authenticateOperator } from "./authenticate";
import { decodeSessionJwt, encodeSessionJwt } from "./session-jwt";
import { clientAddress } from "../http/client-address";
import { safeRedirectPath } from "./safe-redirect";
import { revokeSession } from "./sessions";

/** next-auth configuration (built lazily so that a build needs no secrets). */
export function authOptions(): AuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
    jwt: { maxAge: env.SESSION_MAX_AGE_HOURS * 3600, encode: encodeSessionJwt, decode: decodeSessionJwt },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-Mail und Passwort",
        credentials: {
          email: { label: "E-Mail-Adresse", type: "email" },
          password: { label: "Passwort", type: "password" },
        },
        async authorize(credentials, request) {
          try {
            return await authenticate({
              email: credentials?.email,
              password: credentials?.password,
              address: clientAddress(request?.headers as Record<string, unknown> | undefined, env.TRUSTED_PROXIES),
            });
          } catch (error) {
            // next-auth hands the message to the login page.
            throw new Error(userMessageOf(error));
          }
        },
      }),
      // The provider's operator console: a separate account kind, signed in at /betrieb/anmelden.
      CredentialsProvider({
        id: "betrieb",
        name: "Betrieb",
        credentials: {
          email: { label: "E-Mail-Adresse", type: "email" },
          password: { label: "Passwort", type: "password" },
        },
        async authorize(credentials, request) {
          try {
            return await authenticateOperator({
              email: credentials?.email,
              password: credentials?.password,
              address: clientAddress(request?.headers as Record<string, unknown> | undefined, env.TRUSTED_PROXIES),
            });
          } catch (error) {
            throw new Error(userMessageOf(error));
          }
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        // The cookie carries the server-side session id; everything else is read per request.
        if (user) {
          token.uid = user.id;
          token.sid = (user as { sessionId?: string }).sessionId;
        }
        return token;
      },
      redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") {
          (session.user as { id?: string }).id = token.uid;
        }
        return session;
      },
    },
  };
}
