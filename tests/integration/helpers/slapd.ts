/**
 * A throw-away OpenLDAP server (Debian's slapd) for sign-on tests: its own
 * slapd.conf and mdb directory in a temp folder, a free port on 127.0.0.1, a
 * small directory of a municipality (people and groups). Installed by
 * .ci/run; without slapd the tests say so and fail when REQUIRE_E2E=1.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, readFile, rm, writeFile, chmod } from "node:fs/promises";
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

/**
 * An own certificate authority and a server certificate for 127.0.0.1 /
 * localhost (openssl), so LDAPS and STARTTLS are tested with real TLS and
 * certificate verification against that CA.
 */
function makeCertificates(dir: string) {
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { stdio: "pipe" });
  openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-subj",
    "/CN=DigiCheck Test-CA",
    "-keyout",
    file("ca.key"),
    "-out",
    file("ca.pem"),
  );
  openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", file("server.key"), "-out", file("server.csr"));
  execFileSync("sh", ["-c", `printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > '${file("san.ext")}'`]);
  openssl(
    "x509",
    "-req",
    "-in",
    file("server.csr"),
    "-CA",
    file("ca.pem"),
    "-CAkey",
    file("ca.key"),
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    file("san.ext"),
    "-out",
    file("server.pem"),
  );
  return { ca: file("ca.pem"), cert: file("server.pem"), key: file("server.key") };
}

export async function startSlapd(users: DirectoryUser[], options: { tls?: boolean } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "digicheck-slapd-"));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, "data");
  await mkdir(dataDir);
  const port = await freePort();
  const tlsPort = options.tls ? await freePort() : null;
  const certificates = options.tls ? makeCertificates(dir) : null;
  const conf = path.join(dir, "slapd.conf");
  await writeFile(
    conf,
    [
      "include /etc/ldap/schema/core.schema",
      "include /etc/ldap/schema/cosine.schema",
      "include /etc/ldap/schema/inetorgperson.schema",
      "include /etc/ldap/schema/nis.schema",
      `pidfile ${path.join(dir, "slapd.pid")}`,
      ...(certificates
        ? [
            `TLSCACertificateFile ${certificates.ca}`,
            `TLSCertificateFile ${certificates.cert}`,
            `TLSCertificateKeyFile ${certificates.key}`,
          ]
        : []),
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
  const listeners = [`ldap://127.0.0.1:${port}/`, ...(tlsPort ? [`ldaps://127.0.0.1:${tlsPort}/`] : [])].join(" ");
  const child = spawn(SLAPD, ["-f", conf, "-h", listeners, "-d", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  await waitForPort(port, child, () => output);
  if (tlsPort) await waitForPort(tlsPort, child, () => output);

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
    /** ldaps:// address and the PEM of the CA that signed the server's certificate (with { tls: true }). */
    ldapsUrl: tlsPort ? `ldaps://127.0.0.1:${tlsPort}` : null,
    caCert: certificates ? await readFile(certificates.ca, "utf8") : null,
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
