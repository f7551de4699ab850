/**
 * Brings up PostgreSQL and Meilisearch for the app: uses DATABASE_URL and
 * MEILI_URL when they are set, otherwise starts embedded servers with data in
 * `dataDir`. Returns the environment for the app and a function that stops
 * whatever was started.
 */
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { startEmbeddedMeilisearch } from "./embedded-meilisearch";
import { isPortFree } from "./ports";
import { loadOrCreateLocalConfig } from "./local-config";

export interface Services {
  env: Record<string, string>;
  stop(): Promise<void>;
  embedded: { postgres: boolean; meilisearch: boolean };
}

export class StartError extends Error {}

function portSetting(name: string, fallback: number, source: Record<string, string | undefined>): number {
  const raw = source[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`${name}: muss eine Portnummer zwischen 1 und 65535 sein (ist „${raw}“).`);
  }
  return port;
}

export async function startServices(options: {
  dataDir: string;
  source: Record<string, string | undefined>;
  log: (line: string) => void;
}): Promise<Services> {
  const { source, log } = options;
  const local = loadOrCreateLocalConfig(options.dataDir);
  const stops: (() => Promise<void>)[] = [];
  const env: Record<string, string> = {};
  const embedded = { postgres: false, meilisearch: false };

  if (source.MEILI_URL && !source.MEILI_MASTER_KEY) {
    throw new StartError("MEILI_MASTER_KEY: fehlt – wenn MEILI_URL gesetzt ist, wird auch der Schlüssel benötigt.");
  }
  const pgPort = portSetting("DIGICHECK_PG_PORT", 54320, source);
  const meiliPort = portSetting("DIGICHECK_MEILI_PORT", 7700, source);

  try {
    if (source.DATABASE_URL) {
      env.DATABASE_URL = source.DATABASE_URL;
    } else {
      if (!(await isPortFree(pgPort))) {
        throw new StartError(
          `Port ${pgPort} für die eingebettete PostgreSQL ist belegt. Läuft DigiCheck Wissen schon? Sonst DIGICHECK_PG_PORT setzen.`,
        );
      }
      log(`Starte eingebettete PostgreSQL (Port ${pgPort}, Daten in ${path.join(options.dataDir, "postgres")}) …`);
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(options.dataDir, "postgres"),
        port: pgPort,
        password: local.postgresPassword,
      });
      stops.push(postgres.stop);
      env.DATABASE_URL = postgres.url;
      embedded.postgres = true;
    }

    if (source.MEILI_URL) {
      env.MEILI_URL = source.MEILI_URL;
      env.MEILI_MASTER_KEY = source.MEILI_MASTER_KEY ?? "";
    } else {
      if (!(await isPortFree(meiliPort))) {
        throw new StartError(
          `Port ${meiliPort} für das eingebettete Meilisearch ist belegt. Läuft DigiCheck Wissen schon? Sonst DIGICHECK_MEILI_PORT setzen.`,
        );
      }
      log(`Starte eingebettetes Meilisearch (Port ${meiliPort}) …`);
      const meili = await startEmbeddedMeilisearch({
        dataDir: path.join(options.dataDir, "meilisearch"),
        port: meiliPort,
        masterKey: local.meiliMasterKey,
      });
      stops.push(meili.stop);
      env.MEILI_URL = meili.url;
      env.MEILI_MASTER_KEY = meili.masterKey;
      embedded.meilisearch = true;
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }

  env.NEXTAUTH_SECRET = source.NEXTAUTH_SECRET || local.nextAuthSecret;
  env.ATTACHMENTS_DIR = source.ATTACHMENTS_DIR || path.join(path.resolve(options.dataDir), "anhaenge");
  return {
    env,
    embedded,
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}
