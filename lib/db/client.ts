import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { getEnv } from "../env";

export type Db = InstanceType<typeof PrismaClient>;

const holder = globalThis as unknown as { digicheckPrisma?: Db };

/** The single Prisma client of this process (driver adapter, no native engine). */
export function db(): Db {
  holder.digicheckPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 10 }),
  });
  return holder.digicheckPrisma;
}

/** Closes the pool; for scripts and tests. */
export async function disconnectDb(): Promise<void> {
  if (holder.digicheckPrisma) {
    await holder.digicheckPrisma.$disconnect();
    holder.digicheckPrisma = undefined;
  }
}
