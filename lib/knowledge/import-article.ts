import "server-only";
import type { Viewer } from "../auth/viewer";
import { createArticle } from "./save-article";

/**
 * Saves an imported Word document as a new draft of the viewer, through the
 * normal create (rights, validation, sanitizing, revision, search, audit).
 */
export function importDocxAsDraft(viewer: Viewer, input: { title: unknown; kind: unknown; content: unknown }) {
  return createArticle(viewer, {
    title: input.title,
    kind: input.kind,
    status: "DRAFT",
    content: input.content,
    changeNote: "Aus Word-Dokument importiert",
  });
}
