import { timingSafeEqual } from "node:crypto";
import { appMetrics } from "@/lib/ops/metrics";
import { getEnv } from "@/lib/env";

/** Prometheus metrics, only with `Authorization: Bearer <METRICS_TOKEN>`; without a configured token: 404. */
export const dynamic = "force-dynamic";

function tokenMatches(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function GET(request: Request) {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return new Response("Nicht gefunden.", { status: 404 });
  if (!tokenMatches(request.headers.get("authorization"), token)) {
    return new Response("Für die Metriken ist ein gültiges Token nötig.", { status: 401, headers: { "www-authenticate": "Bearer" } });
  }
  const { registry } = appMetrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
