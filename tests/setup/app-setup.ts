/**
 * End-to-end setup: a fresh stack with the demo data, the production build of
 * the app and `next start` on a free port. Without Chromium the e2e tests are
 * skipped loudly; with REQUIRE_E2E=1 (set by CI) a missing Chromium fails the run.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { repositoryRoot, startTestStack } from "../../scripts/stack/throwaway-stack";
import { freePort } from "../../scripts/stack/ports";
import { buildIfNeeded, startNext, waitForHttp } from "../../scripts/stack/run-next";
import { chromiumPath } from "../e2e/browser";

export default async function setup(project: TestProject) {
  if (!chromiumPath()) {
    const message =
      "Chromium nicht gefunden (/usr/bin/chromium oder CHROMIUM_PATH) – End-to-End-Tests werden ÜBERSPRUNGEN. Installation: apt-get install -y chromium";
    if (process.env.REQUIRE_E2E === "1") throw new Error(`${message}\nREQUIRE_E2E=1 ist gesetzt, daher schlägt der Lauf fehl.`);
    console.warn(`\n${"!".repeat(100)}\n${message}\n${"!".repeat(100)}\n`);
    project.provide("appUrl", "");
    project.provide("stack", { env: {}, dir: "", postgresUrlForAdmin: "", meili: null });
    return;
  }
  const stack = await startTestStack("e2e");
  const port = await freePort();
  const env = {
    ...process.env,
    ...stack.info.env,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    // The e2e server runs the demo data, so it is a demo installation (header label).
    DIGICHECK_DEMO: "1",
    METRICS_TOKEN: "e2e-metriken-token-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const seed = spawnSync(
    process.execPath,
    [path.join(repositoryRoot, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/seed.ts"],
    { cwd: repositoryRoot, env, encoding: "utf8" },
  );
  if (seed.status !== 0) throw new Error(`Demodaten konnten nicht angelegt werden:\n${seed.stdout}\n${seed.stderr}`);

  buildIfNeeded(repositoryRoot, { ...env, NODE_ENV: "production" }, (line) => console.log(line));
  const server = startNext(repositoryRoot, { mode: "start", port, env: { ...env, NODE_ENV: "production" }, quiet: true });
  let output = "";
  server.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const appUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${appUrl}/login`, 60_000, () => server.exitCode === null);
  } catch (error) {
    server.kill("SIGKILL");
    await stack.stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  project.provide("stack", stack.info);
  project.provide("appUrl", appUrl);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
    await stack.stop();
  };
}
