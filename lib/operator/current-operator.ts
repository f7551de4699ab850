import "server-only";
/**
 * The signed-in operator of a request. An operator is a different kind of
 * principal from a municipal Viewer: no organization, no role, and no lib/
 * domain function accepts it, so the console cannot reach any municipality's
 * articles, people or tasks by construction.
 */
import { cache } from "react";
import { redirect } from "next/navigation";
import { systemDb } from "../db/client";
import { currentSessionId } from "../auth/current-viewer";
import { SESSION_TIMES_SELECT, sessionIsLive } from "../auth/sessions";

export interface OperatorPrincipal {
  kind: "operator";
  operatorId: string;
  displayName: string;
  email: string;
}

/** The operator behind a session id, if the session is live and the operator active. */
export async function loadOperatorForSession(sessionId: string): Promise<OperatorPrincipal | null> {
  const session = await systemDb().authSession.findUnique({
    where: { id: sessionId },
    select: { ...SESSION_TIMES_SELECT, operator: { select: { id: true, displayName: true, email: true, active: true } } },
  });
  if (!session?.operator || !session.operator.active || !sessionIsLive(session)) return null;
  return { kind: "operator", operatorId: session.operator.id, displayName: session.operator.displayName, email: session.operator.email };
}

export const currentOperator = cache(async (): Promise<OperatorPrincipal | null> => {
  const sessionId = await currentSessionId();
  return sessionId ? loadOperatorForSession(sessionId) : null;
});

export async function requireOperator(): Promise<OperatorPrincipal> {
  const operator = await currentOperator();
  if (!operator) redirect("/betrieb/anmelden");
  return operator;
}
