import "server-only";
/**
 * A municipality's part in the Verbund: joining and leaving (admins), and its
 * contribution – the best maturity of its tasks per catalogue entry – which
 * the municipality's own code writes from its own data. Other municipalities
 * only ever read it as aggregates (lib/verbund/overview.ts). Leaving deletes
 * the contribution at once.
 */
import { z } from "zod";
import { db, systemDb } from "../db/client";
import type { Role, Viewer } from "../auth/viewer";
import { canManageVerbundParticipation, NAMEABLE_APPROVER_ROLES } from "../auth/policy";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { maturityByCatalogueEntry } from "../coverage/coverage-sql";

export interface VerbundStatus {
  member: boolean;
  joinedAt: Date | null;
  /** The role named to approve sharing besides the admins. */
  approverRole: Role | null;
}

/** Whether the viewer's municipality takes part (everyone in it may know). */
export async function verbundStatus(viewer: Viewer): Promise<VerbundStatus> {
  const organization = await systemDb().organization.findUniqueOrThrow({
    where: { id: viewer.organizationId },
    select: { verbundMember: true, verbundJoinedAt: true, verbundApproverRole: true },
  });
  return { member: organization.verbundMember, joinedAt: organization.verbundJoinedAt, approverRole: organization.verbundApproverRole };
}

/**
 * Recomputes one member municipality's contribution from its current data
 * (or removes it when the municipality is not a member). Called after the
 * municipality's own changes and by the hourly background job.
 */
export async function refreshVerbundContribution(organizationId: string, now: Date = new Date()): Promise<number> {
  const organization = await systemDb().organization.findUnique({ where: { id: organizationId }, select: { verbundMember: true } });
  if (!organization?.verbundMember) {
    await db().verbundContribution.deleteMany({ where: { organizationId } });
    return 0;
  }
  const maturities = await maturityByCatalogueEntry({ organizationId, unitIds: null }, now);
  await db().$transaction([
    db().verbundContribution.deleteMany({ where: { organizationId } }),
    db().verbundContribution.createMany({
      data: [...maturities].map(([catalogTaskId, { maturity }]) => ({ organizationId, catalogTaskId, maturity, computedAt: now })),
    }),
  ]);
  return maturities.size;
}

/** The background job: every member's contribution, from its own data. */
export async function refreshAllVerbundContributions(now: Date = new Date()): Promise<{ municipalities: number }> {
  const members = await systemDb().organization.findMany({ where: { verbundMember: true }, select: { id: true } });
  for (const member of members) await refreshVerbundContribution(member.id, now);
  return { municipalities: members.length };
}

const participationSchema = z.object({ member: z.boolean() });

/** Admins: join or leave the Verbund. Leaving removes the municipality's figures from every aggregate at once. */
export async function setVerbundParticipation(viewer: Viewer, raw: unknown): Promise<VerbundStatus> {
  if (!canManageVerbundParticipation(viewer)) throw forbidden("Über die Teilnahme am Verbund entscheidet die Administration.");
  const parsed = participationSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte wählen Sie, ob Ihre Kommune teilnimmt.");
  const member = parsed.data.member;
  const before = await verbundStatus(viewer);
  if (before.member === member) return before;
  const joinedAt = member ? new Date() : null;
  await systemDb().$transaction(async (tx) => {
    await tx.organization.update({ where: { id: viewer.organizationId }, data: { verbundMember: member, verbundJoinedAt: joinedAt } });
    await recordAuditEvent(tx, viewer, {
      action: member ? "verbund.join" : "verbund.leave",
      entityType: "Organization",
      entityId: viewer.organizationId,
    });
  });
  await refreshVerbundContribution(viewer.organizationId);
  return { ...before, member, joinedAt };
}

const approverSchema = z.object({ role: z.enum([...NAMEABLE_APPROVER_ROLES, ""]) });

/** Admins: names the role that may approve sharing besides them ("" = only the admins). */
export async function setVerbundApproverRole(viewer: Viewer, raw: unknown): Promise<void> {
  if (!canManageVerbundParticipation(viewer)) throw forbidden("Das legt die Administration fest.");
  const parsed = approverSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte wählen Sie eine der angebotenen Rollen.");
  const role = parsed.data.role === "" ? null : parsed.data.role;
  await systemDb().$transaction(async (tx) => {
    await tx.organization.update({ where: { id: viewer.organizationId }, data: { verbundApproverRole: role } });
    await recordAuditEvent(tx, viewer, {
      action: "verbund.approver_role",
      entityType: "Organization",
      entityId: viewer.organizationId,
      data: { role: role ?? "ADMIN" },
    });
  });
}
