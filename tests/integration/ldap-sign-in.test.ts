import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { authenticate, DIRECTORY_UNAVAILABLE_MESSAGE } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadViewerForSession } from "@/lib/auth/load-viewer";
import { getSignInSettings, saveSignInSettings, testDirectoryConnection } from "@/lib/org/sign-in-settings";
import { SERVICE_DN, SERVICE_PASSWORD, SUFFIX, slapdAvailable, startSlapd } from "./helpers/slapd";
import { createTestOrganization } from "./helpers/test-organization";

const required = process.env.REQUIRE_E2E === "1";

describe.skipIf(!slapdAvailable() && !required)("Anmeldung über das Verzeichnis der Kommune (echtes OpenLDAP)", () => {
  const domain = `gemeinde-${randomUUID().slice(0, 6)}.example`;
  let directory: Awaited<ReturnType<typeof startSlapd>>;
  let org: Awaited<ReturnType<typeof createTestOrganization>>;
  const settings = () => ({
    emailDomains: domain,
    localPasswordsEnabled: true,
    ldapEnabled: true,
    ldapUrl: directory.url,
    ldapStartTls: false,
    ldapBindDn: SERVICE_DN,
    ldapBindPassword: SERVICE_PASSWORD,
    ldapUserBase: `ou=people,${SUFFIX}`,
    ldapUserFilter: "(&(objectClass=inetOrgPerson)(mail={{email}}))",
    ldapGroupBase: `ou=groups,${SUFFIX}`,
    ldapGroupRolesText: `${directory.groupDn("wissen-redaktion")} = EDITOR`,
  });

  beforeAll(async () => {
    directory = await startSlapd([
      {
        uid: "jschmidt",
        mail: `j.schmidt@${domain}`,
        displayName: "Jana Schmidt",
        password: "Verzeichnis-Passwort-1",
        groups: ["wissen-redaktion"],
      },
      { uid: "pneu", mail: `p.neu@${domain}`, displayName: "Paul Neu", password: "Verzeichnis-Passwort-2" },
      { uid: "local", mail: `lokal@${domain}`, displayName: "Lokale Person", password: "Verzeichnis-Passwort-3" },
    ]);
    org = await createTestOrganization();
  });
  afterAll(async () => {
    await directory?.stop();
  });

  it("nur die Administration richtet es ein; falsche Angaben ändern nichts und werden deutsch erklärt", async () => {
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(saveSignInSettings(org.viewers[role], settings())).rejects.toThrow("Administration");
      await expect(getSignInSettings(org.viewers[role])).rejects.toThrow("Administration");
    }
    await expect(
      saveSignInSettings(org.viewers.ADMIN, {
        ...settings(),
        ldapUrl: "http://falsch",
        ldapUserFilter: "(mail=x)",
        ldapGroupRolesText: "cn=x = KAISER",
      }),
    ).rejects.toMatchObject({
      fieldErrors: {
        ldapUrl: [expect.stringContaining("ldap://")],
        ldapUserFilter: [expect.any(String)],
        ldapGroupRolesText: [expect.any(String)],
      },
    });
    expect(await systemDb().organizationSignIn.count({ where: { organizationId: org.id } })).toBe(0);

    await saveSignInSettings(org.viewers.ADMIN, settings());
    const stored = await systemDb().organizationSignIn.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(stored.ldapBindPasswordEnc).not.toContain(SERVICE_PASSWORD);
    const view = await getSignInSettings(org.viewers.ADMIN);
    expect(view).toMatchObject({ ldapEnabled: true, hasBindPassword: true, emailDomains: [domain] });
    expect(JSON.stringify(view)).not.toContain(SERVICE_PASSWORD);
    expect(await testDirectoryConnection(org.viewers.ADMIN)).toContain("gelungen");
  });

  it("erste Anmeldung legt das Konto an (Rolle aus der Gruppe, sonst Lesen); falsches Passwort wird abgelehnt", async () => {
    const jana = await authenticate({ email: `j.schmidt@${domain}`, password: "Verzeichnis-Passwort-1", address: "10.11.0.1" });
    expect(await loadViewerForSession(jana.sessionId)).toMatchObject({
      organizationId: org.id,
      role: "EDITOR",
      displayName: "Jana Schmidt",
    });
    const paul = await authenticate({ email: `p.neu@${domain}`, password: "Verzeichnis-Passwort-2", address: "10.11.0.1" });
    expect(await loadViewerForSession(paul.sessionId)).toMatchObject({ role: "READER" });
    await expect(authenticate({ email: `p.neu@${domain}`, password: "falsch", address: "10.11.0.1" })).rejects.toThrow("nicht richtig");
    expect(await systemDb().user.count({ where: { email: { endsWith: `@${domain}` } } })).toBe(2);
    const again = await authenticate({ email: `j.schmidt@${domain}`, password: "Verzeichnis-Passwort-1", address: "10.11.0.2" });
    expect(again.id).toBe(jana.id);
  });

  it("ein bestehendes Konto wird über die bestätigte Adresse verknüpft; lokale Passwörter abschaltbar bis auf den Notfallzugang", async () => {
    const local = await systemDb().user.create({
      data: {
        organizationId: org.id,
        email: `lokal@${domain}`,
        displayName: "Lokal",
        role: "HR",
        passwordHash: await hashPassword("Lokales Passwort 2026"),
      },
    });
    const adminEmail = (await systemDb().user.findUniqueOrThrow({ where: { id: org.viewers.ADMIN.userId } })).email;
    await systemDb().user.update({
      where: { id: org.viewers.ADMIN.userId },
      data: { passwordHash: await hashPassword("Notfall Zugang Rathaus") },
    });

    await saveSignInSettings(org.viewers.ADMIN, {
      ...settings(),
      ldapBindPassword: "",
      localPasswordsEnabled: false,
      breakGlassUserId: org.viewers.ADMIN.userId,
    });
    await expect(authenticate({ email: `lokal@${domain}`, password: "Lokales Passwort 2026", address: "10.12.0.1" })).rejects.toThrow(
      "nicht richtig",
    );
    const viaDirectory = await authenticate({ email: `lokal@${domain}`, password: "Verzeichnis-Passwort-3", address: "10.12.0.1" });
    expect(viaDirectory.id).toBe(local.id);
    // No group maps: the role set in the app stays.
    expect(await loadViewerForSession(viaDirectory.sessionId)).toMatchObject({ role: "HR" });
    expect(await authenticate({ email: adminEmail, password: "Notfall Zugang Rathaus", address: "10.12.0.2" })).toMatchObject({
      id: org.viewers.ADMIN.userId,
    });
  });

  it("ist das Verzeichnis weg, sagt die Anmeldung das auf Deutsch und zählt keinen Fehlversuch", async () => {
    await systemDb().organizationSignIn.update({ where: { organizationId: org.id }, data: { ldapUrl: "ldap://127.0.0.1:1" } });
    await expect(authenticate({ email: `p.neu@${domain}`, password: "Verzeichnis-Passwort-2", address: "10.13.0.1" })).rejects.toThrow(
      DIRECTORY_UNAVAILABLE_MESSAGE,
    );
    expect(await systemDb().loginThrottle.count({ where: { key: `pair:p.neu@${domain}|10.13.0.1` } })).toBe(0);
  });
});
