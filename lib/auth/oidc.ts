import "server-only";
/**
 * Single sign-on through a municipality's OpenID Connect provider (Keycloak,
 * Microsoft Entra ID, openDesk's Nubus). Each municipality with OIDC switched
 * on is one next-auth OAuth provider with the id `oidc-<organization id>`,
 * built per request from the database so that a change in the settings needs
 * no restart. After the provider's answer, `signInWithOidc` decides: the
 * e-mail address must be verified (the `email_verified` claim, or a domain of
 * the municipality — its own provider speaks for its own domain), the account
 * is created just in time or linked by that address, groups map to role and
 * lead units, and a server-side session is opened.
 */
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { invalid } from "../errors";
import { systemDb } from "../db/client";
import { decryptSecret } from "../crypto/secret-box";
import { accountFromDirectory } from "./directory-accounts";
import type { GroupRole } from "./ldap";
import { recordSignIn } from "./sign-in-record";

const PROVIDER_PREFIX = "oidc-";
export const oidcProviderId = (organizationId: string) => `${PROVIDER_PREFIX}${organizationId}`;
export const organizationOfProvider = (providerId: string): string | null =>
  providerId.startsWith(PROVIDER_PREFIX) ? providerId.slice(PROVIDER_PREFIX.length) : null;

/** "https://id.example/realms/x/.well-known/openid-configuration" and ".../realms/x/" both become the issuer. */
export function normalizeIssuer(value: string): string {
  return value
    .trim()
    .replace(/\/\.well-known\/openid-configuration\/?$/, "")
    .replace(/\/+$/, "");
}

export const discoveryUrl = (issuer: string) => `${normalizeIssuer(issuer)}/.well-known/openid-configuration`;

/** The OAuth providers of all active municipalities with OIDC switched on and complete settings. */
export async function oidcProviders(): Promise<OAuthConfig<Record<string, unknown>>[]> {
  const rows = await systemDb().organizationSignIn.findMany({
    where: { oidcEnabled: true, oidcIssuer: { not: null }, oidcClientId: { not: null }, organization: { active: true } },
    select: {
      organizationId: true,
      oidcIssuer: true,
      oidcClientId: true,
      oidcClientSecretEnc: true,
      oidcScopes: true,
      organization: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: oidcProviderId(row.organizationId),
    name: row.organization.name,
    type: "oauth",
    wellKnown: discoveryUrl(row.oidcIssuer!),
    clientId: row.oidcClientId!,
    clientSecret: row.oidcClientSecretEnc ? decryptSecret(row.oidcClientSecretEnc) : undefined,
    authorization: { params: { scope: row.oidcScopes } },
    idToken: true,
    checks: ["pkce", "state"],
    // The claims are judged in signInWithOidc; next-auth only needs an id here.
    profile: (claims: Record<string, unknown>) => ({
      id: String(claims.sub ?? ""),
      email: String(claims.email ?? ""),
      name: String(claims.name ?? ""),
    }),
  }));
}

export const OIDC_REFUSALS = {
  "sso-ohne-email": "Ihr Konto beim Anmeldedienst Ihrer Kommune hat keine E-Mail-Adresse. Bitte wenden Sie sich an Ihre IT.",
  "sso-email-unbestaetigt": "Der Anmeldedienst hat Ihre E-Mail-Adresse nicht als bestätigt gemeldet. Bitte wenden Sie sich an Ihre IT.",
  "sso-andere-kommune": "Diese E-Mail-Adresse gehört zu einem Konto einer anderen Kommune. Bitte wenden Sie sich an die Administration.",
  "sso-gesperrt": "Ihr Konto ist gesperrt. Bitte wenden Sie sich an die Administration Ihrer Verwaltung.",
  "sso-nicht-eingerichtet": "Die Anmeldung über Ihre Kommune ist nicht (mehr) eingerichtet. Bitte melden Sie sich mit Passwort an.",
  "sso-fehlgeschlagen": "Die Anmeldung über Ihre Kommune ist nicht gelungen. Bitte versuchen Sie es noch einmal.",
} as const;
export type OidcRefusal = keyof typeof OIDC_REFUSALS;

const groupsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? [value] : [];

const discoveryCache = new Map<string, { userinfo: string | null; until: number }>();

/** The userinfo endpoint from discovery (cached ten minutes); groups are often only there (Keycloak's default mappers). */
async function userinfoEndpoint(issuer: string): Promise<string | null> {
  const cached = discoveryCache.get(issuer);
  if (cached && cached.until > Date.now()) return cached.userinfo;
  const response = await fetch(discoveryUrl(issuer), { signal: AbortSignal.timeout(5000) });
  const document = (await response.json()) as { userinfo_endpoint?: string };
  const userinfo = typeof document.userinfo_endpoint === "string" ? document.userinfo_endpoint : null;
  discoveryCache.set(issuer, { userinfo, until: Date.now() + 600_000 });
  return userinfo;
}

async function userinfoClaims(issuer: string, accessToken: string | undefined): Promise<Record<string, unknown>> {
  if (!accessToken) return {};
  try {
    const endpoint = await userinfoEndpoint(issuer);
    if (!endpoint) return {};
    const response = await fetch(endpoint, { headers: { authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(5000) });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export type OidcSignInResult =
  { ok: true; id: string; sessionId: string; mustChangePassword: boolean } | { ok: false; refusal: OidcRefusal };

/**
 * Decides a sign-in answered by a municipality's provider. `claims` are the
 * ID token's; when the groups claim is missing there, the userinfo endpoint
 * is asked with the access token.
 */
export async function signInWithOidc(input: {
  providerId: string;
  claims: Record<string, unknown>;
  accessToken?: string;
  address?: string;
}): Promise<OidcSignInResult> {
  const organizationId = organizationOfProvider(input.providerId);
  const settings = organizationId
    ? await systemDb().organizationSignIn.findFirst({
        where: { organizationId, oidcEnabled: true, organization: { active: true } },
        select: { oidcIssuer: true, oidcGroupsClaim: true, oidcGroupRoles: true, emailDomains: true },
      })
    : null;
  if (!organizationId || !settings?.oidcIssuer) return { ok: false, refusal: "sso-nicht-eingerichtet" };

  let claims = input.claims;
  if (!(settings.oidcGroupsClaim in claims)) claims = { ...(await userinfoClaims(settings.oidcIssuer, input.accessToken)), ...claims };
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email.includes("@")) return { ok: false, refusal: "sso-ohne-email" };
  const ownDomain = settings.emailDomains.includes(email.split("@")[1]!);
  if (claims.email_verified !== true && !ownDomain) return { ok: false, refusal: "sso-email-unbestaetigt" };

  const existing = await systemDb().user.findUnique({ where: { email }, select: { organizationId: true, active: true } });
  if (existing && existing.organizationId !== organizationId) return { ok: false, refusal: "sso-andere-kommune" };
  if (existing && !existing.active) return { ok: false, refusal: "sso-gesperrt" };

  const displayName = [claims.name, [claims.given_name, claims.family_name].filter(Boolean).join(" "), claims.preferred_username, email]
    .map((value) => (typeof value === "string" ? value.trim() : ""))
    .find(Boolean)!
    .slice(0, 200);
  const account = await accountFromDirectory(
    organizationId,
    { dn: String(claims.sub ?? ""), email, displayName, groups: groupsOf(claims[settings.oidcGroupsClaim]) },
    settings.oidcGroupRoles as unknown as GroupRole[],
    "oidc",
  );
  if (!account) return { ok: false, refusal: "sso-andere-kommune" };
  const sessionId = await recordSignIn({ ...account, organizationId }, "oidc", input.address ?? "oidc");
  return { ok: true, id: account.id, sessionId, mustChangePassword: false };
}

const emailSchema = z.email("Bitte geben Sie Ihre dienstliche E-Mail-Adresse ein.").max(320);

/**
 * The municipality whose provider signs in this address (by e-mail domain),
 * for the login page's "Weiter" button. Says nothing about accounts: only
 * whether the domain belongs to a municipality with single sign-on.
 */
export async function findSingleSignOn(raw: unknown): Promise<{ providerId: string; name: string }> {
  const parsed = emailSchema.safeParse(typeof raw === "string" ? raw.trim().toLowerCase() : raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const domain = parsed.data.split("@")[1]!;
  const row = await systemDb().organizationSignIn.findFirst({
    where: { oidcEnabled: true, emailDomains: { has: domain }, organization: { active: true } },
    select: { organizationId: true, organization: { select: { name: true } } },
  });
  if (!row)
    throw invalid("Für diese E-Mail-Adresse ist keine Anmeldung über die Kommune eingerichtet. Bitte melden Sie sich mit Passwort an.");
  return { providerId: oidcProviderId(row.organizationId), name: row.organization.name };
}

/** Whether any active municipality signs in through OpenID Connect (the login page shows the second form only then). */
export async function singleSignOnOffered(): Promise<boolean> {
  const count = await systemDb().organizationSignIn.count({ where: { oidcEnabled: true, organization: { active: true } } });
  return count > 0;
}
