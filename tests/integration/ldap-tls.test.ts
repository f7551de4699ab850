import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDirectory, DirectoryUnavailableError, verifyWithDirectory, type DirectoryConfig } from "@/lib/auth/ldap";
import { SERVICE_DN, SERVICE_PASSWORD, SUFFIX, slapdAvailable, startSlapd } from "./helpers/slapd";

const required = process.env.REQUIRE_E2E === "1";

/** LDAPS and STARTTLS against a real slapd with a certificate from a throw-away CA. */
describe.skipIf(!slapdAvailable() && !required)("Verzeichnis über TLS (echtes OpenLDAP)", () => {
  let directory: Awaited<ReturnType<typeof startSlapd>>;
  let plain: DirectoryConfig;
  beforeAll(async () => {
    directory = await startSlapd(
      [{ uid: "tls", mail: "t.ls@gemeinde.example", displayName: "Tina Ls", password: "Verzeichnis-Passwort-9" }],
      { tls: true },
    );
    plain = {
      url: directory.url,
      startTls: false,
      bindDn: SERVICE_DN,
      bindPassword: SERVICE_PASSWORD,
      userBase: `ou=people,${SUFFIX}`,
      userFilter: "(mail={{email}})",
      groupBase: null,
    };
  }, 60_000);
  afterAll(async () => {
    await directory?.stop();
  });

  it("LDAPS mit der eigenen CA: Anmeldung gelingt", async () => {
    const config = { ...plain, url: directory.ldapsUrl!, caCert: directory.caCert };
    await expect(checkDirectory(config)).resolves.toBeUndefined();
    expect(await verifyWithDirectory(config, "t.ls@gemeinde.example", "Verzeichnis-Passwort-9")).toMatchObject({ displayName: "Tina Ls" });
  });

  it("STARTTLS mit der eigenen CA: Anmeldung gelingt", async () => {
    const config = { ...plain, startTls: true, caCert: directory.caCert };
    await expect(checkDirectory(config)).resolves.toBeUndefined();
    expect(await verifyWithDirectory(config, "t.ls@gemeinde.example", "Verzeichnis-Passwort-9")).toMatchObject({ displayName: "Tina Ls" });
  });

  it("ohne die CA wird das Zertifikat abgelehnt – nie „jedes Zertifikat annehmen“", async () => {
    await expect(checkDirectory({ ...plain, url: directory.ldapsUrl! })).rejects.toBeInstanceOf(DirectoryUnavailableError);
    await expect(checkDirectory({ ...plain, startTls: true })).rejects.toBeInstanceOf(DirectoryUnavailableError);
  });
});
