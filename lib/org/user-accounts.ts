import "server-only";
/**
 * User accounts and roles (admins): invite a person (they set their own
 * password through a single-use link), change role, unit scopes of leads, link
 * to a person, lock and unlock. A lock or role change ends the account's
 * sessions. Admins cannot lock themselves out. Every change is audited.
 */
import { z } from "zod";
import { db, systemDb } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canManageAccounts } from "../auth/policy";
import { revokeSessionsOf } from "../auth/sessions";
import { accountLink, issueAccountToken } from "../accounts/account-tokens";
import { invitationMailText } from "../accounts/passwords";
import { sendPlainMail } from "../mail/mailer";
import { forbidden, invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { fieldErrorsOf } from "../knowledge/article-input";
import { Role } from "../db/generated/enums";

const ROLES = Object.values(Role);
const idList = z.array(z.uuid()).max(200);
const optionalId = z.preprocess((value) => (value === "" || value === undefined ? null : value), z.uuid().nullable());

const createSchema = z.object({
  email: z.email({ error: "Bitte eine gültige E-Mail-Adresse eingeben." }).trim().toLowerCase().max(200),
  displayName: z.string().trim().min(3, "Der Name muss mindestens 3 Zeichen lang sein.").max(120, "Höchstens 120 Zeichen."),
  role: z.enum(ROLES, { error: "Bitte eine Rolle wählen." }),
  leadUnitIds: idList.default([]),
  personId: optionalId.default(null),
});

const updateSchema = z.object({
  id: z.uuid(),
  role: z.enum(ROLES, { error: "Bitte eine Rolle wählen." }),
  active: z.boolean(),
  leadUnitIds: idList.default([]),
  personId: optionalId.default(null),
});

function assertAdmin(viewer: Viewer) {
  if (!canManageAccounts(viewer)) throw forbidden("Konten verwaltet die Administration.");
}

async function checkReferences(viewer: Viewer, input: { role: string; leadUnitIds: string[]; personId: string | null }, userId?: string) {
  const fieldErrors: Record<string, string[]> = {};
  if (input.role === "LEAD" && input.leadUnitIds.length === 0)
    fieldErrors.leadUnitIds = ["Eine Führungskraft braucht mindestens eine Organisationseinheit."];
  const units = await db().orgUnit.count({ where: { organizationId: viewer.organizationId, id: { in: input.leadUnitIds } } });
  if (units !== new Set(input.leadUnitIds).size) fieldErrors.leadUnitIds = ["Eine ausgewählte Organisationseinheit gibt es nicht."];
  if (input.personId) {
    const person = await db().person.findFirst({
      where: { id: input.personId, organizationId: viewer.organizationId },
      select: { user: { select: { id: true } } },
    });
    if (!person) fieldErrors.personId = ["Diese Person gibt es nicht."];
    else if (person.user && person.user.id !== userId) fieldErrors.personId = ["Diese Person hat schon ein Konto."];
  }
  if (Object.keys(fieldErrors).length > 0) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrors);
}

export async function listAccounts(viewer: Viewer) {
  assertAdmin(viewer);
  const [users, units, people] = await Promise.all([
    db().user.findMany({
      where: { organizationId: viewer.organizationId },
      orderBy: { displayName: "asc" },
      select: {
        id: true,
        email: true,
        displayName: true,
        role: true,
        active: true,
        lastLoginAt: true,
        personId: true,
        unitScopes: { select: { orgUnitId: true } },
      },
    }),
    db().orgUnit.findMany({ where: { organizationId: viewer.organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().person.findMany({
      where: { organizationId: viewer.organizationId },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, firstName: true, lastName: true, personnelNumber: true },
    }),
  ]);
  return {
    users: users.map((user) => ({ ...user, leadUnitIds: user.unitScopes.map((scope) => scope.orgUnitId) })),
    units,
    people: people.map((person) => ({ id: person.id, label: `${person.lastName}, ${person.firstName} (${person.personnelNumber})` })),
  };
}

/**
 * Creates an account without a password and an invitation link: mailed when
 * e-mail is set up, otherwise returned to be shown once to the admin.
 */
export async function createAccount(viewer: Viewer, raw: unknown): Promise<{ id: string; mailed: boolean; invitationLink: string | null }> {
  assertAdmin(viewer);
  const parsed = createSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  await checkReferences(viewer, input);
  // E-mail addresses are unique across all municipalities (they are the login name), hence the system client.
  if (await systemDb().user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw invalid("Bitte prüfen Sie die markierten Angaben.", { email: ["Für diese E-Mail-Adresse gibt es schon ein Konto."] });
  }
  const { id, token } = await db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        organizationId: viewer.organizationId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        passwordHash: null,
        personId: input.personId,
        unitScopes: { create: (input.role === "LEAD" ? input.leadUnitIds : []).map((orgUnitId) => ({ orgUnitId })) },
      },
      select: { id: true },
    });
    const invitation = await issueAccountToken(tx, "INVITATION", { userId: user.id });
    await recordAuditEvent(tx, viewer, { action: "account.invite", entityType: "User", entityId: user.id, data: { role: input.role } });
    return { id: user.id, token: invitation };
  });
  const link = accountLink(token);
  const mailed = await sendPlainMail({
    to: input.email,
    subject: "Einladung zu DigiCheck Wissen",
    text: invitationMailText(input.displayName, viewer.organizationName, link),
  });
  return { id, mailed, invitationLink: mailed ? null : link };
}

export async function updateAccount(viewer: Viewer, raw: unknown): Promise<void> {
  assertAdmin(viewer);
  const parsed = updateSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const existing = await db().user.findFirst({
    where: { id: input.id, organizationId: viewer.organizationId },
    select: { id: true, role: true, active: true },
  });
  if (!existing) throw notFound("Das Konto");
  if (input.id === viewer.userId && (!input.active || input.role !== "ADMIN")) {
    throw forbidden("Sie können Ihr eigenes Konto nicht sperren und sich nicht selbst die Administration entziehen.");
  }
  await checkReferences(viewer, input, input.id);
  await db().$transaction(async (tx) => {
    await tx.userUnitScope.deleteMany({ where: { userId: input.id } });
    await tx.user.update({
      where: { id: input.id, organizationId: viewer.organizationId },
      data: {
        role: input.role,
        active: input.active,
        personId: input.personId,
        unitScopes: { create: (input.role === "LEAD" ? input.leadUnitIds : []).map((orgUnitId) => ({ orgUnitId })) },
      },
    });
    await recordAuditEvent(tx, viewer, {
      action: "account.update",
      entityType: "User",
      entityId: input.id,
      data: { roleBefore: existing.role, role: input.role, activeBefore: existing.active, active: input.active },
    });
  });
  // Rights are read per request, but a lock or a new role should not ride on an old session.
  if (existing.role !== input.role || existing.active !== input.active) await revokeSessionsOf({ userId: input.id });
}
