/**
 * `npm run setup -- --betreiber <email> [--name "Vor- und Nachname"]`
 *
 * First run of a provider's installation: creates the operator account and
 * prints a single-use link (72 hours) to set its password. Uses DATABASE_URL,
 * or the embedded PostgreSQL of `npm start` when it is not set.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../lib/env";
import { applyMigrations } from "../lib/db/migrate";
import { startServices, StartError } from "./stack/services";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[digicheck] ${line}`);

async function main() {
  const { values } = parseArgs({ options: { betreiber: { type: "string" }, name: { type: "string" } } });
  if (!values.betreiber)
    throw new StartError("Bitte die E-Mail-Adresse des Betreiberkontos angeben: npm run setup -- --betreiber name@dienstleister.example");
  const services = await startServices({ dataDir: process.env.DIGICHECK_DATA_DIR || path.join(root, ".data"), source: process.env, log });
  try {
    Object.assign(process.env, services.env);
    await applyMigrations(services.env.DATABASE_URL!, { migrationsDir: path.join(root, "prisma", "migrations"), log });
    const { createOperatorWithLink } = await import("../lib/operator/operator-accounts");
    const result = await createOperatorWithLink({ email: values.betreiber, displayName: values.name ?? values.betreiber.split("@")[0] });
    console.log("");
    console.log(`  ${result.created ? "Betreiberkonto angelegt" : "Neuer Link für das Betreiberkonto"}: ${result.email}`);
    console.log("  Passwort festlegen (einmal nutzbar, 72 Stunden gültig):");
    console.log(`  ${result.link}`);
    console.log("  Danach anmelden unter /betrieb.");
    console.log("");
  } finally {
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
    await services.stop();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof StartError) console.error(`\n${error.message}\n`);
  else console.error(`\n${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
