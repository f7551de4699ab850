/**
 * Secrets for the zero-configuration start, generated on first run and kept in
 * .data/local-config.json (git-ignored) so a second start finds its data again.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface LocalConfig {
  postgresPassword: string;
  meiliMasterKey: string;
  nextAuthSecret: string;
}

export function loadOrCreateLocalConfig(dataDir: string): LocalConfig {
  const file = path.join(dataDir, "local-config.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalConfig;
  const config: LocalConfig = {
    postgresPassword: randomBytes(18).toString("base64url"),
    meiliMasterKey: randomBytes(24).toString("base64url"),
    nextAuthSecret: randomBytes(32).toString("base64url"),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
  return config;
}
