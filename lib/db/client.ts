import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { getEnv } from "../env";
import { assertTenantScope } from "./tenant-guard";
import { asDatabaseError, noteDatabaseReachable } from "./unavailable";

export type Db = InstanceType<typeof PrismaClient>;

const holder = globalThis as unknown as { digicheckPrisma?: Db; digicheckGuardedPrisma?: Db };

/** How long a request waits for a connection before it is told the database is unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The pool and client. A slow or unreachable server fails fast (connect timeout)
 * instead of queueing requests, and every connection failure becomes one
 * DatabaseUnavailableError (lib/db/unavailable.ts) that pages and actions
 * answer in German.
 */
function baseClient(): Db {
  holder.digicheckPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
  }).$extends({
    name: "database-unavailable",
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          noteDatabaseReachable();
          return result;
        } catch (error) {
          throw asDatabaseError(error);
        }
      },
    },
  }) as unknown as Db;
  return holder.digicheckPrisma;
}

/**
 * The Prisma client for domain code: every query on a model of one municipality
 * must carry its organizationId (lib/db/tenant-guard.ts), otherwise it throws.
 * One pool with systemDb(). The extension only inspects arguments and changes
 * no types, so the client keeps PrismaClient's type.
 */
export function db(): Db {
  holder.digicheckGuardedPrisma ??= baseClient().$extends({
    name: "tenant-guard",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          assertTenantScope(model, operation, args);
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  return holder.digicheckGuardedPrisma;
}

/**
 * The unguarded client, for work that spans municipalities on purpose: system
 * jobs (search outbox, reminders, anonymisation, snapshots), the login lookup
 * by e-mail, demo seeding, benchmarks and test fixtures. Domain functions that
 * act for a viewer use db().
 */
export function systemDb(): Db {
  return baseClient();
}

/** Closes the pool; for scripts and tests. */
export async function disconnectDb(): Promise<void> {
  if (holder.digicheckPrisma) {
    await holder.digicheckPrisma.$disconnect();
    holder.digicheckPrisma = undefined;
    holder.digicheckGuardedPrisma = undefined;
  }
}
