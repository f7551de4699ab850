import "server-only";
/**
 * "Selbst durchgeführt": a deputy, a newcomer in the task's position (or an owner)
 * records that they did the task themselves with its article. Done by anyone but
 * the owners, this lifts a verified task to "bewährt".
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canMarkTaskPractised } from "../auth/policy";
import { invalid, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";

export async function markPracticed(viewer: Viewer, taskId: unknown, now: Date = new Date(), undo = false): Promise<void> {
  const id = z.uuid().safeParse(taskId);
  if (!id.success) throw notFound("Die Aufgabe");
  const task = await db().task.findFirst({
    where: { id: id.data, organizationId: viewer.organizationId },
    select: {
      id: true,
      organizationId: true,
      assignments: { select: { personId: true } },
      position: { select: { holders: { select: { personId: true } } } },
      _count: { select: { articleLinks: { where: { article: { status: "PUBLISHED" } } } } },
    },
  });
  if (
    !task ||
    !canMarkTaskPractised(viewer, {
      organizationId: task.organizationId,
      personIds: task.assignments.map((a) => a.personId),
      positionHolderIds: task.position?.holders.map((h) => h.personId) ?? [],
    })
  )
    throw notFound("Die Aufgabe");
  const key = { taskId: task.id, personId: viewer.personId! };
  if (undo) {
    // "Rückgängig": a mistaken tick must not count as proven practice.
    await db().$transaction(async (tx) => {
      await tx.taskPractice.deleteMany({ where: { ...key, organizationId: viewer.organizationId } });
      await recordAuditEvent(tx, viewer, { action: "journey.task-practiced-undone", entityType: "Task", entityId: task.id });
    });
    return;
  }
  // "Bewährt" means the instructions were proven in practice – without published instructions there is nothing to prove.
  if (task._count.articleLinks === 0)
    throw invalid("Zu dieser Aufgabe gibt es noch keine veröffentlichte Anleitung, die sich bewähren könnte.");
  await db().$transaction(async (tx) => {
    await tx.taskPractice.upsert({
      where: { taskId_personId: key, organizationId: viewer.organizationId },
      create: { ...key, organizationId: viewer.organizationId, practicedAt: now },
      update: { practicedAt: now },
    });
    await recordAuditEvent(tx, viewer, { action: "journey.task-practiced", entityType: "Task", entityId: task.id });
  });
}

/** For the article and onboarding pages: the tasks the viewer may mark (see canMarkTaskPractised) and whether they did them. */
export async function practiceStateOf(viewer: Viewer, taskIds: string[]) {
  if (!viewer.personId || taskIds.length === 0) return [];
  const tasks = await db().task.findMany({
    where: {
      id: { in: taskIds },
      organizationId: viewer.organizationId,
      OR: [{ assignments: { some: { personId: viewer.personId } } }, { position: { holders: { some: { personId: viewer.personId } } } }],
    },
    select: { id: true, title: true, practices: { where: { personId: viewer.personId }, select: { practicedAt: true } } },
  });
  return tasks.map((task) => ({ id: task.id, title: task.title, practicedAt: task.practices[0]?.practicedAt ?? null }));
}
