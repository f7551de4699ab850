import "server-only";
/**
 * The operator console: municipalities (create, rename, deactivate,
 * reactivate), their first administrator, login blocks, and aggregate figures
 * only – counts and a coverage share, never names, articles, people or tasks.
 * Every change is written to the operator audit log. This module spans
 * municipalities, hence systemDb(); it takes an OperatorPrincipal, which no
 * municipal session can produce.
 */
import { z } from "zod";
import { systemDb } from "../db/client";
import { conflict, invalid, notFound } from "../errors";
import type { Prisma } from "../db/generated/client";
import { accountLink, issueAccountToken } from "../accounts/account-tokens";
import { invitationMailText } from "../accounts/passwords";
import { sendPlainMail } from "../mail/mailer";
import { revokeSessionsOf } from "../auth/sessions";
import { fieldErrorsOf } from "../knowledge/article-input";
import type { OperatorPrincipal } from "./current-operator";

type Tx = Prisma.TransactionClient;

async function audit(
  tx: Tx,
  operator: OperatorPrincipal,
  action: string,
  targetOrganizationId: string | null,
  data?: Prisma.InputJsonValue,
) {
  await tx.operatorAuditEvent.create({ data: { operatorId: operator.operatorId, action, targetOrganizationId, data } });
}

export interface MunicipalityFigures {
  id: string;
  name: string;
  slug: string;
  active: boolean;
  createdAt: Date;
  accounts: number;
  publishedArticles: number;
  tasks: number;
  /** Share of tasks with at least one published article, 0–100; null without tasks. */
  coveragePercent: number | null;
  lastActivityAt: Date | null;
}

/** Every municipality with counts only (one query). */
export async function listMunicipalities(operator: OperatorPrincipal): Promise<MunicipalityFigures[]> {
  void operator;
  const rows = await systemDb().$queryRaw<
    {
      id: string;
      name: string;
      slug: string;
      active: boolean;
      createdAt: Date;
      accounts: number;
      published: number;
      tasks: number;
      covered: number;
      last: Date | null;
    }[]
  >`
    SELECT o.id::text AS id, o.name, o.slug, o.active, o."createdAt",
      (SELECT count(*)::int FROM "User" u WHERE u."organizationId" = o.id) AS accounts,
      (SELECT count(*)::int FROM "Article" a WHERE a."organizationId" = o.id AND a.status = 'PUBLISHED') AS published,
      (SELECT count(*)::int FROM "Task" t WHERE t."organizationId" = o.id) AS tasks,
      (SELECT count(DISTINCT at."taskId")::int FROM "ArticleTask" at JOIN "Article" a ON a.id = at."articleId"
         WHERE a."organizationId" = o.id AND a.status = 'PUBLISHED') AS covered,
      (SELECT max(e."createdAt") FROM "AuditEvent" e WHERE e."organizationId" = o.id) AS last
    FROM "Organization" o
    ORDER BY o.name`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    active: row.active,
    createdAt: row.createdAt,
    accounts: row.accounts,
    publishedArticles: row.published,
    tasks: row.tasks,
    coveragePercent: row.tasks > 0 ? Math.round((row.covered / row.tasks) * 100) : null,
    lastActivityAt: row.last,
  }));
}

const nameSchema = z.string().trim().min(3, "Der Name muss mindestens 3 Zeichen lang sein.").max(120, "Höchstens 120 Zeichen.");
const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Kurzname: nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „stadt-musterhausen“.")
  .max(60, "Kurzname: höchstens 60 Zeichen.");

/** A URL-safe short name from a municipality's name ("Stadt Überlingen" → "stadt-ueberlingen"). */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

const createSchema = z.object({ name: nameSchema, slug: z.string().optional() });

export async function createMunicipality(operator: OperatorPrincipal, raw: unknown): Promise<{ id: string }> {
  const parsed = createSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const slug = slugSchema.safeParse(parsed.data.slug?.trim() || slugOf(parsed.data.name));
  if (!slug.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", { slug: slug.error.issues.map((issue) => issue.message) });
  if (await systemDb().organization.findUnique({ where: { slug: slug.data }, select: { id: true } })) {
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { slug: [`Den Kurznamen „${slug.data}“ gibt es schon.`] });
  }
  return systemDb().$transaction(async (tx) => {
    const organization = await tx.organization.create({ data: { name: parsed.data.name, slug: slug.data }, select: { id: true } });
    await audit(tx, operator, "municipality.create", organization.id, { name: parsed.data.name, slug: slug.data });
    return organization;
  });
}

const idSchema = z.uuid();

async function existingMunicipality(id: unknown) {
  const parsed = idSchema.safeParse(id);
  const organization = parsed.success
    ? await systemDb().organization.findUnique({ where: { id: parsed.data }, select: { id: true, name: true, active: true } })
    : null;
  if (!organization) throw notFound("Die Kommune");
  return organization;
}

export async function renameMunicipality(operator: OperatorPrincipal, raw: { id?: unknown; name?: unknown }): Promise<void> {
  const organization = await existingMunicipality(raw.id);
  const name = nameSchema.safeParse(raw.name);
  if (!name.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", { name: name.error.issues.map((issue) => issue.message) });
  await systemDb().$transaction(async (tx) => {
    await tx.organization.update({ where: { id: organization.id }, data: { name: name.data } });
    await audit(tx, operator, "municipality.rename", organization.id, { before: organization.name, after: name.data });
  });
}

/** Deactivating keeps every row; sign-in is refused and open sessions end at once. */
export async function setMunicipalityActive(operator: OperatorPrincipal, raw: { id?: unknown; active?: unknown }): Promise<void> {
  const organization = await existingMunicipality(raw.id);
  const active = raw.active === true;
  if (organization.active === active) return;
  await systemDb().$transaction(async (tx) => {
    await tx.organization.update({ where: { id: organization.id }, data: { active, deactivatedAt: active ? null : new Date() } });
    await audit(tx, operator, active ? "municipality.reactivate" : "municipality.deactivate", organization.id);
  });
  if (!active) {
    const users = await systemDb().user.findMany({ where: { organizationId: organization.id }, select: { id: true } });
    for (const user of users) await revokeSessionsOf({ userId: user.id });
  }
}

const inviteSchema = z.object({
  email: z.email({ error: "Bitte eine gültige E-Mail-Adresse eingeben." }).trim().toLowerCase().max(200),
  displayName: nameSchema,
});

/** Invites a municipality's administrator: an account without a password and a single-use link (mailed or shown once). */
export async function inviteMunicipalityAdmin(
  operator: OperatorPrincipal,
  raw: { organizationId?: unknown; email?: unknown; displayName?: unknown },
): Promise<{ mailed: boolean; invitationLink: string | null }> {
  const organization = await existingMunicipality(raw.organizationId);
  const parsed = inviteSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const { email, displayName } = parsed.data;
  if (await systemDb().user.findUnique({ where: { email }, select: { id: true } })) {
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { email: ["Für diese E-Mail-Adresse gibt es schon ein Konto."] });
  }
  const token = await systemDb().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { organizationId: organization.id, email, displayName, role: "ADMIN", passwordHash: null },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { organizationId: organization.id, actorId: null, action: "account.invite_by_operator", entityType: "User", entityId: user.id },
    });
    await audit(tx, operator, "municipality.invite_admin", organization.id, { email });
    return issueAccountToken(tx, "INVITATION", { userId: user.id });
  });
  const link = accountLink(token);
  const mailed = await sendPlainMail({
    to: email,
    subject: "Einladung zu DigiCheck Wissen",
    text: invitationMailText(displayName, organization.name, link),
  });
  return { mailed, invitationLink: mailed ? null : link };
}

/** Sign-in blocks in force, for the operator to see and lift. */
export async function listLoginBlocks(operator: OperatorPrincipal, now = new Date()) {
  void operator;
  const rows = await systemDb().loginThrottle.findMany({
    where: { blockedUntil: { gt: now } },
    orderBy: { blockedUntil: "desc" },
    take: 200,
    select: { key: true, blockedUntil: true },
  });
  return rows.map((row) => ({ key: row.key, label: blockLabel(row.key), blockedUntil: row.blockedUntil! }));
}

function blockLabel(key: string): string {
  if (key.startsWith("pair:")) {
    const [account, address] = key.slice(5).split("|");
    return `Konto ${account} von Adresse ${address}`;
  }
  if (key.startsWith("address:")) return `Adresse ${key.slice(8)}`;
  return key;
}

export async function liftLoginBlock(operator: OperatorPrincipal, key: unknown): Promise<void> {
  const parsed = z.string().min(1).max(400).safeParse(key);
  if (!parsed.success) throw notFound("Die Sperre");
  const lifted = await systemDb().loginThrottle.deleteMany({ where: { key: parsed.data, blockedUntil: { gt: new Date() } } });
  if (lifted.count === 0) throw conflict("Diese Sperre ist schon abgelaufen oder aufgehoben.");
  await systemDb().operatorAuditEvent.create({
    data: { operatorId: operator.operatorId, action: "login_block.lift", data: { key: parsed.data } },
  });
}

/** The latest operator actions (who did what to which municipality). */
export async function listOperatorAudit(operator: OperatorPrincipal, limit = 50) {
  void operator;
  return systemDb().operatorAuditEvent.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      action: true,
      targetOrganizationId: true,
      data: true,
      createdAt: true,
      operator: { select: { displayName: true } },
    },
  });
}
