/** Decides whether `next build` must run: the stamp covers every source file's size and mtime. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCE_ENTRIES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
];

function walk(target: string, hash: ReturnType<typeof createHash>) {
  if (!existsSync(target)) return;
  const stat = statSync(target);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(target).sort()) walk(path.join(target, entry), hash);
  } else {
    hash.update(`${target}:${stat.size}:${stat.mtimeMs}\n`);
  }
}

export function sourceStamp(root: string): string {
  const hash = createHash("sha256");
  for (const entry of SOURCE_ENTRIES) walk(path.join(root, entry), hash);
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "digicheck-source-stamp");

export function buildIsCurrent(root: string): boolean {
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stampFile(root)) &&
    readFileSync(stampFile(root), "utf8") === sourceStamp(root)
  );
}

export function recordBuild(root: string): void {
  writeFileSync(stampFile(root), sourceStamp(root));
}
