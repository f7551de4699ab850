import "server-only";
/**
 * "Ich vertrete …": a deputy chooses whom they stand in for and the period; the
 * view lists the absent person's tasks where the viewer is deputy, each with its
 * published articles, contacts and systems, and the deadlines (Frist blocks)
 * that fall into the period, by date. Only the deputy's own tasks are shown.
 */
import { z } from "zod";
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { invalid, notFound } from "../errors";
import { contactSchema, systemSchema } from "../content/structured-blocks";
import { deadlinesBetween } from "../knowledge/article-blocks";
import { dateOnly, daysBetween } from "../dates";

/** A deputyship period ("von", "bis" as yyyy-mm-dd): at most one year; also used when a lead plans one. */
export const periodSchema = z
  .object({
    von: z.iso.date({ error: "Bitte ein gültiges Anfangsdatum angeben." }),
    bis: z.iso.date({ error: "Bitte ein gültiges Enddatum angeben." }),
  })
  .refine((value) => value.bis >= value.von, { path: ["bis"], error: "Das Ende liegt vor dem Anfang." })
  .refine((value) => daysBetween(dateOnly(value.von), dateOnly(value.bis)) <= 366, {
    path: ["bis"],
    error: "Bitte höchstens ein Jahr wählen.",
  });

const requestSchema = z.object({ fuer: z.uuid({ error: "Bitte wählen Sie, wen Sie vertreten." }) }).and(periodSchema);

/** People the viewer deputises for (on at least one task). */
export async function deputyCandidates(viewer: Viewer) {
  if (!viewer.personId) return [];
  const owners = await db().taskAssignment.findMany({
    where: {
      organizationId: viewer.organizationId,
      role: "OWNER",
      task: { assignments: { some: { personId: viewer.personId, role: "DEPUTY" } } },
    },
    select: { person: { select: { id: true, firstName: true, lastName: true } } },
  });
  const byId = new Map(
    owners
      .filter((owner) => owner.person.id !== viewer.personId)
      .map((owner) => [owner.person.id, `${owner.person.firstName} ${owner.person.lastName}`]),
  );
  return [...byId.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "de"));
}

export async function deputyView(viewer: Viewer, raw: unknown) {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0].message);
  if (!viewer.personId) throw notFound("Die Vertretung");
  const { fuer, von, bis } = parsed.data;
  const absent = await db().person.findFirst({
    where: { id: fuer, organizationId: viewer.organizationId },
    select: { firstName: true, lastName: true },
  });
  const tasks = absent
    ? await db().task.findMany({
        where: {
          organizationId: viewer.organizationId,
          AND: [
            { assignments: { some: { personId: fuer, role: "OWNER" } } },
            { assignments: { some: { personId: viewer.personId, role: "DEPUTY" } } },
          ],
        },
        orderBy: [{ criticality: "desc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          criticality: true,
          legalBasis: true,
          systems: true,
          orgUnit: { select: { name: true } },
          assignments: { where: { personId: viewer.personId }, select: { rank: true } },
          articleLinks: {
            where: { article: { status: "PUBLISHED" } },
            select: {
              article: {
                select: {
                  id: true,
                  title: true,
                  kind: true,
                  version: true,
                  updatedAt: true,
                  // The printed Vertretungsmappe carries the full instructions (HTML sanitized at save time).
                  contentHtml: true,
                  blocks: {
                    where: { type: { in: ["contact", "system"] } },
                    orderBy: { position: "asc" },
                    select: { type: true, data: true },
                  },
                },
              },
            },
          },
        },
      })
    : [];
  if (!absent || tasks.length === 0) throw notFound("Die Vertretung");
  const from = new Date(`${von}T00:00:00Z`);
  const to = new Date(`${bis}T00:00:00Z`);
  const articleIds = tasks.flatMap((task) => task.articleLinks.map((link) => link.article.id));
  const deadlines = articleIds.length > 0 ? await deadlinesBetween(viewer, from, to, articleIds) : [];
  return {
    absentName: `${absent.firstName} ${absent.lastName}`,
    from,
    to,
    deadlines,
    tasks: tasks.map((task) => {
      const blocks = task.articleLinks.flatMap((link) => link.article.blocks);
      const contacts = blocks
        .filter((block) => block.type === "contact")
        .flatMap((block) => {
          const c = contactSchema.safeParse(block.data);
          return c.success ? [c.data] : [];
        });
      const systemBlocks = blocks
        .filter((block) => block.type === "system")
        .flatMap((block) => {
          const s = systemSchema.safeParse(block.data);
          return s.success ? [s.data] : [];
        });
      return {
        id: task.id,
        title: task.title,
        unitName: task.orgUnit.name,
        criticality: task.criticality,
        legalBasis: task.legalBasis,
        rank: task.assignments[0]?.rank ?? null,
        systems: [...new Set([...task.systems, ...systemBlocks.map((system) => system.name)])],
        articles: task.articleLinks.map((link) => ({
          id: link.article.id,
          title: link.article.title,
          kind: link.article.kind,
          version: link.article.version,
          updatedAt: link.article.updatedAt,
          contentHtml: link.article.contentHtml,
        })),
        contacts,
      };
    }),
  };
}
