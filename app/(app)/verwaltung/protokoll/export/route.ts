import { currentViewer } from "@/lib/auth/current-viewer";
import { auditLogCsv } from "@/lib/audit/audit-log";
import { DomainError } from "@/lib/errors";
import { calendarDay } from "@/lib/dates";

/** The filtered audit log as CSV (admins; the export itself is audited). */
export async function GET(request: Request) {
  const viewer = await currentViewer();
  if (!viewer) return new Response("Bitte melden Sie sich an.", { status: 401 });
  try {
    const csv = await auditLogCsv(viewer, Object.fromEntries(new URL(request.url).searchParams));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="pruefprotokoll-${calendarDay(new Date())}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "FORBIDDEN") return new Response("Nicht gefunden.", { status: 404 });
    if (error instanceof DomainError && error.code === "INVALID") return new Response(error.message, { status: 400 });
    throw error;
  }
}
