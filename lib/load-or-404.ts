import "server-only";
import { notFound } from "next/navigation";
import { DomainError, type DomainErrorCode } from "./errors";

/**
 * Runs a domain read for a page; "not found or no access" becomes the 404 page.
 * `alsoAs404` names further refusals that mean "nothing to show here" for this
 * page (e.g. an unusable id in the query string).
 */
export async function loadOr404<T>(load: () => Promise<T>, alsoAs404: DomainErrorCode[] = []): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DomainError && (error.code === "NOT_FOUND" || alsoAs404.includes(error.code))) notFound();
    throw error;
  }
}
