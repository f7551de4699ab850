import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { authenticate, authenticateOperator, ORGANIZATION_INACTIVE_MESSAGE } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadViewerForSession } from "@/lib/auth/load-viewer";
import { loadOperatorForSession, type OperatorPrincipal } from "@/lib/operator/current-operator";
import { openSession } from "@/lib/auth/sessions";
import {
  createMunicipality,
  inviteMunicipalityAdmin,
  liftLoginBlock,
  listLoginBlocks,
  listMunicipalities,
  listOperatorAudit,
  renameMunicipality,
  setMunicipalityActive,
  slugOf,
} from "@/lib/operator/console";
import { changeOperatorPassword, setPasswordWithLink } from "@/lib/accounts/passwords";
import { createTestOrganization } from "./helpers/test-organization";
import { getSignInSettingsForOperator, saveSignInSettingsForOperator } from "@/lib/org/sign-in-settings";

async function newOperator(): Promise<OperatorPrincipal & { password: string }> {
  const password = "Betrieb Zweckverband Nord";
  const email = `betrieb-${randomUUID().slice(0, 8)}@zweckverband.example`;
  const operator = await systemDb().operator.create({
    data: { email, displayName: "Betrieb", passwordHash: await hashPassword(password) },
  });
  return { kind: "operator", operatorId: operator.id, displayName: "Betrieb", email, password };
}

describe("Betreiberkonsole", () => {
  it("legt eine Kommune an, benennt um, lädt die Administration ein; alles protokolliert", async () => {
    const operator = await newOperator();
    const name = `Gemeinde Überlingen ${randomUUID().slice(0, 6)}`;
    await expect(createMunicipality(operator, { name: "Ab" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createMunicipality(operator, { name, slug: "Groß Buchstaben!" })).rejects.toMatchObject({ code: "INVALID" });
    const { id } = await createMunicipality(operator, { name });
    expect((await systemDb().organization.findUniqueOrThrow({ where: { id } })).slug).toBe(slugOf(name));
    expect(slugOf(name)).toMatch(/^gemeinde-ueberlingen-/);
    await expect(createMunicipality(operator, { name })).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringContaining("gibt es schon")] },
    });

    await renameMunicipality(operator, { id, name: `${name} am See` });
    await expect(renameMunicipality(operator, { id: randomUUID(), name: "Irgendwo" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renameMunicipality(operator, { id: "kein-uuid", name: "Irgendwo" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const email = `admin-${randomUUID().slice(0, 8)}@ueberlingen.example`;
    const invitation = await inviteMunicipalityAdmin(operator, { organizationId: id, email, displayName: "Erste Administratorin" });
    expect(invitation.mailed).toBe(false);
    await expect(inviteMunicipalityAdmin(operator, { organizationId: id, email, displayName: "Doppelt" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await setPasswordWithLink(invitation.invitationLink!.split("/").pop(), {
      password: "Rathaus Brunnen Linde 42",
      confirm: "Rathaus Brunnen Linde 42",
    });
    const admin = await authenticate({ email, password: "Rathaus Brunnen Linde 42", address: "10.4.0.1" });
    expect(await loadViewerForSession(admin.sessionId)).toMatchObject({ role: "ADMIN", organizationId: id });

    const figures = (await listMunicipalities(operator)).find((row) => row.id === id)!;
    expect(figures).toMatchObject({
      name: `${name} am See`,
      active: true,
      accounts: 1,
      publishedArticles: 0,
      tasks: 0,
      coveragePercent: null,
    });
    // Figures only: no names, e-mail addresses or titles in what the console lists.
    expect(JSON.stringify(figures)).not.toContain(email);

    const actions = (await listOperatorAudit(operator, 200))
      .filter((event) => event.targetOrganizationId === id)
      .map((event) => event.action);
    expect(actions).toEqual(["municipality.invite_admin", "municipality.rename", "municipality.create"]);
  });

  it("eine abgeschaltete Kommune kann sich nicht anmelden, offene Sitzungen enden; ihre Daten bleiben; wieder einschaltbar", async () => {
    const operator = await newOperator();
    const org = await createTestOrganization();
    const email = (await systemDb().user.findUniqueOrThrow({ where: { id: org.viewers.EDITOR.userId } })).email;
    await systemDb().user.update({
      where: { id: org.viewers.EDITOR.userId },
      data: { passwordHash: await hashPassword("Kanal Brücke Hafen 7") },
    });
    const session = await openSession({ userId: org.viewers.EDITOR.userId }, "10.5.0.1");
    const articlesBefore = await systemDb().article.count({ where: { organizationId: org.id } });

    await setMunicipalityActive(operator, { id: org.id, active: false });
    expect(await loadViewerForSession(session)).toBeNull();
    await expect(authenticate({ email, password: "Kanal Brücke Hafen 7", address: "10.5.0.2" })).rejects.toThrow(
      ORGANIZATION_INACTIVE_MESSAGE,
    );
    expect(await systemDb().article.count({ where: { organizationId: org.id } })).toBe(articlesBefore);

    await setMunicipalityActive(operator, { id: org.id, active: true });
    expect(await authenticate({ email, password: "Kanal Brücke Hafen 7", address: "10.5.0.2" })).toMatchObject({ email });
  });

  it("Betreiber melden sich getrennt an; eine Betreibersitzung ist keine Sitzung einer Kommune und umgekehrt", async () => {
    const operator = await newOperator();
    const org = await createTestOrganization();
    const signedIn = await authenticateOperator({ email: operator.email, password: operator.password, address: "10.6.1.1" });
    expect(await loadOperatorForSession(signedIn.sessionId)).toMatchObject({ operatorId: operator.operatorId });
    expect(await loadViewerForSession(signedIn.sessionId)).toBeNull();
    // Operator credentials do not open the municipal login, and a municipal session is no operator session.
    await expect(authenticate({ email: operator.email, password: operator.password, address: "10.6.1.1" })).rejects.toThrow(
      "nicht richtig",
    );
    const userSession = await openSession({ userId: org.viewers.ADMIN.userId }, "10.6.1.2");
    expect(await loadOperatorForSession(userSession)).toBeNull();

    // Own password: the current one is needed; other operator sessions end, this one stays.
    const other = await authenticateOperator({ email: operator.email, password: operator.password, address: "10.6.1.3" });
    await expect(
      changeOperatorPassword(operator, signedIn.sessionId, {
        current: "falsch",
        password: "Neues Betrieb Passwort 7",
        confirm: "Neues Betrieb Passwort 7",
      }),
    ).rejects.toMatchObject({ fieldErrors: { current: ["Das bisherige Passwort ist nicht richtig."] } });
    await changeOperatorPassword(operator, signedIn.sessionId, {
      current: operator.password,
      password: "Neues Betrieb Passwort 7",
      confirm: "Neues Betrieb Passwort 7",
    });
    expect(await loadOperatorForSession(signedIn.sessionId)).not.toBeNull();
    expect(await loadOperatorForSession(other.sessionId)).toBeNull();
    await expect(
      authenticateOperator({ email: operator.email, password: "Neues Betrieb Passwort 7", address: "10.6.1.4" }),
    ).resolves.toMatchObject({
      id: operator.operatorId,
    });
  });

  it("sieht und hebt Anmeldesperren auf (protokolliert)", async () => {
    const operator = await newOperator();
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const email = `gesperrt-${randomUUID().slice(0, 6)}@test.example`;
    for (let attempt = 0; attempt < 5; attempt++) await authenticate({ email, password: "falsch", address }).catch(() => undefined);
    const block = (await listLoginBlocks(operator)).find((entry) => entry.label === `Konto ${email} von Adresse ${address}`);
    expect(block).toBeDefined();
    await liftLoginBlock(operator, block!.key);
    expect((await listLoginBlocks(operator)).some((entry) => entry.key === block!.key)).toBe(false);
    await expect(liftLoginBlock(operator, block!.key)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listOperatorAudit(operator)).some((event) => event.action === "login_block.lift")).toBe(true);
  });

  it("richtet die Anmeldung einer Kommune ein, ohne Namen zu sehen; Notfallzugang bleibt Sache der Kommune", async () => {
    const operator = await newOperator();
    const org = await createTestOrganization("Kommune mit Betrieb");
    const domain = `kommune-${randomUUID().slice(0, 6)}.example`;
    const values = {
      emailDomains: domain,
      ldapEnabled: false,
      ldapStartTls: false,
      oidcEnabled: true,
      oidcIssuer: "https://login.zweckverband.example/realms/kommune",
      oidcClientId: "digicheck",
      oidcClientSecret: "betrieb-secret-123",
      // The operator form has no such fields; sent anyway, they change nothing.
      localPasswordsEnabled: false,
      breakGlassUserId: org.viewers.READER.userId,
    };
    await expect(saveSignInSettingsForOperator(operator, randomUUID(), values)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveSignInSettingsForOperator(operator, org.id, { ...values, oidcIssuer: "ftp://x" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { oidcIssuer: [expect.stringContaining("Anmeldedienst")] },
    });
    await saveSignInSettingsForOperator(operator, org.id, values);
    const stored = await systemDb().organizationSignIn.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(stored).toMatchObject({ oidcEnabled: true, localPasswordsEnabled: true, breakGlassUserId: null, emailDomains: [domain] });
    const view = await getSignInSettingsForOperator(operator, org.id);
    expect(view.admins).toEqual([]);
    expect(JSON.stringify(view)).not.toContain("betrieb-secret-123");
    expect(JSON.stringify(view)).not.toMatch(/ADMIN [0-9a-f]{8}/);
    const audit = await systemDb().operatorAuditEvent.findFirstOrThrow({
      where: { operatorId: operator.operatorId, action: "municipality.sign_in", targetOrganizationId: org.id },
    });
    expect(JSON.stringify(audit.data)).not.toContain("betrieb-secret-123");
  });
});
