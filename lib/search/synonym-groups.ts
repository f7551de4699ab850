import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canManageSearchSettings } from "../auth/policy";
import { forbidden, invalid } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { DEFAULT_SYNONYM_GROUPS } from "./default-synonyms";
import { parseSynonymLines } from "./synonyms";

/**
 * How long a server keeps an organization's synonym list before reading it again.
 * The instance that saves the list forgets its copy at once; others follow within this time.
 */
export const SYNONYM_CACHE_MS = 30_000;
const cache = new Map<string, { groups: string[][]; loadedAt: number }>();

/** Built-in groups plus the organization's own (read at most every SYNONYM_CACHE_MS per server). */
export async function synonymGroupsFor(organizationId: string): Promise<string[][]> {
  const cached = cache.get(organizationId);
  if (cached && Date.now() - cached.loadedAt < SYNONYM_CACHE_MS) return cached.groups;
  const own = await db().searchSynonymGroup.findMany({
    where: { organizationId },
    select: { terms: true },
    orderBy: { createdAt: "asc" },
  });
  const groups = [...own.map((group) => group.terms), ...DEFAULT_SYNONYM_GROUPS.map((group) => [...group])];
  cache.set(organizationId, { groups, loadedAt: Date.now() });
  return groups;
}

export async function listOwnSynonymGroups(viewer: Viewer): Promise<string[][]> {
  if (!canManageSearchSettings(viewer)) throw forbidden();
  const groups = await db().searchSynonymGroup.findMany({
    where: { organizationId: viewer.organizationId },
    select: { terms: true },
    orderBy: { createdAt: "asc" },
  });
  return groups.map((group) => group.terms);
}

const MAX_GROUPS = 500;
const termSchema = z
  .string()
  .min(1)
  .max(80, "Ein Begriff darf höchstens 80 Zeichen lang sein.")
  .regex(/^[\p{L}\p{N} .\-/§&]+$/u, "Begriffe dürfen nur Buchstaben, Ziffern, Leerzeichen und . - / § & enthalten.");
const groupsSchema = z
  .array(
    z
      .array(termSchema)
      .min(2, "Jede Zeile braucht mindestens zwei Begriffe, durch Komma getrennt.")
      .max(10, "Höchstens 10 Begriffe pro Zeile."),
  )
  .max(MAX_GROUPS, `Höchstens ${MAX_GROUPS} Zeilen.`);

/**
 * Replaces the organization's own synonym groups with the ones in the text
 * (one group per line, terms separated by commas). Invalid text changes nothing.
 */
export async function saveOwnSynonymGroups(viewer: Viewer, text: unknown): Promise<string[][]> {
  if (!canManageSearchSettings(viewer)) throw forbidden();
  const raw = z.string().max(50_000, "Der Text ist zu lang (höchstens 50.000 Zeichen).").safeParse(text);
  if (!raw.success) throw invalid(raw.error.issues[0].message, { synonyms: [raw.error.issues[0].message] });
  const lines = parseSynonymLines(raw.data);
  const parsed = groupsSchema.safeParse(lines);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const line = typeof issue.path[0] === "number" ? `Zeile ${issue.path[0] + 1}: ` : "";
    throw invalid(`${line}${issue.message}`, { synonyms: [`${line}${issue.message}`] });
  }
  await db().$transaction(async (tx) => {
    await tx.searchSynonymGroup.deleteMany({ where: { organizationId: viewer.organizationId } });
    if (parsed.data.length > 0) {
      await tx.searchSynonymGroup.createMany({
        data: parsed.data.map((terms) => ({ organizationId: viewer.organizationId, terms })),
      });
    }
    await recordAuditEvent(tx, viewer, {
      action: "search.synonyms.update",
      entityType: "Organization",
      entityId: viewer.organizationId,
      data: { groups: parsed.data.length },
    });
  });
  cache.delete(viewer.organizationId);
  return parsed.data;
}
