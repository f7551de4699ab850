/**
 * `npm run setup -- --betreiber <email> [--name "Vor- und Nachname"]`
 *
 * First run of a provider's installation: creates the operator account and
 * prints a single-use link (72 hours) to set its password. Uses DATABASE_URL,
 * or the embedded PostgreSQL of `npm start` when it is not set.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations } from "../lib/db/migrate";
import { repositoryRoot, runWithServices } from "./stack/run-with-services";

const { values } = parseArgs({ options: { betreiber: { type: "string" }, name: { type: "string" } } });
const operatorEmail = values.betreiber ?? "";

if (!operatorEmail) {
  console.error(`\nBitte die E-Mail-Adresse des Betreiberkontos angeben: npm run setup -- --betreiber name@dienstleister.example\n`);
  process.exit(1);
}

runWithServices("digicheck", "Einrichtung fehlgeschlagen", async (services, log) => {
  await applyMigrations(services.env.DATABASE_URL!, { migrationsDir: path.join(repositoryRoot, "prisma", "migrations"), log });
  const { createOperatorWithLink } = await import("../lib/operator/operator-accounts");
  const result = await createOperatorWithLink({ email: operatorEmail, displayName: values.name ?? operatorEmail.split("@")[0] });
  console.log("");
  console.log(`  ${result.created ? "Betreiberkonto angelegt" : "Neuer Link für das Betreiberkonto"}: ${result.email}`);
  console.log("  Passwort festlegen (einmal nutzbar, 72 Stunden gültig):");
  console.log(`  ${result.link}`);
  console.log("  Danach anmelden unter /betrieb.");
  console.log("");
});
