import "server-only";
/**
 * The Verbund overview of a municipality: per catalogue entry, its own
 * maturity beside the Verbund's aggregate ("Sie: 1 – Notizen · Verbund: 12 von
 * 18 Kommunen dokumentiert, Median 3"). The aggregate is computed in
 * PostgreSQL over the other members' contributions and leaves the database
 * only for entries with at least VERBUND_MIN_MUNICIPALITIES of them, as a
 * count, a documented count and a median – never a municipality's name, id
 * or single value.
 */
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { systemDb } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { canSeeVerbundOverview, cockpitScope } from "../auth/policy";
import { notFound } from "../errors";
import { coverageScopeOf, maturityByCatalogueEntry } from "../coverage/coverage-sql";
import type { Maturity } from "../coverage/coverage-rules";
import { DOCUMENTED_MATURITY, VERBUND_MIN_MUNICIPALITIES, verbundFigureOf, type VerbundFigure } from "./verbund-figure";
import { verbundStatus } from "./participation";
import { listCatalogue } from "./catalogue";
import { sharedCountsByEntry } from "./adoption";

interface Aggregate {
  municipalities: number;
  documented: number;
  median: number | null;
}

/**
 * Aggregates over member municipalities' contributions per catalogue entry,
 * only for entries with enough of them. `excluding`: the viewer's own
 * municipality, which never counts in what it is shown.
 */
async function aggregatesByEntry(excluding: string | null): Promise<Map<string, Aggregate>> {
  const exclude = excluding ? Prisma.sql`AND c."organizationId" <> ${excluding}::uuid` : Prisma.empty;
  const rows = await systemDb().$queryRaw<({ catalogTaskId: string } & Aggregate)[]>`
    SELECT c."catalogTaskId"::text AS "catalogTaskId", count(*)::int AS municipalities,
           count(*) FILTER (WHERE c.maturity >= ${DOCUMENTED_MATURITY}::int)::int AS documented,
           percentile_disc(0.5) WITHIN GROUP (ORDER BY c.maturity) AS median
    FROM "VerbundContribution" c JOIN "Organization" o ON o.id = c."organizationId"
    WHERE o."verbundMember" AND o.active ${exclude}
    GROUP BY c."catalogTaskId"
    HAVING count(*) >= ${VERBUND_MIN_MUNICIPALITIES}::int`;
  return new Map(rows.map(({ catalogTaskId, ...aggregate }) => [catalogTaskId, aggregate]));
}

export interface VerbundOverviewRow {
  id: string;
  key: string;
  productArea: string;
  title: string;
  legalBasis: string | null;
  /** The municipality's own tasks mapped to the entry (in the viewer's scope), null without a scope. */
  own: { tasks: number; maturity: Maturity | null } | null;
  verbund: VerbundFigure;
  /** Instructions shared for the entry in the Verbund. */
  sharedInstructions: number;
}

export const overviewFilterSchema = z.object({
  bereich: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  nur: z.enum(["zugeordnet", "alle"]).optional().catch(undefined),
});

export type OverviewFilter = z.infer<typeof overviewFilterSchema>;

export interface VerbundOverview {
  member: boolean;
  filter: { bereich?: string; nur: "zugeordnet" | "alle" };
  /** Whether the viewer sees the municipality's own maturity (cockpit scope). */
  showsOwn: boolean;
  rows: VerbundOverviewRow[];
  /** When the figures of the other municipalities were last computed. */
  computedAt: Date | null;
}

/**
 * HR, leads and admins of a member municipality: the catalogue with the
 * Verbund's figures, filtered by product area and "only mapped". A
 * municipality that has not joined sees nothing of the others.
 */
export async function verbundOverview(viewer: Viewer, raw: unknown = {}, now: Date = new Date()): Promise<VerbundOverview> {
  if (!canSeeVerbundOverview(viewer)) throw notFound("Der Wissensverbund");
  const { member } = await verbundStatus(viewer);
  const showsOwn = cockpitScope(viewer) !== null;
  // Those who see their own figures start with the entries they have tasks for.
  const parsed = overviewFilterSchema.parse(raw ?? {});
  const filter = { ...parsed, nur: parsed.nur ?? (showsOwn ? "zugeordnet" : "alle") };
  if (!member) return { member, filter, showsOwn, rows: [], computedAt: null };
  const [catalogue, aggregates, own, computed, shared] = await Promise.all([
    listCatalogue({ includeRetired: true }),
    aggregatesByEntry(viewer.organizationId),
    showsOwn ? maturityByCatalogueEntry(coverageScopeOf(viewer), now) : Promise.resolve(null),
    // Only a time stamp across municipalities: when their figures were last computed.
    systemDb().verbundContribution.aggregate({ where: { organizationId: { not: viewer.organizationId } }, _max: { computedAt: true } }),
    sharedCountsByEntry(),
  ]);
  const rows = catalogue
    .filter((entry) => entry.active || own?.has(entry.id))
    .filter((entry) => !filter.bereich || entry.productArea === filter.bereich)
    .filter((entry) => filter.nur !== "zugeordnet" || own?.has(entry.id))
    .map((entry) => {
      const mine = own?.get(entry.id);
      return {
        id: entry.id,
        key: entry.key,
        productArea: entry.productArea,
        title: entry.title,
        legalBasis: entry.legalBasis,
        own: own ? { tasks: mine?.tasks ?? 0, maturity: mine?.maturity ?? null } : null,
        verbund: verbundFigureOf(aggregates.get(entry.id)),
        sharedInstructions: shared.get(entry.id) ?? 0,
      };
    });
  return { member, filter, showsOwn, rows, computedAt: computed._max.computedAt };
}

export interface CatalogueCoverageRow {
  id: string;
  key: string;
  productArea: string;
  title: string;
  active: boolean;
  /** Member municipalities with a task mapped to the entry. */
  municipalities: number;
  /** How many of them documented it; null when fewer than the threshold contribute. */
  documented: number | null;
  /** No member municipality has it documented (maturity ≥ 2). */
  documentedNowhere: boolean;
}

/**
 * Operator console: per catalogue entry how many member municipalities mapped
 * it and – from the threshold on – how many documented it, and whether it is
 * documented nowhere. Counts only; no municipality is named.
 */
export async function systemCatalogueCoverage(operator: { kind: "operator" }): Promise<CatalogueCoverageRow[]> {
  void operator;
  const [catalogue, counts] = await Promise.all([
    listCatalogue({ includeRetired: true }),
    systemDb().$queryRaw<{ catalogTaskId: string; municipalities: number; documented: number }[]>`
      SELECT c."catalogTaskId"::text AS "catalogTaskId", count(*)::int AS municipalities,
             count(*) FILTER (WHERE c.maturity >= ${DOCUMENTED_MATURITY}::int)::int AS documented
      FROM "VerbundContribution" c JOIN "Organization" o ON o.id = c."organizationId"
      WHERE o."verbundMember" AND o.active
      GROUP BY c."catalogTaskId"`,
  ]);
  const byEntry = new Map(counts.map((row) => [row.catalogTaskId, row]));
  return catalogue.map((entry) => {
    const count = byEntry.get(entry.id);
    const municipalities = count?.municipalities ?? 0;
    return {
      id: entry.id,
      key: entry.key,
      productArea: entry.productArea,
      title: entry.title,
      active: entry.active,
      municipalities,
      documented: municipalities >= VERBUND_MIN_MUNICIPALITIES ? (count?.documented ?? 0) : null,
      documentedNowhere: (count?.documented ?? 0) === 0,
    };
  });
}
