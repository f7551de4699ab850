import { defineConfig } from "prisma/config";

// The url is read leniently so that `prisma generate` works in a fresh clone
// without any configuration; the app itself validates DATABASE_URL in lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
