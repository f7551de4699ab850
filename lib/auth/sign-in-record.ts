import "server-only";
import { systemDb } from "../db/client";
import { openSession } from "./sessions";

export type SignInMethod = "passwort" | "ldap" | "oidc";

/** Opens the server-side session of a successful sign-in and records it (last sign-in, method, audit event). */
export async function recordSignIn(user: { id: string; organizationId: string }, method: SignInMethod, address: string): Promise<string> {
  const sessionId = await openSession({ userId: user.id }, address);
  await systemDb().$transaction([
    systemDb().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), signInMethod: method } }),
    systemDb().auditEvent.create({
      data: {
        organizationId: user.organizationId,
        actorId: user.id,
        action: "auth.sign_in",
        entityType: "User",
        entityId: user.id,
        data: { method },
      },
    }),
  ]);
  return sessionId;
}
