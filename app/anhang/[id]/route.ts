import { currentViewer } from "@/lib/auth/current-viewer";
import { openAttachment } from "@/lib/knowledge/attachments";
import { DomainError } from "@/lib/errors";

/** Shown by the browser itself: raster images, and PDFs in the browser's PDF viewer (the sandbox policy still applies). */
const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]);

/** RFC 6266 file name for German umlauts, with an ASCII fallback. */
function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Serves an attachment to users who may read its article (404 for everyone
 * else, also across municipalities). Images and PDFs are shown inline (PDFs in
 * the browser's viewer; `?herunterladen=1` downloads them), everything else is
 * downloaded; a strict sandbox policy keeps any file from running script here.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await currentViewer();
  if (!viewer) return new Response("Bitte melden Sie sich an.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { id } = await params;
  try {
    const file = await openAttachment(viewer, id);
    const inline = INLINE_TYPES.has(file.contentType) && !new URL(request.url).searchParams.has("herunterladen");
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, max-age=300",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") {
      return new Response("Der Anhang wurde nicht gefunden oder Sie haben keinen Zugriff darauf.", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
