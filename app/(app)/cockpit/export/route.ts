import { currentViewer } from "@/lib/auth/current-viewer";
import { cockpitScope } from "@/lib/auth/policy";
import { loadTaskCoverage } from "@/lib/coverage/load-coverage";
import { riskFilterSchema, tasksAtRisk } from "@/lib/coverage/cockpit-summary";
import { MATURITY_LABELS } from "@/lib/coverage/coverage-rules";
import { toCsv } from "@/lib/csv/write-csv";
import { calendarDay } from "@/lib/dates";

/** The cockpit's task list as CSV, with the same scope and filters as the page (tasks, not people). */
export async function GET(request: Request) {
  const viewer = await currentViewer();
  if (!viewer) return new Response("Bitte melden Sie sich an.", { status: 401 });
  if (!cockpitScope(viewer)) return new Response("Nicht gefunden.", { status: 404 });
  const filter = riskFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = tasksAtRisk(await loadTaskCoverage(viewer), filter);
  const csv = toCsv(
    [
      "Aufgabe",
      "Organisationseinheit",
      "Stelle",
      "Kritikalität",
      "Monate bis Austritt",
      "Reifegrad",
      "Reifegrad (Text)",
      "abgedeckt durch Vertretung",
      "Einzelwissen",
      "Risiko",
      "Was fehlt",
    ],
    rows.map((row) => [
      row.title,
      row.unitName,
      row.positionTitle,
      row.criticality,
      row.monthsToExit,
      row.maturity,
      MATURITY_LABELS[row.maturity],
      row.hasSuitableDeputy,
      row.singleKnower,
      row.risk,
      row.missing.join("; "),
    ]),
  );
  const date = calendarDay(new Date());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="wissens-cockpit-${date}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
