import "server-only";
import type { Viewer } from "../auth/viewer";
import { canCreateArticle } from "../auth/policy";
import { convertDocx } from "../content/import-docx";
import { forbidden } from "../errors";
import { createArticle } from "./save-article";

/** Converts an uploaded .docx for the preview (authors only); nothing is stored. */
export function previewDocxImport(viewer: Viewer, bytes: Uint8Array, fileName: string) {
  if (!canCreateArticle(viewer)) throw forbidden("Sie dürfen keine Artikel anlegen.");
  return convertDocx(bytes, fileName);
}

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
