import "server-only";
/**
 * A municipality's sign-in: its e-mail domains, whether local passwords are
 * allowed (if not, only the named break-glass administrator may still use
 * one), its directory (LDAP / Active Directory) and its OpenID Connect
 * provider (Keycloak, Entra ID, Nubus), each with a mapping of groups to
 * roles. Secrets (bind password, client secret) are stored encrypted and never
 * shown again; an empty field keeps them. Edited by the municipality's admins
 * (/verwaltung/anmeldung) and by the provider's operator (/betrieb), who sees
 * no names: the break-glass choice and the local-password switch stay with
 * the municipality.
 */
import { z } from "zod";
import { db, systemDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { OperatorPrincipal } from "../operator/current-operator";

import type { Viewer } from "../auth/viewer";
import { canManageAccounts } from "../auth/policy";
import { forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import { checkDirectory, DirectoryUnavailableError, type DirectoryConfig, type GroupRole } from "../auth/ldap";
import { normalizeIssuer, oidcProviderId } from "../auth/oidc";
import { Role } from "../db/generated/enums";

function assertAdmin(viewer: Viewer) {
  if (!canManageAccounts(viewer)) throw forbidden("Die Anmeldung richtet die Administration ein.");
}

export interface SignInSettingsView {
  emailDomains: string[];
  localPasswordsEnabled: boolean;
  breakGlassUserId: string | null;
  ldapEnabled: boolean;
  ldapUrl: string;
  ldapStartTls: boolean;
  ldapBindDn: string;
  hasBindPassword: boolean;
  ldapUserBase: string;
  ldapUserFilter: string;
  ldapGroupBase: string;
  /** One line per mapping: "<group DN> = <ROLE>[: unit, unit]". */
  ldapGroupRolesText: string;
  ldapCaCert: string;
  oidcEnabled: boolean;
  oidcIssuer: string;
  oidcClientId: string;
  hasClientSecret: boolean;
  oidcScopes: string;
  oidcGroupsClaim: string;
  oidcGroupRolesText: string;
  /** The address to register at the provider as redirect URI. */
  oidcRedirectPath: string;
  /** Empty for the operator, who sees no names. */
  admins: { id: string; displayName: string }[];
}

const DEFAULT_FILTER = "(mail={{email}})";
const DEFAULT_SCOPES = "openid email profile";
const DEFAULT_GROUPS_CLAIM = "groups";

const mappingText = (mapping: GroupRole[], unitName: Map<string, string>) =>
  mapping
    .map(
      (entry) =>
        `${entry.group} = ${entry.role}${entry.leadUnitIds?.length ? `: ${entry.leadUnitIds.map((id) => unitName.get(id) ?? id).join(", ")}` : ""}`,
    )
    .join("\n");

async function settingsViewOf(organizationId: string, admins: { id: string; displayName: string }[]): Promise<SignInSettingsView> {
  // Scoped by organizationId in every query; systemDb because the operator reads it too.
  const [settings, units] = await Promise.all([
    systemDb().organizationSignIn.findUnique({ where: { organizationId } }),
    systemDb().orgUnit.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  return {
    emailDomains: settings?.emailDomains ?? [],
    localPasswordsEnabled: settings?.localPasswordsEnabled ?? true,
    breakGlassUserId: settings?.breakGlassUserId ?? null,
    ldapEnabled: settings?.ldapEnabled ?? false,
    ldapUrl: settings?.ldapUrl ?? "",
    ldapStartTls: settings?.ldapStartTls ?? false,
    ldapBindDn: settings?.ldapBindDn ?? "",
    hasBindPassword: Boolean(settings?.ldapBindPasswordEnc),
    ldapUserBase: settings?.ldapUserBase ?? "",
    ldapUserFilter: settings?.ldapUserFilter ?? DEFAULT_FILTER,
    ldapGroupBase: settings?.ldapGroupBase ?? "",
    ldapGroupRolesText: mappingText((settings?.ldapGroupRoles ?? []) as unknown as GroupRole[], unitName),
    ldapCaCert: settings?.ldapCaCert ?? "",
    oidcEnabled: settings?.oidcEnabled ?? false,
    oidcIssuer: settings?.oidcIssuer ?? "",
    oidcClientId: settings?.oidcClientId ?? "",
    hasClientSecret: Boolean(settings?.oidcClientSecretEnc),
    oidcScopes: settings?.oidcScopes ?? DEFAULT_SCOPES,
    oidcGroupsClaim: settings?.oidcGroupsClaim ?? DEFAULT_GROUPS_CLAIM,
    oidcGroupRolesText: mappingText((settings?.oidcGroupRoles ?? []) as unknown as GroupRole[], unitName),
    oidcRedirectPath: `/api/auth/callback/${oidcProviderId(organizationId)}`,
    admins,
  };
}

export async function getSignInSettings(viewer: Viewer): Promise<SignInSettingsView> {
  assertAdmin(viewer);
  const admins = await db().user.findMany({
    where: { organizationId: viewer.organizationId, role: "ADMIN", active: true },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
  return settingsViewOf(viewer.organizationId, admins);
}

/** The operator's view of a municipality's sign-in (no names). */
export async function getSignInSettingsForOperator(
  _operator: OperatorPrincipal,
  organizationId: string,
): Promise<SignInSettingsView & { organizationName: string }> {
  const organization = await existingOrganization(organizationId);
  return { ...(await settingsViewOf(organizationId, [])), organizationName: organization.name };
}

async function existingOrganization(id: string) {
  const organization = z.uuid().safeParse(id).success
    ? await systemDb().organization.findUnique({ where: { id }, select: { id: true, name: true } })
    : null;
  if (!organization) throw notFound("Die Kommune");
  return organization;
}

const optionalText = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`).default("");
const settingsSchema = z.object({
  emailDomains: optionalText(1000),
  localPasswordsEnabled: z.boolean(),
  breakGlassUserId: z.preprocess((value) => (value === "" ? null : value), z.uuid().nullable()).default(null),
  ldapEnabled: z.boolean(),
  ldapUrl: optionalText(300),
  ldapStartTls: z.boolean(),
  ldapBindDn: optionalText(500),
  ldapBindPassword: z.string().max(500).default(""),
  ldapUserBase: optionalText(500),
  ldapUserFilter: optionalText(500),
  ldapGroupBase: optionalText(500),
  ldapGroupRolesText: optionalText(10_000),
  ldapCaCert: optionalText(20_000),
  oidcEnabled: z.boolean().default(false),
  oidcIssuer: optionalText(500),
  oidcClientId: optionalText(300),
  oidcClientSecret: z.string().max(1000).default(""),
  oidcScopes: optionalText(300),
  oidcGroupsClaim: optionalText(100),
  oidcGroupRolesText: optionalText(10_000),
});

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const ROLES = new Set<string>(Object.values(Role));

function parseGroupRoles(text: string, unitIdByName: Map<string, string>): { mapping: GroupRole[]; errors: string[] } {
  const mapping: GroupRole[] = [];
  const errors: string[] = [];
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .forEach((line, index) => {
      const match = /^(.+?)\s*=\s*([A-Z]+)\s*(?::\s*(.+))?$/.exec(line);
      if (!match || !ROLES.has(match[2]!)) {
        errors.push(`Zeile ${index + 1}: bitte „<Gruppe> = ROLLE“ schreiben (READER, EDITOR, LEAD, HR oder ADMIN).`);
        return;
      }
      const role = match[2] as Role;
      const unitNames = (match[3] ?? "")
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      const missing = unitNames.filter((name) => !unitIdByName.has(name));
      if (missing.length > 0) errors.push(`Zeile ${index + 1}: Einheit „${missing.join("“, „")}“ gibt es nicht.`);
      if (role === "LEAD" && unitNames.length === 0)
        errors.push(`Zeile ${index + 1}: Für LEAD bitte nach einem Doppelpunkt die geleiteten Einheiten nennen.`);
      mapping.push({
        group: match[1]!,
        role,
        ...(role === "LEAD" ? { leadUnitIds: unitNames.map((name) => unitIdByName.get(name)!).filter(Boolean) } : {}),
      });
    });
  return { mapping, errors };
}

/** The fields of the sign-in form, as the server actions read them. */
export function signInValuesOf(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    emailDomains: text("emailDomains"),
    localPasswordsEnabled: form.get("localPasswordsEnabled") === "on",
    breakGlassUserId: text("breakGlassUserId"),
    ldapEnabled: form.get("ldapEnabled") === "on",
    ldapUrl: text("ldapUrl"),
    ldapStartTls: form.get("ldapStartTls") === "on",
    ldapBindDn: text("ldapBindDn"),
    ldapBindPassword: text("ldapBindPassword"),
    ldapUserBase: text("ldapUserBase"),
    ldapUserFilter: text("ldapUserFilter"),
    ldapGroupBase: text("ldapGroupBase"),
    ldapGroupRolesText: text("ldapGroupRolesText"),
    ldapCaCert: text("ldapCaCert"),
    oidcEnabled: form.get("oidcEnabled") === "on",
    oidcIssuer: text("oidcIssuer"),
    oidcClientId: text("oidcClientId"),
    oidcClientSecret: text("oidcClientSecret"),
    oidcScopes: text("oidcScopes"),
    oidcGroupsClaim: text("oidcGroupsClaim"),
    oidcGroupRolesText: text("oidcGroupRolesText"),
  };
}

type SettingsInput = z.infer<typeof settingsSchema>;

/**
 * Checks and stores the settings of one municipality; `audit` writes the
 * event into the right log (the municipality's or the operator's) in the same
 * transaction. `keepLocalPasswords`: the operator's form has no break-glass
 * choice, so the municipality's own choice stays as it is.
 */
async function storeSignInSettings(
  organizationId: string,
  raw: unknown,
  options: {
    fallbackBreakGlassUserId: string | null;
    keepLocalPasswords: boolean;
    audit: (tx: Prisma.TransactionClient, data: Prisma.InputJsonObject) => Promise<void>;
  },
): Promise<void> {
  const existing = await systemDb().organizationSignIn.findUnique({ where: { organizationId } });
  const parsed = settingsSchema.safeParse(
    options.keepLocalPasswords && raw && typeof raw === "object"
      ? {
          ...raw,
          localPasswordsEnabled: existing?.localPasswordsEnabled ?? true,
          breakGlassUserId: existing?.breakGlassUserId ?? "",
        }
      : raw,
  );
  if (!parsed.success)
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { form: parsed.error.issues.map((issue) => issue.message) });
  const input: SettingsInput = parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  const domains = [
    ...new Set(
      input.emailDomains
        .split(/[\s,;]+/)
        .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ];
  const badDomains = domains.filter((domain) => !DOMAIN.test(domain));
  if (badDomains.length > 0) fieldErrors.emailDomains = [`Keine gültige Domain: ${badDomains.join(", ")}.`];

  const units = await systemDb().orgUnit.findMany({ where: { organizationId }, select: { id: true, name: true } });
  const unitIdByName = new Map(units.map((unit) => [unit.name, unit.id]));
  const ldapMapping = parseGroupRoles(input.ldapGroupRolesText, unitIdByName);
  if (ldapMapping.errors.length > 0) fieldErrors.ldapGroupRolesText = ldapMapping.errors;
  const oidcMapping = parseGroupRoles(input.oidcGroupRolesText, unitIdByName);
  if (oidcMapping.errors.length > 0) fieldErrors.oidcGroupRolesText = oidcMapping.errors;

  if (input.ldapEnabled) {
    if (!/^ldaps?:\/\/[^\s/]+(:\d+)?\/?$/.test(input.ldapUrl))
      fieldErrors.ldapUrl = ["Bitte eine Adresse der Form ldap://dc1.kommune.local:389 oder ldaps://…:636 angeben."];
    if (!input.ldapBindDn) fieldErrors.ldapBindDn = ["Bitte das Dienstkonto angeben (Bind-DN, bei AD auch benutzer@domäne)."];
    if (!input.ldapBindPassword && !existing?.ldapBindPasswordEnc)
      fieldErrors.ldapBindPassword = ["Bitte das Passwort des Dienstkontos angeben."];
    if (!input.ldapUserBase) fieldErrors.ldapUserBase = ["Bitte die Suchbasis für Personen angeben, z. B. ou=people,dc=kommune,dc=de."];
    if (!input.ldapUserFilter.includes("{{email}}"))
      fieldErrors.ldapUserFilter = ["Der Filter muss {{email}} enthalten, z. B. (mail={{email}})."];
  }
  if (input.ldapCaCert && !/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/.test(input.ldapCaCert))
    fieldErrors.ldapCaCert = ["Bitte das CA-Zertifikat im PEM-Format einfügen (-----BEGIN CERTIFICATE----- …)."];
  const issuer = normalizeIssuer(input.oidcIssuer);
  if (input.oidcEnabled) {
    if (!URL.canParse(issuer) || !/^https?:$/.test(new URL(issuer).protocol))
      fieldErrors.oidcIssuer = ["Bitte die Adresse des Anmeldedienstes angeben, z. B. https://login.kommune.de/realms/kommune."];
    if (!input.oidcClientId) fieldErrors.oidcClientId = ["Bitte die Client-ID angeben, die der Anmeldedienst vergeben hat."];
    if (!input.oidcClientSecret && !existing?.oidcClientSecretEnc) fieldErrors.oidcClientSecret = ["Bitte das Client-Secret angeben."];
    if (input.oidcScopes && !input.oidcScopes.split(/\s+/).includes("openid"))
      fieldErrors.oidcScopes = ["Die Scopes müssen „openid“ enthalten, z. B. openid email profile."];
  }
  if ((input.ldapEnabled || input.oidcEnabled) && domains.length === 0)
    fieldErrors.emailDomains = ["Für Anmeldungen über Verzeichnis oder Anmeldedienst bitte mindestens eine E-Mail-Domain angeben."];
  let breakGlassUserId = input.breakGlassUserId;
  if (!input.localPasswordsEnabled) {
    breakGlassUserId ??= options.fallbackBreakGlassUserId;
    const admin = breakGlassUserId
      ? await systemDb().user.findFirst({
          where: { id: breakGlassUserId, organizationId, role: "ADMIN", active: true },
          select: { id: true },
        })
      : null;
    if (!admin) fieldErrors.breakGlassUserId = ["Bitte eine aktive Administratorin oder einen Administrator als Notfallzugang wählen."];
    if (!input.ldapEnabled && !input.oidcEnabled)
      fieldErrors.localPasswordsEnabled = ["Ohne Verzeichnis oder Anmeldedienst müssen lokale Passwörter erlaubt bleiben."];
  }
  if (Object.keys(fieldErrors).length > 0) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrors);

  const data = {
    emailDomains: domains,
    localPasswordsEnabled: input.localPasswordsEnabled,
    breakGlassUserId: input.localPasswordsEnabled ? null : breakGlassUserId,
    ldapEnabled: input.ldapEnabled,
    ldapUrl: input.ldapUrl || null,
    ldapStartTls: input.ldapStartTls,
    ldapBindDn: input.ldapBindDn || null,
    ldapBindPasswordEnc: input.ldapBindPassword ? encryptSecret(input.ldapBindPassword) : (existing?.ldapBindPasswordEnc ?? null),
    ldapUserBase: input.ldapUserBase || null,
    ldapUserFilter: input.ldapUserFilter || DEFAULT_FILTER,
    ldapGroupBase: input.ldapGroupBase || null,
    ldapGroupRoles: ldapMapping.mapping as unknown as object,
    ldapCaCert: input.ldapCaCert || null,
    oidcEnabled: input.oidcEnabled,
    oidcIssuer: issuer || null,
    oidcClientId: input.oidcClientId || null,
    oidcClientSecretEnc: input.oidcClientSecret ? encryptSecret(input.oidcClientSecret) : (existing?.oidcClientSecretEnc ?? null),
    oidcScopes: input.oidcScopes || DEFAULT_SCOPES,
    oidcGroupsClaim: input.oidcGroupsClaim || DEFAULT_GROUPS_CLAIM,
    oidcGroupRoles: oidcMapping.mapping as unknown as object,
  };
  await systemDb().$transaction(async (tx) => {
    await tx.organizationSignIn.upsert({ where: { organizationId }, create: { organizationId, ...data }, update: data });
    await options.audit(tx, {
      ldapEnabled: data.ldapEnabled,
      oidcEnabled: data.oidcEnabled,
      localPasswordsEnabled: data.localPasswordsEnabled,
      domains,
      bindPasswordChanged: Boolean(input.ldapBindPassword),
      clientSecretChanged: Boolean(input.oidcClientSecret),
    });
  });
}

export async function saveSignInSettings(viewer: Viewer, raw: unknown): Promise<void> {
  assertAdmin(viewer);
  await storeSignInSettings(viewer.organizationId, raw, {
    fallbackBreakGlassUserId: viewer.userId,
    keepLocalPasswords: false,
    audit: (tx, data) =>
      recordAuditEvent(tx, viewer, { action: "sign_in.settings", entityType: "Organization", entityId: viewer.organizationId, data }),
  });
}

/** The operator sets up a municipality's directory and sign-on service (audited in the operator log). */
export async function saveSignInSettingsForOperator(operator: OperatorPrincipal, organizationId: string, raw: unknown): Promise<void> {
  await existingOrganization(organizationId);
  await storeSignInSettings(organizationId, raw, {
    fallbackBreakGlassUserId: null,
    keepLocalPasswords: true,
    audit: async (tx, data) => {
      await tx.operatorAuditEvent.create({
        data: { operatorId: operator.operatorId, action: "municipality.sign_in", targetOrganizationId: organizationId, data },
      });
    },
  });
}

/** The stored directory configuration in plain form (for sign-in and the connection test). */
export function directoryConfigOf(settings: {
  ldapUrl: string | null;
  ldapStartTls: boolean;
  ldapBindDn: string | null;
  ldapBindPasswordEnc: string | null;
  ldapUserBase: string | null;
  ldapUserFilter: string;
  ldapGroupBase: string | null;
  ldapCaCert?: string | null;
}): DirectoryConfig | null {
  if (!settings.ldapUrl || !settings.ldapBindDn || !settings.ldapBindPasswordEnc || !settings.ldapUserBase) return null;
  return {
    url: settings.ldapUrl,
    startTls: settings.ldapStartTls,
    bindDn: settings.ldapBindDn,
    bindPassword: decryptSecret(settings.ldapBindPasswordEnc),
    userBase: settings.ldapUserBase,
    userFilter: settings.ldapUserFilter,
    groupBase: settings.ldapGroupBase,
    caCert: settings.ldapCaCert ?? null,
  };
}

async function testConnectionOf(organizationId: string): Promise<string> {
  const settings = await systemDb().organizationSignIn.findUnique({ where: { organizationId } });
  const config = settings && directoryConfigOf(settings);
  if (!config) throw invalid("Bitte zuerst Adresse, Dienstkonto, Passwort und Suchbasis speichern.");
  try {
    await checkDirectory(config);
    return "Verbindung zum Verzeichnis und Anmeldung des Dienstkontos gelungen.";
  } catch (error) {
    if (error instanceof DirectoryUnavailableError) {
      throw invalid(
        `Das Verzeichnis antwortet nicht wie erwartet: ${error.message.slice(0, 200)}. Bitte Adresse, Dienstkonto, Passwort und Zertifikat prüfen.`,
      );
    }
    throw error;
  }
}

/** "Verbindung testen": binds with the stored service account; a German answer either way. */
export async function testDirectoryConnection(viewer: Viewer): Promise<string> {
  assertAdmin(viewer);
  return testConnectionOf(viewer.organizationId);
}

export async function testDirectoryConnectionForOperator(_operator: OperatorPrincipal, organizationId: string): Promise<string> {
  await existingOrganization(organizationId);
  return testConnectionOf(organizationId);
}
