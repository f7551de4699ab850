/**
 * The frame of the operator's command-line tools (setup, backup, restore,
 * export): bring up the services (DATABASE_URL / MEILI_URL or the embedded
 * ones of `npm start`), put their environment into process.env before any lib
 * module reads it, run the task, close the database client and stop what was
 * started. Errors end the process with a German message and exit code 1.
 */
import path from "node:path";
import { ConfigError } from "../../lib/env";
import { startServices, StartError, type Services } from "./services";

export const repositoryRoot = path.resolve(import.meta.dirname, "..", "..");

export function runWithServices(label: string, failure: string, task: (services: Services, log: (line: string) => void) => Promise<void>) {
  const log = (line: string) => console.log(`[${label}] ${line}`);
  const main = async () => {
    const services = await startServices({
      dataDir: process.env.DIGICHECK_DATA_DIR || path.join(repositoryRoot, ".data"),
      source: process.env,
      log,
    });
    try {
      Object.assign(process.env, services.env);
      await task(services, log);
    } finally {
      const { disconnectDb } = await import("../../lib/db/client");
      await disconnectDb();
      await services.stop();
    }
  };
  main().catch((error) => {
    if (error instanceof ConfigError || error instanceof StartError) console.error(`\n${error.message}\n`);
    else console.error(`\n${failure}: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  });
}
