import "server-only";
/**
 * The person's own notification list. Private by design: every function reads
 * or changes only the viewer's rows (nothing is audited, counted for others or
 * exported); a notification of someone else is "not found".
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { notFound } from "../errors";
import { mailConfigured } from "../mail/mailer";
import { notificationText, type NotificationKind } from "./labels";

/** How many notifications the list shows; older ones are deleted after NOTIFICATIONS_KEPT_DAYS. */
export const NOTIFICATIONS_SHOWN = 50;
export const NOTIFICATIONS_KEPT_DAYS = 180;

export interface NotificationEntry {
  id: string;
  kind: NotificationKind;
  text: string;
  createdAt: Date;
  unread: boolean;
}

export async function myNotifications(viewer: Viewer): Promise<NotificationEntry[]> {
  const rows = await db().notification.findMany({
    where: { organizationId: viewer.organizationId, userId: viewer.userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: NOTIFICATIONS_SHOWN,
    select: { id: true, kind: true, subject: true, createdAt: true, readAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    text: notificationText(row.kind, row.subject),
    createdAt: row.createdAt,
    unread: row.readAt === null,
  }));
}

/** The number in the header (one indexed count). */
export async function unreadNotificationCount(viewer: Viewer): Promise<number> {
  return db().notification.count({ where: { organizationId: viewer.organizationId, userId: viewer.userId, readAt: null } });
}

/** Marks one of the viewer's notifications read and returns where it leads. */
export async function openNotification(viewer: Viewer, id: unknown, now: Date = new Date()): Promise<string> {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw notFound("Die Benachrichtigung");
  const row = await db().notification.findFirst({
    where: { id: parsed.data, organizationId: viewer.organizationId, userId: viewer.userId },
    select: { href: true, readAt: true },
  });
  if (!row) throw notFound("Die Benachrichtigung");
  if (!row.readAt) {
    await db().notification.updateMany({
      where: { id: parsed.data, organizationId: viewer.organizationId, userId: viewer.userId },
      data: { readAt: now },
    });
  }
  return row.href;
}

export async function markAllNotificationsRead(viewer: Viewer, now: Date = new Date()): Promise<number> {
  const updated = await db().notification.updateMany({
    where: { organizationId: viewer.organizationId, userId: viewer.userId, readAt: null },
    data: { readAt: now },
  });
  return updated.count;
}

export async function notificationSettings(viewer: Viewer): Promise<{ digest: boolean; mailAvailable: boolean }> {
  const user = await db().user.findFirst({
    where: { id: viewer.userId, organizationId: viewer.organizationId },
    select: { notificationDigest: true },
  });
  return { digest: user?.notificationDigest ?? false, mailAvailable: mailConfigured() };
}

/** The weekly e-mail digest on or off (the person's own choice). */
export async function setNotificationDigest(viewer: Viewer, on: boolean): Promise<void> {
  await db().user.updateMany({ where: { id: viewer.userId, organizationId: viewer.organizationId }, data: { notificationDigest: on } });
}
