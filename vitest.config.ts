import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// One pinned server time zone for every test (lib/dates.ts computes in Europe/Berlin
// whatever it is); the date tests run once more under UTC+14 (project "unit-tz").
process.env.TZ = "UTC";
const shared = {
  resolve: {
    alias: {
      // Server-only guard: tests run on the server side by definition.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
      "@": root,
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        ...shared,
        test: { name: "unit-tz", include: ["tests/unit/dates.test.ts"], environment: "node", env: { TZ: "Pacific/Kiritimati" } },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/services-setup.ts"],
          setupFiles: ["tests/setup/apply-stack-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/app-setup.ts"],
          setupFiles: ["tests/setup/apply-stack-env.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
