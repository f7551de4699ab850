import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";

type Tx = Prisma.TransactionClient;

/** Writes an audit event inside the caller's transaction. */
export async function recordAuditEvent(
  tx: Tx,
  viewer: Pick<Viewer, "organizationId" | "userId">,
  event: { action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organizationId: viewer.organizationId,
      actorId: viewer.userId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      data: event.data,
    },
  });
}
