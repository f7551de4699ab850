import "server-only";
import { DomainError, userMessageOf } from "./errors";

/**
 * Runs a page action and returns the query string for the redirect back: `success`,
 * or the German error message. With `notFoundPage`, not-found is rethrown so the page shows its 404.
 */
export async function outcomeOf(run: () => Promise<unknown>, success: string, options: { notFoundPage?: boolean } = {}): Promise<string> {
  try {
    await run();
    return success;
  } catch (error) {
    if (options.notFoundPage && error instanceof DomainError && error.code === "NOT_FOUND") throw error;
    return `fehler=${encodeURIComponent(userMessageOf(error))}`;
  }
}
