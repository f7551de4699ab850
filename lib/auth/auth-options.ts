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
import { OIDC_REFUSALS, oidcProviders, signInWithOidc, type OidcRefusal } from "./oidc";

/** The options with every municipality's OpenID Connect provider, read from the database (for the /api/auth routes). */
export async function authOptionsWithSingleSignOn(): Promise<AuthOptions> {
  const options = authOptions();
  return { ...options, providers: [...options.providers, ...(await oidcProviders())] };
}

const refusalRedirect = (refusal: OidcRefusal) => `/login?fehler=${refusal}`;
export const singleSignOnRefusalText = (code: string | undefined): string | null =>
  code && code in OIDC_REFUSALS ? OIDC_REFUSALS[code as OidcRefusal] : null;

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
      async signIn({ user, account, profile }) {
        if (account?.type !== "oauth") return true;
        try {
          const result = await signInWithOidc({
            providerId: account.provider,
            claims: (profile ?? {}) as Record<string, unknown>,
            accessToken: account.access_token,
          });
          if (!result.ok) return refusalRedirect(result.refusal);
          // next-auth hands this same object to the jwt callback (no adapter, JWT sessions).
          Object.assign(user, { id: result.id, sessionId: result.sessionId });
          return true;
        } catch (error) {
          console.error("Anmeldung über OpenID Connect fehlgeschlagen:", error);
          return refusalRedirect("sso-fehlgeschlagen");
        }
      },
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
