import "server-only";
/**
 * Kenntnisnahme (read confirmations), off by default per organization. A reader
 * confirms the current version; a substantial change (confirmationVersion moves
 * up) asks again. Everyone sees their own confirmations, the owner and HR see
 * numbers, and only HR sees names – each such view is written to the audit log.
 */
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canConfirmReading, canSeeReadConfirmationCounts, canSeeReadConfirmationPeople } from "../auth/policy";
import { forbidden, notFound } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { governanceSettings } from "../org/organization-settings";
import { loadReadableArticleFacts } from "./get-article";

export interface ReadConfirmationCounts {
  /** Confirmed the version that is currently asked for. */
  current: number;
  /** Confirmed only an earlier version (before a substantial change). */
  outdated: number;
  /** Active accounts of the organization, for "x von y". */
  colleagues: number;
}

export interface ReadConfirmationStatus {
  enabled: boolean;
  canConfirm: boolean;
  /** The viewer's own confirmation, if any. */
  confirmedAt: Date | null;
  /** True when the viewer never confirmed or confirmed a version before the last substantial change. */
  needsConfirmation: boolean;
  askedAgain: boolean;
  counts: ReadConfirmationCounts | null;
  canSeePeople: boolean;
}

async function articleConfirmationVersion(facts: { id: string; organizationId: string }) {
  return db().article.findUniqueOrThrow({
    where: { id: facts.id, organizationId: facts.organizationId },
    select: { version: true, confirmationVersion: true },
  });
}

/** The block under an article: the viewer's own state, and numbers for the owner and HR. */
export async function readConfirmationStatus(viewer: Viewer, articleId: unknown): Promise<ReadConfirmationStatus> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  const { readConfirmationsEnabled: enabled } = await governanceSettings(viewer.organizationId);
  // Off (the default): nothing to read – the article page shows no panel then.
  if (!enabled) {
    return {
      enabled,
      canConfirm: false,
      confirmedAt: null,
      needsConfirmation: false,
      askedAgain: false,
      counts: null,
      canSeePeople: false,
    };
  }
  const [article, own] = await Promise.all([
    articleConfirmationVersion(facts),
    db().articleReadConfirmation.findUnique({
      where: { articleId_userId: { articleId: facts.id, userId: viewer.userId }, organizationId: viewer.organizationId },
    }),
  ]);
  const seesCounts = enabled && canSeeReadConfirmationCounts(viewer, facts);
  return {
    enabled,
    canConfirm: canConfirmReading(viewer, facts, enabled),
    confirmedAt: own?.confirmedAt ?? null,
    needsConfirmation: !own || own.version < article.confirmationVersion,
    askedAgain: own !== null && own.version < article.confirmationVersion,
    counts: seesCounts ? await countConfirmations(viewer.organizationId, facts.id, article.confirmationVersion) : null,
    canSeePeople: enabled && canSeeReadConfirmationPeople(viewer, facts),
  };
}

async function countConfirmations(organizationId: string, articleId: string, confirmationVersion: number): Promise<ReadConfirmationCounts> {
  const [current, all, colleagues] = await Promise.all([
    db().articleReadConfirmation.count({ where: { organizationId, articleId, version: { gte: confirmationVersion } } }),
    db().articleReadConfirmation.count({ where: { organizationId, articleId } }),
    db().user.count({ where: { organizationId, active: true } }),
  ]);
  return { current, outdated: all - current, colleagues };
}

/** "Zur Kenntnis genommen": records the current version for the viewer (again after a substantial change). */
export async function confirmReading(viewer: Viewer, articleId: unknown, now: Date = new Date()): Promise<{ version: number }> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  const { readConfirmationsEnabled } = await governanceSettings(viewer.organizationId);
  if (!canConfirmReading(viewer, facts, readConfirmationsEnabled)) {
    throw forbidden(
      readConfirmationsEnabled
        ? "Nur veröffentlichte Artikel können zur Kenntnis genommen werden."
        : "Die Kenntnisnahme ist in Ihrer Verwaltung nicht eingeschaltet.",
    );
  }
  return db().$transaction(async (tx) => {
    const { version } = await tx.article.findUniqueOrThrow({
      where: { id: facts.id, organizationId: facts.organizationId },
      select: { version: true },
    });
    const key = { articleId: facts.id, userId: viewer.userId };
    await tx.articleReadConfirmation.upsert({
      where: { articleId_userId: key, organizationId: viewer.organizationId },
      create: { ...key, organizationId: viewer.organizationId, version, confirmedAt: now },
      update: { version, confirmedAt: now },
    });
    await recordAuditEvent(tx, viewer, { action: "article.read-confirm", entityType: "Article", entityId: facts.id, data: { version } });
    return { version };
  });
}

export interface OwnReadConfirmation {
  articleId: string;
  title: string;
  confirmedAt: Date;
  askedAgain: boolean;
}

/** The viewer's own confirmations (page "Meine Kenntnisnahmen"); articles they can no longer read are left out. */
export async function ownReadConfirmations(viewer: Viewer): Promise<OwnReadConfirmation[]> {
  const rows = await db().articleReadConfirmation.findMany({
    where: { userId: viewer.userId, organizationId: viewer.organizationId, article: { status: "PUBLISHED" } },
    orderBy: { confirmedAt: "desc" },
    take: 500,
    select: { articleId: true, version: true, confirmedAt: true, article: { select: { title: true, confirmationVersion: true } } },
  });
  return rows.map((row) => ({
    articleId: row.articleId,
    title: row.article.title,
    confirmedAt: row.confirmedAt,
    askedAgain: row.version < row.article.confirmationVersion,
  }));
}

export interface PersonConfirmation {
  userId: string;
  displayName: string;
  confirmedAt: Date | null;
  current: boolean;
}

/**
 * Person-level list for one article (HR only): every active colleague with their
 * confirmation, if any. The view itself is recorded in the audit log.
 */
export async function readConfirmationPeople(viewer: Viewer, articleId: unknown): Promise<PersonConfirmation[]> {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  if (!canSeeReadConfirmationPeople(viewer, facts)) throw notFound("Die Liste");
  // Switched off: nobody is asked any more, so nobody is listed either (the stored confirmations stay).
  const { readConfirmationsEnabled } = await governanceSettings(viewer.organizationId);
  if (!readConfirmationsEnabled) throw notFound("Die Liste");
  const { confirmationVersion } = await articleConfirmationVersion(facts);
  const [users, confirmations] = await Promise.all([
    db().user.findMany({
      where: { organizationId: viewer.organizationId, active: true },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
    db().articleReadConfirmation.findMany({
      where: { organizationId: viewer.organizationId, articleId: facts.id },
      select: { userId: true, version: true, confirmedAt: true },
    }),
  ]);
  await db().$transaction((tx) =>
    recordAuditEvent(tx, viewer, {
      action: "article.read-confirmations.view",
      entityType: "Article",
      entityId: facts.id,
      data: { people: users.length },
    }),
  );
  const byUser = new Map(confirmations.map((row) => [row.userId, row]));
  return users.map((user) => {
    const confirmation = byUser.get(user.id);
    return {
      userId: user.id,
      displayName: user.displayName,
      confirmedAt: confirmation?.confirmedAt ?? null,
      current: confirmation !== undefined && confirmation.version >= confirmationVersion,
    };
  });
}
