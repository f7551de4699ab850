import { currentViewer } from "@/lib/auth/current-viewer";
import { exportCsv } from "@/lib/org-import/export";
import { IMPORT_KINDS } from "@/lib/org-import/formats";
import { DomainError } from "@/lib/errors";
import { calendarDay } from "@/lib/dates";

/** CSV export in the import format (admins and HR). */
export async function GET(request: Request) {
  const viewer = await currentViewer();
  if (!viewer) return new Response("Bitte melden Sie sich an.", { status: 401 });
  const kind = IMPORT_KINDS.find((candidate) => candidate === new URL(request.url).searchParams.get("art"));
  if (!kind) return new Response("Unbekannte Art.", { status: 400 });
  try {
    const csv = await exportCsv(viewer, kind);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${kind}-${calendarDay(new Date())}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "FORBIDDEN") return new Response("Nicht gefunden.", { status: 404 });
    throw error;
  }
}
