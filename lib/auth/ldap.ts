import "server-only";
/**
 * Sign-in against a municipality's directory (OpenLDAP or Active Directory)
 * with ldapts: bind with the service account, find exactly one entry by the
 * configured filter, bind as that entry with the typed password, then read its
 * groups (memberOf of the entry, and (member=<dn>) under a group base if set).
 * An empty password is refused before any bind (it would be an anonymous bind).
 */
import { Client, InvalidCredentialsError, escapeFilter } from "ldapts";
import type { Role } from "../db/generated/enums";

export interface DirectoryConfig {
  url: string;
  startTls: boolean;
  bindDn: string;
  bindPassword: string;
  userBase: string;
  userFilter: string;
  groupBase: string | null;
  /** PEM of an own CA for ldaps:// or STARTTLS; null: the system's trusted CAs. */
  caCert?: string | null;
}

export interface DirectoryPerson {
  dn: string;
  email: string;
  displayName: string;
  groups: string[];
}

export interface GroupRole {
  group: string;
  role: Role;
  leadUnitIds?: string[];
}

export class DirectoryUnavailableError extends Error {}

const TIMEOUT_MS = 5000;

/** Certificates are always verified; an own CA is added, never "accept any certificate". */
function tlsOptions(config: DirectoryConfig) {
  return config.caCert ? { ca: [config.caCert] } : {};
}

function client(config: DirectoryConfig): Client {
  return new Client({
    url: config.url,
    timeout: TIMEOUT_MS,
    connectTimeout: TIMEOUT_MS,
    strictDN: false,
    ...(config.url.startsWith("ldaps:") ? { tlsOptions: tlsOptions(config) } : {}),
  });
}

async function connected(config: DirectoryConfig): Promise<Client> {
  const connection = client(config);
  if (config.startTls) await connection.startTLS(tlsOptions(config));
  return connection;
}

const text = (value: unknown): string =>
  Array.isArray(value) ? String(value[0] ?? "") : Buffer.isBuffer(value) ? value.toString("utf8") : String(value ?? "");
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map((item) => text(item)) : value ? [text(value)] : []);

function unavailable(error: unknown): DirectoryUnavailableError {
  return new DirectoryUnavailableError(error instanceof Error ? error.message : String(error));
}

/** Checks that the service account can bind (for the settings page). */
export async function checkDirectory(config: DirectoryConfig): Promise<void> {
  let connection: Client | undefined;
  try {
    connection = await connected(config);
    await connection.bind(config.bindDn, config.bindPassword);
  } catch (error) {
    throw unavailable(error);
  } finally {
    await connection?.unbind().catch(() => undefined);
  }
}

/** The person if e-mail and password are right in the directory; null if not; DirectoryUnavailableError if it cannot be asked. */
export async function verifyWithDirectory(config: DirectoryConfig, email: string, password: string): Promise<DirectoryPerson | null> {
  if (!password) return null;
  let service: Client | undefined;
  let entry: Record<string, unknown> & { dn: string };
  try {
    service = await connected(config);
    await service.bind(config.bindDn, config.bindPassword);
    const { searchEntries } = await service.search(config.userBase, {
      scope: "sub",
      filter: config.userFilter.replaceAll("{{email}}", escapeFilter`${email}`),
      attributes: ["mail", "displayName", "cn", "memberOf"],
      sizeLimit: 2,
    });
    if (searchEntries.length !== 1) return null;
    entry = searchEntries[0] as typeof entry;
  } catch (error) {
    throw unavailable(error);
  } finally {
    await service?.unbind().catch(() => undefined);
  }

  let person: Client | undefined;
  try {
    person = await connected(config);
    await person.bind(entry.dn, password);
  } catch (error) {
    if (error instanceof InvalidCredentialsError) return null;
    throw unavailable(error);
  } finally {
    await person?.unbind().catch(() => undefined);
  }

  const groups = new Set(list(entry.memberOf));
  if (config.groupBase) {
    let groupClient: Client | undefined;
    try {
      groupClient = await connected(config);
      await groupClient.bind(config.bindDn, config.bindPassword);
      const dn = escapeFilter`${entry.dn}`;
      const { searchEntries } = await groupClient.search(config.groupBase, {
        scope: "sub",
        filter: `(|(member=${dn})(uniqueMember=${dn}))`,
        attributes: ["dn"],
      });
      for (const group of searchEntries) groups.add(group.dn);
    } catch (error) {
      throw unavailable(error);
    } finally {
      await groupClient?.unbind().catch(() => undefined);
    }
  }
  return {
    dn: entry.dn,
    email: text(entry.mail).toLowerCase() || email,
    displayName: text(entry.displayName) || text(entry.cn) || email,
    groups: [...groups],
  };
}

const RANK: Record<Role, number> = { READER: 0, EDITOR: 1, LEAD: 2, HR: 3, ADMIN: 4 };
const normalizeDn = (dn: string) =>
  dn
    .replace(/\s*,\s*/g, ",")
    .trim()
    .toLowerCase();

/** The highest role any of the person's groups maps to (null: no mapping applies), with the lead units of the LEAD mappings. */
export function roleFromGroups(groups: string[], mapping: GroupRole[]): { role: Role; leadUnitIds: string[] } | null {
  const mine = new Set(groups.map(normalizeDn));
  const matches = mapping.filter((entry) => mine.has(normalizeDn(entry.group)));
  if (matches.length === 0) return null;
  const role = matches.reduce((best, entry) => (RANK[entry.role] > RANK[best] ? entry.role : best), "READER" as Role);
  const leadUnitIds = [...new Set(matches.filter((entry) => entry.role === "LEAD").flatMap((entry) => entry.leadUnitIds ?? []))];
  return { role, leadUnitIds: role === "LEAD" ? leadUnitIds : [] };
}
