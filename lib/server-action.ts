import "server-only";
/**
 * The one entry for every server action (docs/architecture.md): the arguments
 * are checked with zod (a crafted call that does not send a form gets a German
 * message, not an HTTP 500), the session becomes a viewer, one lib/ function
 * runs, and its errors are mapped – "not found" to the 404 page, everything else
 * to a German message in the form state or the redirect target.
 */
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { currentViewer } from "./auth/current-viewer";
import type { Viewer } from "./auth/viewer";
import { currentOperator, type OperatorPrincipal } from "./operator/current-operator";
import { DomainError, userMessageOf } from "./errors";
import { asDatabaseError, DATABASE_UNAVAILABLE_MESSAGE, DatabaseUnavailableError } from "./db/unavailable";
import "./zod-german";

/** The one German text for an expired session; forms keep what was typed. */
export const SESSION_EXPIRED =
  "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich in einem neuen Tab erneut an und versuchen Sie es dann noch einmal – Ihre Eingaben bleiben hier erhalten.";

/** Shown when an action is called with something other than its form (a crafted or broken request). */
export const MALFORMED_REQUEST =
  "Die Anfrage ist unvollständig oder beschädigt. Bitte laden Sie die Seite neu und versuchen Sie es erneut.";

/** A refused domain call as a form sees it. */
export interface ActionFailure {
  message: string;
  fieldErrors: Record<string, string[]>;
  conflict: boolean;
}

const formDataSchema = z.instanceof(FormData);

function failureOf(error: unknown): ActionFailure {
  if (error instanceof DomainError) {
    return { message: error.message, fieldErrors: error.fieldErrors, conflict: error.code === "CONFLICT" };
  }
  if (error instanceof z.ZodError) return { message: MALFORMED_REQUEST, fieldErrors: {}, conflict: false };
  if (asDatabaseError(error) instanceof DatabaseUnavailableError) {
    console.warn("Datenbank nicht erreichbar (Server-Aktion):", error instanceof Error ? error.message : error);
    return { message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: {}, conflict: false };
  }
  console.error("Unerwarteter Fehler in einer Server-Aktion:", error);
  return { message: userMessageOf(error), fieldErrors: {}, conflict: false };
}

const isNotFound = (error: unknown) => error instanceof DomainError && error.code === "NOT_FOUND";

/** A failure as one line for a redirect query: the message and any field messages. */
export function failureText(failure: ActionFailure): string {
  const details = Object.values(failure.fieldErrors)
    .flat()
    .filter((detail) => detail !== failure.message);
  return [failure.message, ...new Set(details)].join(" ");
}

/** `fehler=<message>` for a redirect target. */
export const errorQuery = (failure: ActionFailure) => `fehler=${encodeURIComponent(failureText(failure))}`;

/** Keeps only same-origin paths of our app (for "back to" fields a form sends). */
export function safeReturnPath(value: unknown, allowedPrefix: string, fallback: string): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith(allowedPrefix) && !path.startsWith("//") && !/[\\\s]/.test(path) ? path : fallback;
}

/**
 * An action whose form shows the result in place (React `useActionState`).
 * `run` returns the next state; `failed` builds the state for a refusal (e.g. with
 * the values typed so far). A foreign or unknown id gives the 404 page when
 * `notFoundPage` is set, otherwise its German message.
 */
export function stateAction<State>(
  rawFormData: unknown,
  spec: {
    run: (viewer: Viewer, formData: FormData) => Promise<State>;
    failed: (failure: ActionFailure, formData: FormData | null) => State;
    notFoundPage?: boolean;
  },
): Promise<State> {
  return principalStateAction(currentViewer, rawFormData, spec);
}

/** stateAction for the operator console: the principal is the signed-in operator, never a municipal viewer. */
export function operatorStateAction<State>(
  rawFormData: unknown,
  spec: {
    run: (operator: OperatorPrincipal, formData: FormData) => Promise<State>;
    failed: (failure: ActionFailure, formData: FormData | null) => State;
  },
): Promise<State> {
  return principalStateAction(currentOperator, rawFormData, spec);
}

async function principalStateAction<Principal, State>(
  loadPrincipal: () => Promise<Principal | null>,
  rawFormData: unknown,
  spec: {
    run: (principal: Principal, formData: FormData) => Promise<State>;
    failed: (failure: ActionFailure, formData: FormData | null) => State;
    notFoundPage?: boolean;
  },
): Promise<State> {
  const parsed = formDataSchema.safeParse(rawFormData);
  if (!parsed.success) return spec.failed({ message: MALFORMED_REQUEST, fieldErrors: {}, conflict: false }, null);
  const formData = parsed.data;
  try {
    // The session lookup reads the database too: inside the error mapping, so an outage is a message, not an error page.
    const principal = await loadPrincipal();
    if (!principal) return spec.failed({ message: SESSION_EXPIRED, fieldErrors: {}, conflict: false }, formData);
    return await spec.run(principal, formData);
  } catch (error) {
    unstable_rethrow(error);
    if (spec.notFoundPage && isNotFound(error)) notFound();
    return spec.failed(failureOf(error), formData);
  }
}

/**
 * An action of a page without sign-in (setting a password through a link,
 * "Passwort vergessen"): the same parse and error mapping, no viewer.
 */
export async function publicStateAction<State>(
  rawFormData: unknown,
  spec: {
    run: (formData: FormData) => Promise<State>;
    failed: (failure: ActionFailure, formData: FormData | null) => State;
  },
): Promise<State> {
  const parsed = formDataSchema.safeParse(rawFormData);
  if (!parsed.success) return spec.failed({ message: MALFORMED_REQUEST, fieldErrors: {}, conflict: false }, null);
  try {
    return await spec.run(parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    return spec.failed(failureOf(error), parsed.data);
  }
}

/**
 * An action behind a plain form button that redirects afterwards (works without
 * script). `run` returns the target after success; `failed` the target that
 * shows the German message. Not found (foreign id, no access) gives the 404 page;
 * without a session the browser goes to the login page.
 */
export function redirectAction(
  rawFormData: unknown,
  spec: {
    run: (viewer: Viewer, formData: FormData) => Promise<string>;
    failed: (failure: ActionFailure, formData: FormData) => string;
    /** Runs after the domain call, whatever its outcome (revalidation, search drain). */
    finally?: (formData: FormData) => void;
  },
): Promise<never> {
  return principalRedirectAction(currentViewer, "/login", rawFormData, spec);
}

/** redirectAction for the operator console (signed out: the operator sign-in page). */
export function operatorRedirectAction(
  rawFormData: unknown,
  spec: {
    run: (operator: OperatorPrincipal, formData: FormData) => Promise<string>;
    failed: (failure: ActionFailure, formData: FormData) => string;
    finally?: (formData: FormData) => void;
  },
): Promise<never> {
  return principalRedirectAction(currentOperator, "/betrieb/anmelden", rawFormData, spec);
}

async function principalRedirectAction<Principal>(
  loadPrincipal: () => Promise<Principal | null>,
  signInPath: string,
  rawFormData: unknown,
  spec: {
    run: (principal: Principal, formData: FormData) => Promise<string>;
    failed: (failure: ActionFailure, formData: FormData) => string;
    finally?: (formData: FormData) => void;
  },
): Promise<never> {
  const parsed = formDataSchema.safeParse(rawFormData);
  if (!parsed.success) notFound();
  const formData = parsed.data;
  let target: string;
  try {
    const principal = await loadPrincipal();
    if (!principal) redirect(signInPath);
    target = await spec.run(principal, formData);
  } catch (error) {
    unstable_rethrow(error);
    if (isNotFound(error)) notFound();
    target = spec.failed(failureOf(error), formData);
  } finally {
    spec.finally?.(formData);
  }
  redirect(target);
}

/**
 * An action called from script with plain arguments (e.g. the interview's save
 * when a field is left): the arguments are parsed with `schema`; anything else
 * gets the German message of the failure, never zod's English text.
 */
export async function callAction<Args, Result>(
  rawArgs: unknown,
  spec: {
    schema: z.ZodType<Args>;
    run: (viewer: Viewer, args: Args) => Promise<Result>;
    failed: (failure: ActionFailure) => Result;
  },
): Promise<Result> {
  const parsed = spec.schema.safeParse(rawArgs);
  if (!parsed.success) return spec.failed({ message: MALFORMED_REQUEST, fieldErrors: {}, conflict: false });
  try {
    const viewer = await currentViewer();
    if (!viewer) return spec.failed({ message: SESSION_EXPIRED, fieldErrors: {}, conflict: false });
    return await spec.run(viewer, parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    return spec.failed(failureOf(error));
  }
}

/** A string field of a form ("" when missing). */
export const field = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Is this a well-formed record id (safe to put into a redirect path)? */
export const isRecordId = (value: string): boolean => z.uuid().safeParse(value).success;

/**
 * The common redirect action: run one change, then go back to the page `back`
 * builds, with `success` or `fehler=<message>` as its query.
 */
export function redirectBackAction(
  rawFormData: unknown,
  spec: {
    back: (formData: FormData, query: string) => string;
    success: string | ((formData: FormData) => string);
    run: (viewer: Viewer, formData: FormData) => Promise<unknown>;
    finally?: (formData: FormData) => void;
  },
): Promise<never> {
  return redirectAction(rawFormData, {
    run: async (viewer, formData) => {
      await spec.run(viewer, formData);
      return spec.back(formData, typeof spec.success === "string" ? spec.success : spec.success(formData));
    },
    failed: (failure, formData) => spec.back(formData, errorQuery(failure)),
    finally: spec.finally,
  });
}
