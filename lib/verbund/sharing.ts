import "server-only";
/**
 * Sharing an instruction with the Verbund: the article's owner (whoever may
 * edit it) proposes a published article for one of the catalogue tasks its
 * tasks are mapped to; the proposal is a scrubbed snapshot copy (see
 * scrub.ts), with a licence and a contact role. The municipality's admins
 * approve or reject it. A later version is shared only by a new, explicit
 * proposal; approving it supersedes the earlier one and tells the adopters.
 * Withdrawing takes it out of the Verbund (adopted copies stay theirs).
 */
import { z } from "zod";
import { db, systemDb } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canDecideSharing, canEditArticle, canManageVerbundParticipation } from "../auth/policy";
import { forbidden, invalid, notFound } from "../errors";
import { fieldErrorsOf } from "../knowledge/article-input";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadReadableArticleFacts } from "../knowledge/get-article";
import { processContent } from "../content/process-content";
import type { TiptapNodeJson } from "../content/document-schema";
import { findPersonNames, scrubForSharing } from "./scrub";
import { verbundStatus } from "./participation";

export const LICENCES = {
  CC_BY_4_0: {
    label: "CC BY 4.0 (Creative Commons Namensnennung 4.0 International)",
    url: "https://creativecommons.org/licenses/by/4.0/deed.de",
  },
  DL_DE_BY_2_0: { label: "Datenlizenz Deutschland – Namensnennung – Version 2.0", url: "https://www.govdata.de/dl-de/by-2-0" },
} as const;

export type LicenceKey = keyof typeof LICENCES;

async function requireMember(viewer: Viewer) {
  if (!(await verbundStatus(viewer)).member) throw forbidden("Ihre Kommune nimmt nicht am Wissensverbund teil.");
}

/** The article with what sharing needs, if the viewer may propose it (edit right, published, in a member municipality). */
async function shareableArticle(viewer: Viewer, articleId: unknown) {
  const facts = await loadReadableArticleFacts(viewer, articleId);
  if (!canEditArticle(viewer, facts)) throw notFound("Der Artikel");
  await requireMember(viewer);
  const article = await db().article.findFirstOrThrow({
    where: { id: facts.id, organizationId: viewer.organizationId },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      content: true,
      tasks: { select: { task: { select: { catalogTask: { select: { id: true, key: true, title: true, active: true } } } } } },
    },
  });
  if (article.status !== "PUBLISHED") throw invalid("Geteilt werden nur veröffentlichte Artikel.");
  const entries = [
    ...new Map(
      article.tasks.flatMap((link) => (link.task.catalogTask?.active ? [[link.task.catalogTask.id, link.task.catalogTask] as const] : [])),
    ).values(),
  ];
  return { article, entries };
}

async function namesOfPeople(organizationId: string) {
  const [people, users] = await Promise.all([
    db().person.findMany({ where: { organizationId }, select: { firstName: true, lastName: true } }),
    db().user.findMany({ where: { organizationId }, select: { displayName: true } }),
  ]);
  const fromAccounts = users.flatMap((user) => {
    const parts = user.displayName.trim().split(/\s+/);
    return parts.length >= 2 ? [{ firstName: parts.slice(0, -1).join(" "), lastName: parts.at(-1)! }] : [];
  });
  return [...people, ...fromAccounts];
}

export interface SharingPreview {
  articleId: string;
  title: string;
  entries: { id: string; key: string; title: string }[];
  /** Names of the municipality's people found in the text: each must be removed or confirmed. */
  names: string[];
  /** The copy as it would be shared with every found name removed. */
  previewHtml: string;
  /** The lineage's state: the shared version (if any) and a pending proposal. */
  sharedVersion: number | null;
  pendingProposal: boolean;
}

/** Owner/editor: what sharing this article would share, before proposing it. */
export async function sharingPreview(viewer: Viewer, articleId: unknown): Promise<SharingPreview> {
  const { article, entries } = await shareableArticle(viewer, articleId);
  const text = processContent(article.content).text;
  const names = findPersonNames(`${article.title}\n${text}`, await namesOfPeople(viewer.organizationId));
  const preview = processContent(scrubForSharing(article.content as unknown as TiptapNodeJson, { remove: names }));
  const lineage = await systemDb().sharedInstruction.findMany({
    where: { lineageId: article.id, sourceOrganizationId: viewer.organizationId },
    select: { version: true, status: true },
  });
  return {
    articleId: article.id,
    title: article.title,
    entries: entries.map(({ id, key, title }) => ({ id, key, title })),
    names,
    previewHtml: preview.html,
    sharedVersion: lineage.find((row) => row.status === "SHARED")?.version ?? null,
    pendingProposal: lineage.some((row) => row.status === "PROPOSED"),
  };
}

const proposalSchema = z.object({
  articleId: z.string().uuid(),
  catalogTaskId: z.string().uuid({ message: "Bitte wählen Sie die Musteraufgabe." }),
  licence: z.enum(["CC_BY_4_0", "DL_DE_BY_2_0"], { message: "Bitte wählen Sie eine Lizenz." }),
  contactRole: z
    .string()
    .trim()
    .min(3, "Bitte nennen Sie eine Rolle als Ansprechstelle, z. B. „Sachbearbeitung Gewerbe, Ordnungsamt“.")
    .max(200, "Höchstens 200 Zeichen."),
  /** Per found name: "entfernen" or "behalten" (confirmed as not one of the municipality's people). */
  names: z.record(z.string(), z.enum(["entfernen", "behalten"])),
});

/**
 * Owner/editor: proposes the article's current published version for the
 * Verbund. Every found name needs a decision; the contact role must not be a
 * person's name. The scrubbed snapshot waits for the admins' approval.
 */
export async function proposeSharing(viewer: Viewer, raw: unknown): Promise<{ id: string; version: number }> {
  const parsed = proposalSchema.safeParse(raw);
  if (!parsed.success) throw invalid("Bitte prüfen Sie die markierten Angaben.", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const { article, entries } = await shareableArticle(viewer, input.articleId);
  if (!entries.some((entry) => entry.id === input.catalogTaskId))
    throw invalid("Bitte prüfen Sie die markierten Angaben.", {
      catalogTaskId: ["Diese Musteraufgabe gehört nicht zu den Aufgaben des Artikels."],
    });
  const people = await namesOfPeople(viewer.organizationId);
  const text = processContent(article.content).text;
  const names = findPersonNames(`${article.title}\n${text}`, people);
  const undecided = names.filter((name) => !input.names[name]);
  if (undecided.length > 0)
    throw invalid("Bitte entscheiden Sie für jeden gefundenen Namen, ob er entfernt wird.", {
      names: undecided.map((name) => `Offen: ${name}`),
    });
  if (findPersonNames(input.contactRole, people).length > 0 || /@/.test(input.contactRole))
    throw invalid("Bitte prüfen Sie die markierten Angaben.", {
      contactRole: ["Bitte eine Rolle nennen, keine Person und keine E-Mail-Adresse."],
    });
  const remove = names.filter((name) => input.names[name] === "entfernen");
  const scrubbed = processContent(scrubForSharing(article.content as unknown as TiptapNodeJson, { remove }));
  const title =
    scrubForSharing({ type: "doc", content: [{ type: "text", text: article.title }] }, { remove }).content?.[0]?.text ?? article.title;
  const organization = await systemDb().organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { name: true } });
  return systemDb().$transaction(async (tx) => {
    // One open proposal per article: a new one replaces the previous proposal, and rejected ones
    // (the audit log keeps that they were) – versions count what was shared.
    await tx.sharedInstruction.deleteMany({
      where: { lineageId: article.id, sourceOrganizationId: viewer.organizationId, status: { in: ["PROPOSED", "REJECTED"] } },
    });
    const last = await tx.sharedInstruction.aggregate({ where: { lineageId: article.id }, _max: { version: true } });
    const version = (last._max.version ?? 0) + 1;
    const created = await tx.sharedInstruction.create({
      data: {
        lineageId: article.id,
        version,
        catalogTaskId: input.catalogTaskId,
        sourceOrganizationId: viewer.organizationId,
        title,
        content: scrubbed.json as object,
        contentText: scrubbed.text,
        contentHtml: scrubbed.html,
        licence: input.licence,
        attribution: organization.name,
        contactRole: input.contactRole,
        proposedById: viewer.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, viewer, {
      action: "verbund.share_proposed",
      entityType: "Article",
      entityId: article.id,
      data: { version, namesRemoved: remove.length, namesKept: names.length - remove.length },
    });
    return { id: created.id, version };
  });
}

export interface SharingProposalRow {
  id: string;
  lineageId: string;
  version: number;
  title: string;
  catalogue: string;
  contactRole: string;
  licence: LicenceKey;
  status: "PROPOSED" | "SHARED";
  proposedAt: Date;
  sharedAt: Date | null;
}

/** Admins: the municipality's open proposals and its shared instructions. */
export async function sharingOfOrganization(viewer: Viewer): Promise<SharingProposalRow[]> {
  if (!canDecideSharing(viewer, (await verbundStatus(viewer)).approverRole)) throw notFound("Die Freigaben");
  const rows = await systemDb().sharedInstruction.findMany({
    where: { sourceOrganizationId: viewer.organizationId, status: { in: ["PROPOSED", "SHARED"] } },
    orderBy: [{ status: "asc" }, { proposedAt: "desc" }],
    select: {
      id: true,
      lineageId: true,
      version: true,
      title: true,
      contactRole: true,
      licence: true,
      status: true,
      proposedAt: true,
      sharedAt: true,
      catalogTask: { select: { key: true, title: true } },
    },
  });
  return rows.map(({ catalogTask, status, ...row }) => ({
    ...row,
    status: status as "PROPOSED" | "SHARED",
    catalogue: `${catalogTask.key} ${catalogTask.title}`,
  }));
}

const decisionSchema = z.object({ id: z.string().uuid(), decision: z.enum(["freigeben", "ablehnen", "zurueckziehen"]) });

/**
 * Admins: approve or reject a proposal of their municipality, or withdraw a
 * shared instruction. Approving a later version supersedes the earlier one and
 * notifies the owners of drafts adopted from this lineage in other municipalities.
 */
export async function decideSharing(viewer: Viewer, raw: unknown): Promise<{ notified: number }> {
  if (!canDecideSharing(viewer, (await verbundStatus(viewer)).approverRole))
    throw forbidden("Über das Teilen entscheidet die Administration oder die Rolle, die sie dafür benannt hat.");
  const parsed = decisionSchema.safeParse(raw);
  if (!parsed.success) throw notFound("Der Vorschlag");
  const { id, decision } = parsed.data;
  const row = await systemDb().sharedInstruction.findFirst({
    where: { id, sourceOrganizationId: viewer.organizationId },
    select: { id: true, lineageId: true, version: true, status: true, title: true, proposedById: true },
  });
  const expected = decision === "zurueckziehen" ? "SHARED" : "PROPOSED";
  if (!row || row.status !== expected) throw notFound("Der Vorschlag");
  // Four eyes: a named approver does not approve their own proposal (admins may).
  if (decision === "freigeben" && row.proposedById === viewer.userId && !canManageVerbundParticipation(viewer))
    throw forbidden("Ihren eigenen Vorschlag gibt eine andere Person frei.");
  const now = new Date();
  const notified = await systemDb().$transaction(async (tx) => {
    if (decision === "ablehnen") {
      await tx.sharedInstruction.update({ where: { id }, data: { status: "REJECTED", decidedById: viewer.userId } });
    } else if (decision === "zurueckziehen") {
      await tx.sharedInstruction.update({ where: { id }, data: { status: "WITHDRAWN", withdrawnAt: now, decidedById: viewer.userId } });
    } else {
      await tx.sharedInstruction.updateMany({ where: { lineageId: row.lineageId, status: "SHARED" }, data: { status: "SUPERSEDED" } });
      await tx.sharedInstruction.update({ where: { id }, data: { status: "SHARED", sharedAt: now, decidedById: viewer.userId } });
    }
    await recordAuditEvent(tx, viewer, {
      action: `verbund.share_${decision === "freigeben" ? "approved" : decision === "ablehnen" ? "rejected" : "withdrawn"}`,
      entityType: "Article",
      entityId: row.lineageId,
      data: { version: row.version },
    });
    if (decision !== "freigeben" || row.version === 1) return 0;
    // The adopters: one notification to the owner of each adopted draft (in their own municipality).
    const adoptions = await tx.adoptedInstruction.findMany({
      where: { lineageId: row.lineageId, adoptedVersion: { lt: row.version } },
      select: { organizationId: true, articleId: true, article: { select: { ownerId: true } } },
    });
    for (const adoption of adoptions) {
      await tx.notification.upsert({
        where: {
          userId_dedupeKey: {
            userId: adoption.article.ownerId,
            dedupeKey: `verbund:${row.lineageId}:${row.version}:${adoption.articleId}`,
          },
        },
        create: {
          organizationId: adoption.organizationId,
          userId: adoption.article.ownerId,
          kind: "VERBUND_UPDATE",
          subject: row.title,
          href: `/wissen/${adoption.articleId}/verbund-aenderungen`,
          dedupeKey: `verbund:${row.lineageId}:${row.version}:${adoption.articleId}`,
        },
        update: {},
      });
    }
    return adoptions.length;
  });
  return { notified };
}
