import "server-only";
/**
 * Accounts of people who sign in through their municipality's directory:
 * created just in time on the first sign-in (role READER unless a group maps
 * otherwise), linked to an existing account by the verified e-mail address,
 * and kept in step with the directory's name and groups on every sign-in.
 */
import { systemDb } from "../db/client";
import { roleFromGroups, type DirectoryPerson, type GroupRole } from "./ldap";
import { revokeSessionsOf } from "./sessions";

export async function accountFromDirectory(organizationId: string, person: DirectoryPerson, mapping: GroupRole[], method: "ldap" | "oidc") {
  const mapped = roleFromGroups(person.groups, mapping);
  const existing = await systemDb().user.findUnique({
    where: { email: person.email },
    select: { id: true, organizationId: true, role: true },
  });
  if (existing && existing.organizationId !== organizationId) return null;
  return systemDb()
    .$transaction(async (tx) => {
      if (!existing) {
        const role = mapped?.role ?? "READER";
        const user = await tx.user.create({
          data: {
            organizationId,
            email: person.email,
            displayName: person.displayName,
            role,
            passwordHash: null,
            signInMethod: method,
            unitScopes: { create: (mapped?.leadUnitIds ?? []).map((orgUnitId) => ({ orgUnitId })) },
          },
          select: { id: true, email: true, displayName: true, active: true, mustChangePassword: true },
        });
        await tx.auditEvent.create({
          data: {
            organizationId,
            actorId: user.id,
            action: `account.created_from_${method}`,
            entityType: "User",
            entityId: user.id,
            data: { role },
          },
        });
        return { ...user, roleChanged: false };
      }
      const roleChanged = Boolean(mapped && mapped.role !== existing.role);
      const user = await tx.user.update({
        where: { id: existing.id },
        data: { displayName: person.displayName, signInMethod: method, ...(mapped ? { role: mapped.role } : {}) },
        select: { id: true, email: true, displayName: true, active: true, mustChangePassword: true },
      });
      if (mapped) {
        await tx.userUnitScope.deleteMany({ where: { userId: existing.id } });
        if (mapped.leadUnitIds.length > 0)
          await tx.userUnitScope.createMany({ data: mapped.leadUnitIds.map((orgUnitId) => ({ userId: existing.id, orgUnitId })) });
      }
      if (roleChanged) {
        await tx.auditEvent.create({
          data: {
            organizationId,
            actorId: existing.id,
            action: "account.role_from_directory",
            entityType: "User",
            entityId: existing.id,
            data: { before: existing.role, after: mapped!.role },
          },
        });
      }
      return { ...user, roleChanged };
    })
    .then(async (user) => {
      if (user.roleChanged) await revokeSessionsOf({ userId: user.id });
      return user;
    });
}
