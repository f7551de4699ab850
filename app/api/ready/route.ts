import { readiness } from "@/lib/ops/readiness";

/** Readiness for load balancers: 200 when the database answers, 503 otherwise (German message in the body). */
export const dynamic = "force-dynamic";

export async function GET() {
  const state = await readiness();
  return Response.json(state, { status: state.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
