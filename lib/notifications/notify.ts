import "server-only";
/**
 * Writing notifications, inside the transaction of the event that causes them,
 * so an event and its notifications land together or not at all. Nobody is
 * notified about their own action. Recipients are always accounts of the same
 * municipality as the event.
 */
import type { Prisma } from "../db/generated/client";
import type { Viewer } from "../auth/viewer";
import type { NotificationKind } from "./labels";

type Tx = Prisma.TransactionClient;

export interface NotificationDraft {
  kind: NotificationKind;
  subject: string;
  href: string;
  /** The same key for the same recipient is written once (repeated events). */
  dedupeKey?: string;
}

/** Notifies the given accounts (active, of `organizationId`), except the one who acted. */
export async function notifyUsers(
  tx: Tx,
  scope: { organizationId: string; actorUserId: string | null },
  userIds: (string | null | undefined)[],
  draft: NotificationDraft,
): Promise<number> {
  const wanted = [...new Set(userIds.filter((id): id is string => Boolean(id) && id !== scope.actorUserId))];
  if (wanted.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: { organizationId: scope.organizationId, id: { in: wanted }, active: true },
    select: { id: true },
  });
  const created = await tx.notification.createMany({
    data: recipients.map((user) => ({ organizationId: scope.organizationId, userId: user.id, ...draft })),
    skipDuplicates: true,
  });
  return created.count;
}

/** Notifies the accounts linked to the given person records (people without an account get nothing). */
export async function notifyPeople(tx: Tx, viewer: Viewer, personIds: string[], draft: NotificationDraft): Promise<number> {
  if (personIds.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { organizationId: viewer.organizationId, personId: { in: personIds } },
    select: { id: true },
  });
  return notifyUsers(
    tx,
    { organizationId: viewer.organizationId, actorUserId: viewer.userId },
    users.map((user) => user.id),
    draft,
  );
}

/**
 * A version of an article was published: everyone watching the article or one
 * of its tasks hears of it. Published articles are readable by every account
 * of the municipality, so no watcher learns of something she could not open.
 * Call after the article's task links are written.
 */
export async function notifyWatchersOfPublication(
  tx: Tx,
  viewer: Viewer,
  article: { id: string; title: string; change: "published" | "changed" },
): Promise<number> {
  const watchers = await tx.watch.findMany({
    where: {
      organizationId: viewer.organizationId,
      OR: [{ articleId: article.id }, { task: { articleLinks: { some: { articleId: article.id } } } }],
    },
    select: { userId: true },
  });
  return notifyUsers(
    tx,
    { organizationId: viewer.organizationId, actorUserId: viewer.userId },
    watchers.map((watch) => watch.userId),
    {
      kind: article.change === "published" ? "ARTICLE_PUBLISHED" : "ARTICLE_CHANGED",
      subject: article.title,
      href: `/wissen/${article.id}`,
    },
  );
}
