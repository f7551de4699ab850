/**
 * Runs `prisma generate` offline. Prisma 7 tries to download its native schema
 * engine first; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips
 * that, and generation itself runs on WebAssembly.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, "prisma", "schema.prisma"))) {
  console.log("prisma/schema.prisma fehlt – Generierung übersprungen.");
  process.exit(0);
}
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
