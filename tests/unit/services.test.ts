import { describe, expect, it } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServices, StartError } from "../../scripts/stack/services";

describe("Start mit vorhandenen Servern", () => {
  it("nutzt DATABASE_URL und MEILI_URL und startet keine eingebetteten Server", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "digicheck-services-"));
    const source = {
      DATABASE_URL: "postgresql://app:geheim@db.intern:5432/wissen",
      MEILI_URL: "http://suche.intern:7700",
      MEILI_MASTER_KEY: "0123456789abcdef0123",
      NEXTAUTH_SECRET: "s".repeat(40),
    };
    const services = await startServices({ dataDir, source, log: () => {} });
    expect(services.embedded).toEqual({ postgres: false, meilisearch: false });
    // Attachments default to the data folder unless ATTACHMENTS_DIR is set.
    expect(services.env).toEqual({ ...source, ATTACHMENTS_DIR: path.join(path.resolve(dataDir), "anhaenge") });
    const withDir = await startServices({ dataDir, source: { ...source, ATTACHMENTS_DIR: "/srv/wissen/anhaenge" }, log: () => {} });
    expect(withDir.env.ATTACHMENTS_DIR).toBe("/srv/wissen/anhaenge");
    await withDir.stop();
    expect(existsSync(path.join(dataDir, "postgres"))).toBe(false);
    expect(existsSync(path.join(dataDir, "meilisearch"))).toBe(false);
    await services.stop();
  });

  it("verlangt den Schlüssel, wenn MEILI_URL gesetzt ist, und prüft Ports", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "digicheck-services-"));
    await expect(startServices({ dataDir, source: { MEILI_URL: "http://suche.intern:7700" }, log: () => {} })).rejects.toThrow(
      new StartError("MEILI_MASTER_KEY: fehlt – wenn MEILI_URL gesetzt ist, wird auch der Schlüssel benötigt."),
    );
    await expect(startServices({ dataDir, source: { DIGICHECK_PG_PORT: "99999" }, log: () => {} })).rejects.toThrow(
      "DIGICHECK_PG_PORT: muss eine Portnummer zwischen 1 und 65535 sein",
    );
  });
});
