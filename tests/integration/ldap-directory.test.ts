import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDirectory, DirectoryUnavailableError, verifyWithDirectory, type DirectoryConfig } from "@/lib/auth/ldap";
import { SERVICE_DN, SERVICE_PASSWORD, SUFFIX, slapdAvailable, startSlapd } from "./helpers/slapd";

const required = process.env.REQUIRE_E2E === "1";
if (!slapdAvailable() && !required) console.warn("slapd nicht installiert (apt-get install slapd) – LDAP-Tests werden ÜBERSPRUNGEN.");

describe.skipIf(!slapdAvailable() && !required)("Verzeichnis (echtes OpenLDAP)", () => {
  let directory: Awaited<ReturnType<typeof startSlapd>>;
  let config: DirectoryConfig;
  beforeAll(async () => {
    directory = await startSlapd([
      {
        uid: "jschmidt",
        mail: "j.schmidt@gemeinde.example",
        displayName: "Jana Schmidt",
        password: "Verzeichnis-Passwort-1",
        groups: ["wissen-redaktion"],
      },
      { uid: "pneu", mail: "p.neu@gemeinde.example", displayName: "Paul Neu", password: "Verzeichnis-Passwort-2" },
      { uid: "evil", mail: "x*)(uid=*@gemeinde.example", displayName: "Böse", password: "Verzeichnis-Passwort-3" },
    ]);
    config = {
      url: directory.url,
      startTls: false,
      bindDn: SERVICE_DN,
      bindPassword: SERVICE_PASSWORD,
      userBase: `ou=people,${SUFFIX}`,
      userFilter: "(&(objectClass=inetOrgPerson)(mail={{email}}))",
      groupBase: `ou=groups,${SUFFIX}`,
    };
  });
  afterAll(async () => {
    await directory?.stop();
  });

  it("prüft E-Mail und Passwort im Verzeichnis und liest die Gruppen", async () => {
    const person = await verifyWithDirectory(config, "j.schmidt@gemeinde.example", "Verzeichnis-Passwort-1");
    expect(person).toMatchObject({
      email: "j.schmidt@gemeinde.example",
      displayName: "Jana Schmidt",
      groups: [directory.groupDn("wissen-redaktion")],
    });
    expect(await verifyWithDirectory(config, "j.schmidt@gemeinde.example", "falsch")).toBeNull();
    expect(await verifyWithDirectory(config, "j.schmidt@gemeinde.example", "")).toBeNull();
    expect(await verifyWithDirectory(config, "niemand@gemeinde.example", "Verzeichnis-Passwort-1")).toBeNull();
  });

  it("Filter-Sonderzeichen in der Eingabe werden maskiert (keine LDAP-Injection)", async () => {
    expect(await verifyWithDirectory(config, "*", "Verzeichnis-Passwort-2")).toBeNull();
    expect(await verifyWithDirectory(config, "x*)(uid=*", "Verzeichnis-Passwort-3")).toBeNull();
  });

  it("falsches Dienstkonto oder nicht erreichbarer Server: klare Unterscheidung", async () => {
    await expect(checkDirectory({ ...config, bindPassword: "falsch" })).rejects.toBeInstanceOf(DirectoryUnavailableError);
    await expect(checkDirectory(config)).resolves.toBeUndefined();
    await expect(verifyWithDirectory({ ...config, url: "ldap://127.0.0.1:1" }, "j.schmidt@gemeinde.example", "x")).rejects.toBeInstanceOf(
      DirectoryUnavailableError,
    );
  });
});
