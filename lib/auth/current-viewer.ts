import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { getEnv } from "../env";
import type { Viewer } from "./viewer";
import { loadViewerForSession } from "./load-viewer";
import { decodeSessionJwt } from "./session-jwt";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in viewer of this request, or null. Reads the session cookie
 * directly (next-auth's getToken with our cached-key decoder) instead of
 * getServerSession, which would also re-encrypt the token on every request
 * without being able to set the cookie from a server component.
 */
const sessionToken = cache(async () =>
  getToken({
    // Cookies only: a bearer header is not a way to sign in to this app.
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: getEnv().NEXTAUTH_SECRET,
    decode: decodeSessionJwt,
  }).catch(() => null),
);

/** The id of this request's server-side session (from the cookie), or null. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const sessionId = (await sessionToken())?.sid;
  // A token without a session id (from before sessions were checked) is no session.
  return typeof sessionId === "string" && UUID.test(sessionId) ? sessionId : null;
});

export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const sessionId = await currentSessionId();
  return sessionId ? loadViewerForSession(sessionId) : null;
});

/** The signed-in viewer; sends everyone else to the login page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  return viewer;
}
