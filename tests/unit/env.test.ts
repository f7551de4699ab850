import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/db",
  MEILI_URL: "http://127.0.0.1:7700",
  MEILI_MASTER_KEY: "0123456789abcdef",
  NEXTAUTH_SECRET: "x".repeat(32),
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe("Konfiguration", () => {
  it("übernimmt gültige Werte und setzt Voreinstellungen", () => {
    const env = parseEnv(valid);
    expect(env.MEILI_INDEX_PREFIX).toBe("digicheck");
    expect(env.SESSION_MAX_AGE_HOURS).toBe(8);
    expect(env.SEARCH_DRAIN_INTERVAL_MS).toBe(5000);
  });

  it("nennt fehlende und fehlerhafte Einstellungen beim Namen", () => {
    expect(problemsOf({ ...valid, DATABASE_URL: undefined })).toEqual(["DATABASE_URL: fehlt"]);
    expect(problemsOf({ ...valid, DATABASE_URL: "mysql://x" })[0]).toMatch(/^DATABASE_URL: muss eine Adresse der Form postgresql:/);
    expect(problemsOf({ ...valid, MEILI_URL: "localhost:7700" })[0]).toMatch(/^MEILI_URL: /);
    expect(problemsOf({ ...valid, MEILI_MASTER_KEY: "kurz" })).toEqual(["MEILI_MASTER_KEY: muss mindestens 16 Zeichen lang sein"]);
    expect(problemsOf({ ...valid, NEXTAUTH_SECRET: "" })).toEqual(["NEXTAUTH_SECRET: fehlt"]);
    expect(problemsOf({ ...valid, SESSION_MAX_AGE_HOURS: "viele" })).toEqual(["SESSION_MAX_AGE_HOURS: muss eine Zahl sein"]);
  });
});
