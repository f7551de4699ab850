import { currentOperator } from "@/lib/operator/current-operator";
import { catalogueCsv } from "@/lib/verbund/catalogue";
import { calendarDay } from "@/lib/dates";

/** The Verbund catalogue as CSV (operator only; anyone else gets a 404). */
export async function GET() {
  const operator = await currentOperator();
  if (!operator) return new Response("Nicht gefunden.", { status: 404 });
  return new Response(await catalogueCsv(operator), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="musteraufgaben-${calendarDay(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
