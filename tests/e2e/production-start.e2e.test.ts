/**
 * A production start (DATABASE_URL set, empty database) as a new operator would
 * do it: no demo municipality, no account with the published demo password, a
 * hint how to create the operator account; `npm run setup` then creates it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { repositoryRoot, startTestStack } from "../../scripts/stack/throwaway-stack";
import { freePort } from "../../scripts/stack/ports";
import { DEMO_PASSWORD } from "./browser";

const appUrl = inject("appUrl");
const tsx = path.join(repositoryRoot, "node_modules", "tsx", "dist", "cli.mjs");

describe.skipIf(!appUrl)("Produktivstart mit DATABASE_URL", () => {
  let stack: Awaited<ReturnType<typeof startTestStack>> | undefined;
  let server: ChildProcess | undefined;
  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await stack?.stop();
  });

  it("legt keine Demodaten an; niemand meldet sich mit dem Demo-Passwort an; setup legt das Betreiberkonto an", async () => {
    stack = await startTestStack("prod");
    const port = await freePort();
    const env = { ...process.env, ...stack.info.env, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}`, DIGICHECK_DEMO: "" };
    server = spawn(process.execPath, [tsx, "--conditions=react-server", "scripts/start.ts"], { cwd: repositoryRoot, env, stdio: "pipe" });
    let output = "";
    server.stdout?.on("data", (chunk) => (output += chunk));
    server.stderr?.on("data", (chunk) => (output += chunk));
    const deadline = Date.now() + 240_000;
    while (!output.includes("DigiCheck Wissen läuft")) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`npm start kam nicht hoch:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(output).toContain("Produktivbetrieb: keine Demodaten.");
    expect(output).toContain("npm run setup -- --betreiber");
    expect(output).not.toContain(DEMO_PASSWORD);

    const client = new pg.Client({ connectionString: stack.info.env.DATABASE_URL });
    await client.connect();
    try {
      const counts = await client.query(
        `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Organization")::int AS orgs`,
      );
      expect(counts.rows[0]).toEqual({ users: 0, orgs: 0 });
    } finally {
      await client.end();
    }

    const base = `http://127.0.0.1:${port}`;
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const login = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email: "admin@musterhausen.example", password: DEMO_PASSWORD, json: "true" }),
    });
    const { url } = (await login.json()) as { url: string };
    expect(new URL(url, base).searchParams.get("error")).toBe("E-Mail-Adresse oder Passwort ist nicht richtig.");
    const page = await fetch(`${base}/login`);
    expect(await page.text()).not.toContain("Demo-Installation");

    const setup = spawnSync(
      process.execPath,
      [tsx, "--conditions=react-server", "scripts/setup.ts", "--betreiber", "betrieb@zweckverband.example"],
      {
        cwd: repositoryRoot,
        env,
        encoding: "utf8",
      },
    );
    expect(setup.status, setup.stderr).toBe(0);
    expect(setup.stdout).toMatch(
      new RegExp(`Betreiberkonto angelegt: betrieb@zweckverband.example[\\s\\S]*${base}/konto/passwort-setzen/[A-Za-z0-9_-]{43}`),
    );
    const again = spawnSync(process.execPath, [tsx, "--conditions=react-server", "scripts/setup.ts", "--betreiber", "kein-mail"], {
      cwd: repositoryRoot,
      env,
      encoding: "utf8",
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("Bitte eine gültige E-Mail-Adresse angeben.");
  });
});
