/**
 * A throw-away OpenLDAP server (Debian's slapd) for sign-on tests: its own
 * slapd.conf and mdb directory in a temp folder, a free port on 127.0.0.1, a
 * small directory of a municipality (people and groups). Installed by
 * .ci/run; without slapd the tests say so and fail when REQUIRE_E2E=1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile, chmod } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Attribute, Change, Client } from "ldapts";
import { freePort } from "../../../scripts/stack/ports";

export const SLAPD = "/usr/sbin/slapd";
export const slapdAvailable = () => existsSync(SLAPD);

export const SUFFIX = "dc=gemeinde,dc=example";
export const ADMIN_DN = `cn=admin,${SUFFIX}`;
export const ADMIN_PASSWORD = "slapd-admin-geheim";
export const SERVICE_DN = `cn=digicheck,ou=dienste,${SUFFIX}`;
export const SERVICE_PASSWORD = "dienstkonto-geheim";

export interface DirectoryUser {
  uid: string;
  mail: string;
  displayName: string;
  password: string;
  groups?: string[];
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`slapd beendet (Code ${child.exitCode}):\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`slapd hört nicht auf Port ${port}:\n${output()}`);
}

export async function startSlapd(users: DirectoryUser[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "digicheck-slapd-"));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, "data");
  await mkdir(dataDir);
  const port = await freePort();
  const conf = path.join(dir, "slapd.conf");
  await writeFile(
    conf,
    [
      "include /etc/ldap/schema/core.schema",
      "include /etc/ldap/schema/cosine.schema",
      "include /etc/ldap/schema/inetorgperson.schema",
      "include /etc/ldap/schema/nis.schema",
      `pidfile ${path.join(dir, "slapd.pid")}`,
      "modulepath /usr/lib/ldap",
      "moduleload back_mdb",
      "database mdb",
      `suffix "${SUFFIX}"`,
      `rootdn "${ADMIN_DN}"`,
      `rootpw ${ADMIN_PASSWORD}`,
      `directory ${dataDir}`,
      "maxsize 10485760",
      "access to attrs=userPassword by self read by anonymous auth by * none",
      "access to * by * read",
      "",
    ].join("\n"),
  );
  const child = spawn(SLAPD, ["-f", conf, "-h", `ldap://127.0.0.1:${port}/`, "-d", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  await waitForPort(port, child, () => output);

  const url = `ldap://127.0.0.1:${port}`;
  const admin = new Client({ url });
  await admin.bind(ADMIN_DN, ADMIN_PASSWORD);
  await admin.add(SUFFIX, { objectClass: ["top", "dcObject", "organization"], o: "Gemeinde", dc: "gemeinde" });
  for (const ou of ["people", "groups", "dienste"]) await admin.add(`ou=${ou},${SUFFIX}`, { objectClass: ["organizationalUnit"], ou });
  await admin.add(SERVICE_DN, {
    objectClass: ["simpleSecurityObject", "organizationalRole"],
    cn: "digicheck",
    userPassword: SERVICE_PASSWORD,
  });
  const groups = new Map<string, string[]>();
  for (const user of users) {
    const dn = `uid=${user.uid},ou=people,${SUFFIX}`;
    await admin.add(dn, {
      objectClass: ["inetOrgPerson"],
      uid: user.uid,
      cn: user.displayName,
      sn: user.displayName.split(" ").pop() ?? user.uid,
      displayName: user.displayName,
      mail: user.mail,
      userPassword: user.password,
    });
    for (const group of user.groups ?? []) groups.set(group, [...(groups.get(group) ?? []), dn]);
  }
  for (const [group, members] of groups) {
    await admin.add(`cn=${group},ou=groups,${SUFFIX}`, { objectClass: ["groupOfNames"], cn: group, member: members });
  }
  await admin.unbind();

  return {
    url,
    groupDn: (group: string) => `cn=${group},ou=groups,${SUFFIX}`,
    /** Changes a person's password in the directory (as its administrators would). */
    async setPassword(uid: string, password: string) {
      const client = new Client({ url });
      await client.bind(ADMIN_DN, ADMIN_PASSWORD);
      await client.modify(
        `uid=${uid},ou=people,${SUFFIX}`,
        new Change({ operation: "replace", modification: new Attribute({ type: "userPassword", values: [password] }) }),
      );
      await client.unbind();
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
