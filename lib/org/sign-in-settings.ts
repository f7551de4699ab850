import "server-only";
/**
 * A municipality's sign-in (admins): its e-mail domains, whether local
 * passwords are allowed (if not, only the named break-glass administrator may
 * still use one), and its directory (LDAP / Active Directory) with the mapping
 * of directory groups to roles. The bind password is stored encrypted and never
 * shown again; an empty field keeps it.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canManageAccounts } from "../auth/policy";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import { checkDirectory, DirectoryUnavailableError, type DirectoryConfig, type GroupRole } from "../auth/ldap";
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
  admins: { id: string; displayName: string }[];
}

const DEFAULT_FILTER = "(mail={{email}})";

export async function getSignInSettings(viewer: Viewer): Promise<SignInSettingsView> {
  assertAdmin(viewer);
  const [settings, admins, units] = await Promise.all([
    db().organizationSignIn.findUnique({ where: { organizationId: viewer.organizationId } }),
    db().user.findMany({
      where: { organizationId: viewer.organizationId, role: "ADMIN", active: true },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
    db().orgUnit.findMany({ where: { organizationId: viewer.organizationId }, select: { id: true, name: true } }),
  ]);
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const mapping = (settings?.ldapGroupRoles ?? []) as unknown as GroupRole[];
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
    ldapGroupRolesText: mapping
      .map(
        (entry) =>
          `${entry.group} = ${entry.role}${entry.leadUnitIds?.length ? `: ${entry.leadUnitIds.map((id) => unitName.get(id) ?? id).join(", ")}` : ""}`,
      )
      .join("\n"),
    admins,
  };
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
        errors.push(`Zeile ${index + 1}: bitte „<Gruppen-DN> = ROLLE“ schreiben (READER, EDITOR, LEAD, HR oder ADMIN).`);
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

export async function saveSignInSettings(viewer: Viewer, raw: unknown): Promise<void> {
  assertAdmin(viewer);
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success)
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { form: parsed.error.issues.map((issue) => issue.message) });
  const input = parsed.data;
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

  const existing = await db().organizationSignIn.findUnique({ where: { organizationId: viewer.organizationId } });
  const units = await db().orgUnit.findMany({ where: { organizationId: viewer.organizationId }, select: { id: true, name: true } });
  const { mapping, errors } = parseGroupRoles(input.ldapGroupRolesText, new Map(units.map((unit) => [unit.name, unit.id])));
  if (errors.length > 0) fieldErrors.ldapGroupRolesText = errors;

  if (input.ldapEnabled) {
    if (!/^ldaps?:\/\/[^\s/]+(:\d+)?\/?$/.test(input.ldapUrl))
      fieldErrors.ldapUrl = ["Bitte eine Adresse der Form ldap://dc1.kommune.local:389 oder ldaps://…:636 angeben."];
    if (!input.ldapBindDn) fieldErrors.ldapBindDn = ["Bitte das Dienstkonto angeben (Bind-DN, bei AD auch benutzer@domäne)."];
    if (!input.ldapBindPassword && !existing?.ldapBindPasswordEnc)
      fieldErrors.ldapBindPassword = ["Bitte das Passwort des Dienstkontos angeben."];
    if (!input.ldapUserBase) fieldErrors.ldapUserBase = ["Bitte die Suchbasis für Personen angeben, z. B. ou=people,dc=kommune,dc=de."];
    if (!input.ldapUserFilter.includes("{{email}}"))
      fieldErrors.ldapUserFilter = ["Der Filter muss {{email}} enthalten, z. B. (mail={{email}})."];
    if (domains.length === 0)
      fieldErrors.emailDomains = ["Für neue Konten aus dem Verzeichnis bitte mindestens eine E-Mail-Domain angeben."];
  }
  let breakGlassUserId = input.breakGlassUserId;
  if (!input.localPasswordsEnabled) {
    breakGlassUserId ??= viewer.userId;
    const admin = await db().user.findFirst({
      where: { id: breakGlassUserId, organizationId: viewer.organizationId, role: "ADMIN", active: true },
      select: { id: true },
    });
    if (!admin) fieldErrors.breakGlassUserId = ["Bitte eine aktive Administratorin oder einen Administrator als Notfallzugang wählen."];
    if (!input.ldapEnabled) fieldErrors.localPasswordsEnabled = ["Ohne Verzeichnis müssen lokale Passwörter erlaubt bleiben."];
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
    ldapGroupRoles: mapping as unknown as object,
  };
  await db().$transaction(async (tx) => {
    await tx.organizationSignIn.upsert({
      where: { organizationId: viewer.organizationId },
      create: { organizationId: viewer.organizationId, ...data },
      update: data,
    });
    await recordAuditEvent(tx, viewer, {
      action: "sign_in.settings",
      entityType: "Organization",
      entityId: viewer.organizationId,
      data: {
        ldapEnabled: data.ldapEnabled,
        localPasswordsEnabled: data.localPasswordsEnabled,
        domains,
        bindPasswordChanged: Boolean(input.ldapBindPassword),
      },
    });
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
  };
}

/** "Verbindung testen": binds with the stored service account; a German answer either way. */
export async function testDirectoryConnection(viewer: Viewer): Promise<string> {
  assertAdmin(viewer);
  const settings = await db().organizationSignIn.findUnique({ where: { organizationId: viewer.organizationId } });
  const config = settings && directoryConfigOf(settings);
  if (!config) throw invalid("Bitte zuerst Adresse, Dienstkonto, Passwort und Suchbasis speichern.");
  try {
    await checkDirectory(config);
    return "Verbindung zum Verzeichnis und Anmeldung des Dienstkontos gelungen.";
  } catch (error) {
    if (error instanceof DirectoryUnavailableError) {
      throw invalid(
        `Das Verzeichnis antwortet nicht wie erwartet: ${error.message.slice(0, 200)}. Bitte Adresse, Dienstkonto und Passwort prüfen.`,
      );
    }
    throw error;
  }
}
