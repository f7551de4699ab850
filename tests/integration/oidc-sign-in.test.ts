import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { systemDb } from "@/lib/db/client";
import { loadViewerForSession } from "@/lib/auth/load-viewer";
import { findSingleSignOn, oidcProviderId, oidcProviders, signInWithOidc } from "@/lib/auth/oidc";
import { authenticate } from "@/lib/auth/authenticate";
import { getSignInSettings, saveSignInSettings } from "@/lib/org/sign-in-settings";
import { createTestOrganization } from "./helpers/test-organization";

/** The rules after a municipality's OpenID Connect provider has answered (the browser flow is in the e2e test). */
describe("Anmeldung über den Anmeldedienst der Kommune (OpenID Connect)", () => {
  const domain = `stadt-${randomUUID().slice(0, 6)}.example`;
  let org: Awaited<ReturnType<typeof createTestOrganization>>;
  let providerId: string;
  const settings = (extra: Record<string, unknown> = {}) => ({
    emailDomains: domain,
    localPasswordsEnabled: true,
    ldapEnabled: false,
    ldapStartTls: false,
    oidcEnabled: true,
    oidcIssuer: "https://login.example/realms/stadt/.well-known/openid-configuration",
    oidcClientId: "digicheck",
    oidcClientSecret: "geheimes-client-secret",
    oidcScopes: "openid email profile groups",
    oidcGroupsClaim: "groups",
    oidcGroupRolesText: "/wissen-redaktion = EDITOR\n/amtsleitung = LEAD: Bürgeramt",
    ...extra,
  });

  beforeAll(async () => {
    org = await createTestOrganization("Stadt mit Anmeldedienst");
    providerId = oidcProviderId(org.id);
  });

  it("nur die Administration richtet es ein; unvollständige Angaben werden deutsch erklärt und ändern nichts", async () => {
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(saveSignInSettings(org.viewers[role], settings())).rejects.toThrow("Administration");
    }
    await expect(
      saveSignInSettings(
        org.viewers.ADMIN,
        settings({ oidcIssuer: "kein-url", oidcClientId: "", oidcClientSecret: "", oidcScopes: "email" }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: {
        oidcIssuer: [expect.stringContaining("Adresse des Anmeldedienstes")],
        oidcClientId: [expect.stringContaining("Client-ID")],
        oidcClientSecret: [expect.stringContaining("Client-Secret")],
        oidcScopes: [expect.stringContaining("openid")],
      },
    });
    expect(await systemDb().organizationSignIn.count({ where: { organizationId: org.id } })).toBe(0);

    await saveSignInSettings(org.viewers.ADMIN, settings());
    const stored = await systemDb().organizationSignIn.findUniqueOrThrow({ where: { organizationId: org.id } });
    // The discovery URL is reduced to the issuer; the secret is stored encrypted only.
    expect(stored.oidcIssuer).toBe("https://login.example/realms/stadt");
    expect(stored.oidcClientSecretEnc).not.toContain("geheimes-client-secret");
    const view = await getSignInSettings(org.viewers.ADMIN);
    expect(view).toMatchObject({ oidcEnabled: true, hasClientSecret: true, oidcRedirectPath: `/api/auth/callback/${providerId}` });
    expect(JSON.stringify(view)).not.toContain("geheimes-client-secret");
    expect(view.oidcGroupRolesText).toContain("/amtsleitung = LEAD: Bürgeramt");

    const provider = (await oidcProviders()).find((entry) => entry.id === providerId);
    expect(provider).toMatchObject({
      wellKnown: "https://login.example/realms/stadt/.well-known/openid-configuration",
      clientId: "digicheck",
      clientSecret: "geheimes-client-secret",
      authorization: { params: { scope: "openid email profile groups" } },
    });
    // An empty secret field keeps the stored one.
    await saveSignInSettings(org.viewers.ADMIN, settings({ oidcClientSecret: "" }));
    expect((await oidcProviders()).find((entry) => entry.id === providerId)?.clientSecret).toBe("geheimes-client-secret");
  });

  it("legt beim ersten Mal ein Konto an: Rolle und geleitete Einheiten aus den Gruppen, sonst Lesen", async () => {
    const lead = await signInWithOidc({
      providerId,
      claims: { sub: "kc-1", email: `l.lang@${domain}`, email_verified: true, name: "Lea Lang", groups: ["/amtsleitung"] },
    });
    expect(lead.ok).toBe(true);
    if (!lead.ok) return;
    expect(await loadViewerForSession(lead.sessionId)).toMatchObject({ role: "LEAD", organizationId: org.id });
    const scopes = await systemDb().userUnitScope.findMany({ where: { userId: lead.id } });
    expect(scopes.map((scope) => scope.orgUnitId)).toEqual([org.unitId]);

    const reader = await signInWithOidc({
      providerId,
      claims: { sub: "kc-2", email: `r.ruh@${domain}`, email_verified: true, name: "Rita Ruh" },
    });
    expect(reader.ok && (await loadViewerForSession(reader.sessionId))?.role).toBe("READER");
    const account = await systemDb().user.findUniqueOrThrow({ where: { email: `r.ruh@${domain}` } });
    expect(account).toMatchObject({ passwordHash: null, signInMethod: "oidc", displayName: "Rita Ruh" });
    expect(await systemDb().auditEvent.count({ where: { entityId: account.id, action: "account.created_from_oidc" } })).toBe(1);
  });

  it("verknüpft ein vorhandenes Konto über die bestätigte E-Mail-Adresse", async () => {
    const existing = await systemDb().user.findUniqueOrThrow({ where: { id: org.viewers.EDITOR.userId } });
    const foreign = { sub: "x-9", email: existing.email, name: "Eddi", groups: ["/wissen-redaktion"] };
    // test.example is not a domain of this municipality: without email_verified no link.
    expect(await signInWithOidc({ providerId, claims: { ...foreign, email_verified: false } })).toEqual({
      ok: false,
      refusal: "sso-email-unbestaetigt",
    });
    const linked = await signInWithOidc({ providerId, claims: { ...foreign, email_verified: true } });
    expect(linked).toMatchObject({ ok: true, id: existing.id });
    // An address of the municipality's own domain counts as verified by its own provider.
    const own = await signInWithOidc({ providerId, claims: { sub: "kc-3", email: `o.wn@${domain}`, name: "Otto Wn" } });
    expect(own.ok).toBe(true);
  });

  it("lehnt ab: andere Kommune, gesperrtes Konto, keine E-Mail, abgeschalteter Dienst", async () => {
    const other = await createTestOrganization("Andere Kommune");
    const otherUser = await systemDb().user.findUniqueOrThrow({ where: { id: other.viewers.READER.userId } });
    expect(await signInWithOidc({ providerId, claims: { sub: "a", email: otherUser.email, email_verified: true } })).toEqual({
      ok: false,
      refusal: "sso-andere-kommune",
    });
    await systemDb().user.update({ where: { email: `r.ruh@${domain}` }, data: { active: false } });
    expect(await signInWithOidc({ providerId, claims: { sub: "kc-2", email: `r.ruh@${domain}`, email_verified: true } })).toEqual({
      ok: false,
      refusal: "sso-gesperrt",
    });
    expect(await signInWithOidc({ providerId, claims: { sub: "b" } })).toEqual({ ok: false, refusal: "sso-ohne-email" });
    // Another municipality's provider id cannot sign in to this one, and an unknown one is refused.
    expect(
      await signInWithOidc({ providerId: oidcProviderId(other.id), claims: { sub: "c", email: `c@${domain}`, email_verified: true } }),
    ).toEqual({
      ok: false,
      refusal: "sso-nicht-eingerichtet",
    });
    expect(await signInWithOidc({ providerId: "credentials", claims: {} })).toEqual({ ok: false, refusal: "sso-nicht-eingerichtet" });
    await systemDb().organization.update({ where: { id: org.id }, data: { active: false } });
    expect((await oidcProviders()).some((entry) => entry.id === providerId)).toBe(false);
    expect(await signInWithOidc({ providerId, claims: { sub: "kc-1", email: `l.lang@${domain}`, email_verified: true } })).toEqual({
      ok: false,
      refusal: "sso-nicht-eingerichtet",
    });
    await systemDb().organization.update({ where: { id: org.id }, data: { active: true } });
  });

  it("„Weiter“ findet den Anmeldedienst über die Domain, ohne etwas über Konten zu verraten", async () => {
    expect(await findSingleSignOn(`irgendwer@${domain}`)).toMatchObject({ providerId });
    await expect(findSingleSignOn("niemand@anderswo.example")).rejects.toThrow("keine Anmeldung über die Kommune");
    await expect(findSingleSignOn("kein-mail")).rejects.toThrow("E-Mail-Adresse");
  });

  it("lokale Passwörter aus: mit Anmeldedienst erlaubt, ein Konto ohne Passwort meldet sich nicht lokal an", async () => {
    await saveSignInSettings(org.viewers.ADMIN, settings({ oidcClientSecret: "", localPasswordsEnabled: false, breakGlassUserId: "" }));
    const stored = await systemDb().organizationSignIn.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(stored).toMatchObject({ localPasswordsEnabled: false, breakGlassUserId: org.viewers.ADMIN.userId });
    await expect(authenticate({ email: `l.lang@${domain}`, password: "irgendetwas-langes", address: "10.40.0.1" })).rejects.toThrow(
      "nicht richtig",
    );
  });
});
