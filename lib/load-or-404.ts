import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "./errors";

/** Runs a domain read for a page; "not found or no access" becomes the 404 page. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
