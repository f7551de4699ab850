import { Readable } from "node:stream";
import { currentViewer } from "@/lib/auth/current-viewer";
import { exportMunicipalityForAdmin } from "@/lib/export/municipality-export";
import { DomainError } from "@/lib/errors";

/** Admins: all of the municipality's knowledge as one zip (articles as HTML and Markdown, attachments, CSVs, manifest). */
export async function GET() {
  const viewer = await currentViewer();
  if (!viewer) return new Response("Bitte melden Sie sich an.", { status: 401 });
  try {
    const { stream, fileName } = await exportMunicipalityForAdmin(viewer);
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND"))
      return new Response("Nicht gefunden.", { status: 404 });
    throw error;
  }
}
