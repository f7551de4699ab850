import "server-only";
/** What a load balancer asks before sending traffic: is the database there, the search engine, and how long is the outbox? */
import { systemDb } from "../db/client";
import { meili } from "../search/meili-client";

export interface Readiness {
  ready: boolean;
  database: "ok" | "nicht erreichbar";
  search: "ok" | "nicht erreichbar";
  outboxBacklog: number | null;
  message: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("Zeitüberschreitung")), ms).unref())]);
}

export async function readiness(): Promise<Readiness> {
  const [database, search, backlog] = await Promise.all([
    withTimeout(systemDb().$queryRaw`SELECT 1`, 2000).then(
      () => "ok" as const,
      () => "nicht erreichbar" as const,
    ),
    withTimeout(meili().health(), 2000).then(
      () => "ok" as const,
      () => "nicht erreichbar" as const,
    ),
    withTimeout(systemDb().searchOutbox.count(), 2000).catch(() => null),
  ]);
  // Without the search engine the app still answers (PostgreSQL fallback), so only the database decides.
  const ready = database === "ok";
  const message = !ready
    ? "Die Datenbank ist nicht erreichbar."
    : search !== "ok"
      ? "Bereit; die Suche läuft im Notbetrieb, weil Meilisearch nicht erreichbar ist."
      : "Bereit.";
  return { ready, database, search, outboxBacklog: backlog, message };
}
