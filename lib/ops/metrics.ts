import "server-only";
/**
 * Prometheus metrics (prom-client). One registry per process, kept on
 * globalThis so the HTTP server in scripts/stack/app-server.mjs (request
 * durations by route) and the app (login failures and blocks, outbox) fill the
 * same one.
 */
import { Counter, Gauge, Registry } from "prom-client";
import { systemDb } from "../db/client";

interface AppMetrics {
  registry: Registry;
  loginFailures: Counter<"kind">;
  loginBlocks: Counter<"kind">;
}

const holder = globalThis as typeof globalThis & { digicheckMetrics?: AppMetrics; digicheckRegistry?: Registry };

export function appMetrics(): AppMetrics {
  if (holder.digicheckMetrics) return holder.digicheckMetrics;
  // Request durations are recorded by the HTTP server into the same registry.
  const registry = (holder.digicheckRegistry ??= new Registry());
  const metrics: AppMetrics = {
    registry,
    loginFailures: new Counter({
      name: "digicheck_login_failures_total",
      help: "Fehlgeschlagene Anmeldeversuche",
      labelNames: ["kind"],
      registers: [registry],
    }),
    loginBlocks: new Counter({
      name: "digicheck_login_blocks_total",
      help: "Anmeldeversuche, die wegen einer Sperre abgewiesen wurden",
      labelNames: ["kind"],
      registers: [registry],
    }),
  };
  new Gauge({
    name: "digicheck_search_outbox_backlog",
    help: "Ausstehende Aktualisierungen des Suchindex",
    registers: [registry],
    async collect() {
      this.set(await systemDb().searchOutbox.count());
    },
  });
  new Gauge({
    name: "digicheck_search_outbox_failing",
    help: "Aktualisierungen des Suchindex mit mindestens einem Fehlversuch",
    registers: [registry],
    async collect() {
      this.set(await systemDb().searchOutbox.count({ where: { attempts: { gt: 0 } } }));
    },
  });
  holder.digicheckMetrics = metrics;
  return metrics;
}
