import "server-only";
/**
 * "Selbst durchgeführt": a deputy (or owner) records that they did the task
 * themselves with its article. For a deputy this lifts the task to "bewährt".
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canDocumentTask } from "../auth/policy";
import { notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";

export async function markPracticed(viewer: Viewer, taskId: unknown, now: Date = new Date()): Promise<void> {
  const id = z.uuid().safeParse(taskId);
  if (!id.success) throw notFound("Die Aufgabe");
  const task = await db().task.findFirst({ where: { id: id.data, organizationId: viewer.organizationId }, select: { id: true, organizationId: true, assignments: { select: { personId: true } } } });
  if (!task || !canDocumentTask(viewer, { organizationId: task.organizationId, personIds: task.assignments.map((a) => a.personId) })) throw notFound("Die Aufgabe");
  const key = { taskId: task.id, personId: viewer.personId! };
  await db().$transaction(async (tx) => {
    await tx.taskPractice.upsert({ where: { taskId_personId: key }, create: { ...key, organizationId: viewer.organizationId, practicedAt: now }, update: { practicedAt: now } });
    await recordAuditEvent(tx, viewer, { action: "journey.task-practiced", entityType: "Task", entityId: task.id });
  });
}

/** For the article page: the linked tasks the viewer knows (owner or deputy) and whether they did them. */
export async function practiceStateOf(viewer: Viewer, taskIds: string[]) {
  if (!viewer.personId || taskIds.length === 0) return [];
  const tasks = await db().task.findMany({
    where: { id: { in: taskIds }, organizationId: viewer.organizationId, assignments: { some: { personId: viewer.personId } } },
    select: { id: true, title: true, practices: { where: { personId: viewer.personId }, select: { practicedAt: true } } },
  });
  return tasks.map((task) => ({ id: task.id, title: task.title, practicedAt: task.practices[0]?.practicedAt ?? null }));
}
