/**
 * `npm start` / `npm run dev`: everything DigiCheck Wissen needs, with no
 * configuration. Starts (or connects to) PostgreSQL and Meilisearch, applies
 * migrations, builds if needed and serves the app. Ctrl-C stops every child process.
 *
 * Demo data only where asked: with the embedded PostgreSQL (no DATABASE_URL)
 * this is a demo installation and an empty database gets the demo
 * municipality; with DATABASE_URL it is a production installation and gets
 * nothing unless DIGICHECK_DEMO=1.
 */
import path from "node:path";
import { ConfigError, parseEnv } from "../lib/env";
import { applyMigrations } from "../lib/db/migrate";
import { startServices, StartError, type Services } from "./stack/services";
import { buildIfNeeded, startNext, waitForHttp } from "./stack/run-next";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../lib/demo/demo-logins";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[digicheck] ${line}`);

async function main() {
  const portRaw = process.env.PORT ?? "3000";
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`PORT: muss eine Portnummer zwischen 1 und 65535 sein (ist „${portRaw}“).`);
  }
  // Validate what the user set before starting anything.
  if (process.env.DATABASE_URL || process.env.MEILI_URL) {
    parseEnv({
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL || "postgresql://platzhalter@localhost/x",
      MEILI_URL: process.env.MEILI_URL || "http://platzhalter:7700",
      MEILI_MASTER_KEY: process.env.MEILI_URL ? process.env.MEILI_MASTER_KEY : "platzhalter-platzhalter",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "x".repeat(32),
    });
  }

  const services: Services = await startServices({
    dataDir: process.env.DIGICHECK_DATA_DIR || path.join(root, ".data"),
    source: process.env,
    log,
  });
  let child: ReturnType<typeof startNext> | undefined;
  let stopping = false;
  // A child killed by a signal has exitCode null but signalCode set: it is gone too.
  const childRunning = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Beende DigiCheck Wissen …");
    if (childRunning()) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child!.kill("SIGTERM");
      // The app server closes within 5 s by itself; do not wait for ever.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
      if (childRunning()) child!.kill("SIGKILL");
    }
    await services.stop();
    log("Beendet.");
    process.exit(code);
  };
  process.on("exit", () => {
    if (childRunning()) child!.kill("SIGTERM");
  });
  // This process owns the shutdown: the embedded PostgreSQL library hooks SIGINT/SIGTERM
  // to stop its server and exit at once, which cut our orderly stop short.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }

  const demo = process.env.DIGICHECK_DEMO ? process.env.DIGICHECK_DEMO === "1" : !process.env.DATABASE_URL;
  try {
    const appEnv = {
      ...process.env,
      ...services.env,
      DIGICHECK_DEMO: demo ? "1" : "0",
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
      PORT: String(port),
    };
    const env = parseEnv(appEnv);
    const { applied } = await applyMigrations(env.DATABASE_URL, {
      migrationsDir: path.join(root, "prisma", "migrations"),
      log,
    });
    if (applied.length === 0) log("Datenbankschema ist aktuell.");
    Object.assign(process.env, appEnv);
    const { installStartingCatalogue } = await import("../lib/verbund/starting-catalogue");
    const installed = await installStartingCatalogue();
    if (installed > 0) log(`Musteraufgabenkatalog des Verbunds angelegt (${installed} Einträge).`);
    if (demo) {
      const { seedDemoIfEmpty } = await import("../lib/demo/seed-demo");
      const seeded = await seedDemoIfEmpty(log);
      if (!seeded) log("Daten vorhanden – Demodaten werden nicht erneut angelegt.");
    } else {
      log("Produktivbetrieb: keine Demodaten.");
      const { operatorCount } = await import("../lib/operator/operator-accounts");
      if ((await operatorCount()) === 0) {
        log("Noch kein Betreiberkonto. Anlegen mit: npm run setup -- --betreiber name@dienstleister.example");
      }
    }
    // After an update the index may hold documents of an older format; compare and repair.
    const { checkSearchIndex } = await import("../lib/search/check-index");
    const checkStarted = Date.now();
    try {
      const report = await checkSearchIndex({ repair: true });
      const differences = report.missing.length + report.outdated.length + report.orphaned.length;
      log(
        `Suchindex geprüft: ${report.articles} Artikel, ${differences} Abweichungen repariert (${((Date.now() - checkStarted) / 1000).toFixed(1)} s).`,
      );
    } catch (error) {
      log(
        `Suchindex konnte nicht geprüft werden (${error instanceof Error ? error.message : error}); die Suche läuft bis dahin im Notbetrieb.`,
      );
    }

    if (!dev) buildIfNeeded(root, { ...appEnv, NODE_ENV: "production" }, log);
    log(`Starte den Anwendungsserver (${dev ? "next dev" : "next start"}) …`);
    child = startNext(root, { mode: dev ? "dev" : "start", port, env: { ...appEnv, NODE_ENV: dev ? "development" : "production" } });
    // The app server died on its own (crash, out of memory, kill -9): stop the whole
    // installation and exit non-zero, so that the service manager (systemd, see
    // docs/betrieb.md) restarts it cleanly – no half-running stack.
    child.on("exit", (code, signal) => {
      if (!stopping) {
        log(
          `Der Anwendungsserver wurde unerwartet beendet (${signal ? `Signal ${signal}` : `Code ${code}`}). Alles wird gestoppt; der Dienst-Manager startet neu.`,
        );
        void shutdown(code && code !== 0 ? code : 1);
      }
    });
    await waitForHttp(`http://127.0.0.1:${port}/login`, dev ? 180_000 : 60_000, childRunning);
    console.log("");
    console.log(`  DigiCheck Wissen läuft: http://localhost:${port}`);
    if (demo) {
      console.log("");
      console.log(`  Demo-Installation – Anmeldungen (Passwort für alle: ${DEMO_PASSWORD})`);
      for (const login of DEMO_LOGINS) console.log(`    ${login.role.padEnd(7)} ${login.email.padEnd(38)} ${login.description}`);
    }
    console.log("");
    console.log("  Beenden mit Strg+C.");
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}\n`);
    await shutdown(1);
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof StartError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
