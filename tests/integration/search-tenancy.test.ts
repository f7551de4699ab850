import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { createArticle } from "@/lib/knowledge/save-article";
import { drainSearchOutbox } from "@/lib/search/drain-outbox";
import { searchArticles, suggestArticles, type SearchResult } from "@/lib/search/search-articles";
import { listZeroResultQueries } from "@/lib/search/zero-results";
import { listGapReports, reportKnowledgeGap } from "@/lib/knowledge/gap-reports";
import { listOwnSynonymGroups, saveOwnSynonymGroups } from "@/lib/search/synonym-groups";
import { withMeilisearchDown } from "./helpers/meili-outage";
import { articleInput, createTestOrganization, paragraphDoc, ROLES, type TestOrganization } from "./helpers/test-organization";

/**
 * Every search path only reflects what the viewer may read: no title, snippet,
 * count, facet value or suggestion of another organization or of a hidden draft.
 */
describe("Suche: Mandantentrennung und Entwürfe auf allen Wegen", () => {
  let org: TestOrganization;
  let other: TestOrganization;
  const marker = `Zwergtaucher${Date.now()}`;
  const secret = `Geheimvermerk${Date.now()}`;
  let publishedId: string;
  let draftId: string;
  /** A draft of the lead's sub-unit: leads see it, HR and readers do not. */
  let leadUnitDraftId: string;
  let foreignId: string;

  /** Three letters wrong: beyond Meilisearch's typo tolerance, within the spelling suggestion's reach. */
  const misspelled = (word: string) => `${word[0]}xyz${word.slice(4)}`;

  /** Everything a result exposes, as one string, to look for leaked words. */
  const exposed = (result: unknown) => JSON.stringify(result);

  async function allPaths(viewer: Viewer, query: string) {
    return {
      page: await searchArticles(viewer, { q: query }),
      byKind: await searchArticles(viewer, { q: query, kind: "PROCEDURE" }),
      byDate: await searchArticles(viewer, { q: query, sort: "datum" }),
      suggestions: await suggestArticles(viewer, { q: query }),
    };
  }

  beforeAll(async () => {
    org = await createTestOrganization();
    other = await createTestOrganization("Nachbarkommune");
    publishedId = (
      await createArticle(
        org.viewers.EDITOR,
        articleInput({
          title: `Sichtbar ${marker}`,
          unitIds: [org.unitId],
          content: paragraphDoc(`Öffentlicher Text ${marker}`),
        }),
      )
    ).id;
    draftId = (
      await createArticle(
        org.viewers.EDITOR,
        articleInput({
          title: `Entwurf ${marker} ${secret}`,
          status: "DRAFT",
          unitIds: [org.otherUnitId],
          taskIds: [org.taskId],
          content: paragraphDoc(`Interner Entwurf ${secret} ${marker}`),
        }),
      )
    ).id;
    leadUnitDraftId = (
      await createArticle(
        org.viewers.EDITOR,
        articleInput({
          title: `Meldewesen intern ${marker}`,
          status: "IN_REVIEW",
          unitIds: [org.subUnitId],
          content: paragraphDoc(`Noch nicht freigegeben ${marker}`),
        }),
      )
    ).id;
    foreignId = (
      await createArticle(
        other.viewers.EDITOR,
        articleInput({
          title: `Fremd ${marker} ${secret}`,
          unitIds: [other.unitId],
          content: paragraphDoc(`Nachbarkommune ${secret} ${marker}`),
        }),
      )
    ).id;
    expect((await drainSearchOutbox()).failed).toBe(0);
  });

  it("zeigt Lesenden weder Entwurf noch fremde Artikel – in Treffern, Zahlen, Facetten, Ausschnitten und Vorschlägen", async () => {
    const paths = await allPaths(org.viewers.READER, marker);
    for (const result of [paths.page, paths.byKind, paths.byDate]) {
      expect(result.hits.map((hit) => hit.id)).toEqual([publishedId]);
      expect(result.total).toBe(1);
      expect(result.facets.unitId).toEqual([expect.objectContaining({ value: org.unitId, count: 1 })]);
      expect(result.facets.taskId ?? []).toEqual([]);
      expect(result.facets.status).toEqual([expect.objectContaining({ value: "PUBLISHED", count: 1 })]);
    }
    expect(paths.suggestions.hits.map((hit) => hit.id)).toEqual([publishedId]);
    expect(exposed(paths)).not.toContain(secret);
    expect(exposed(paths)).not.toContain("Kämmerei");
  });

  it("findet mit dem geheimen Wort nichts und schlägt es auch nicht als Schreibweise vor", async () => {
    for (const viewer of [org.viewers.READER, other.viewers.READER]) {
      const direct = await searchArticles(viewer, { q: secret });
      if (viewer === other.viewers.READER) {
        // The neighbour sees its own article – and only that one.
        expect(direct.hits.map((hit) => hit.id)).toEqual([foreignId]);
        continue;
      }
      expect(direct.total).toBe(0);
      const withTypos = await searchArticles(viewer, { q: misspelled(secret) });
      expect(withTypos.total).toBe(0);
      expect(withTypos.suggestion ?? "").not.toContain("Geheim");
      expect((await suggestArticles(viewer, { q: secret })).hits).toEqual([]);
    }
    // The same misspelling gets the suggestion where the draft may be read: the check above can fail.
    const forEditor = await searchArticles(org.viewers.EDITOR, { q: misspelled(secret) });
    expect(forEditor.suggestion).toBe(secret);
  });

  it("zeigt Entwürfe nur Rollen, die Entwürfe lesen dürfen (Leitung: die ihrer Einheiten), und nie einer anderen Kommune", async () => {
    const expectedByRole = {
      ADMIN: [publishedId, draftId, leadUnitDraftId],
      EDITOR: [publishedId, draftId, leadUnitDraftId],
      LEAD: [publishedId, leadUnitDraftId],
      HR: [publishedId],
      READER: [publishedId],
    };
    for (const role of ROLES) {
      const result = await searchArticles(org.viewers[role], { q: marker });
      const expected = expectedByRole[role];
      expect(result.hits.map((hit) => hit.id).sort()).toEqual(expected.sort());
      expect(result.total).toBe(expected.length);
      const foreign: SearchResult = await searchArticles(other.viewers[role], { q: marker });
      expect(foreign.hits.map((hit) => hit.id)).toEqual([foreignId]);
      expect(exposed(foreign)).not.toContain("Sichtbar");
      expect(foreign.facets.unitId?.map((facet) => facet.value)).toEqual([other.unitId]);
    }
  });

  it("hält die Regeln auch im Notbetrieb mit PostgreSQL ein", async () => {
    await withMeilisearchDown(async () => {
      const reader = await allPaths(org.viewers.READER, marker);
      expect(reader.page.fallback).toBe(true);
      expect(reader.suggestions.fallback).toBe(true);
      for (const result of [reader.page, reader.byKind, reader.byDate]) expect(result.hits.map((hit) => hit.id)).toEqual([publishedId]);
      expect(reader.suggestions.hits.map((hit) => hit.id)).toEqual([publishedId]);
      expect(exposed(reader)).not.toContain(secret);
      const editor = await searchArticles(org.viewers.EDITOR, { q: marker });
      expect(editor.hits.map((hit) => hit.id).sort()).toEqual([publishedId, draftId, leadUnitDraftId].sort());
      const lead = await searchArticles(org.viewers.LEAD, { q: marker });
      expect(lead.hits.map((hit) => hit.id).sort()).toEqual([publishedId, leadUnitDraftId].sort());
      const hr = await searchArticles(org.viewers.HR, { q: marker });
      expect(hr.hits.map((hit) => hit.id)).toEqual([publishedId]);
      const neighbour = await allPaths(other.viewers.ADMIN, marker);
      expect(neighbour.page.hits.map((hit) => hit.id)).toEqual([foreignId]);
      expect(exposed(neighbour)).not.toContain("Sichtbar");
    });
  });

  it("zeigt eine Änderung zum Entwurf sofort nicht mehr an, auch wenn der Index noch nachhängt", async () => {
    await systemDb().article.update({ where: { id: publishedId }, data: { status: "DRAFT" } });
    try {
      const result = await searchArticles(org.viewers.READER, { q: marker });
      expect(result.hits).toEqual([]);
      expect((await suggestArticles(org.viewers.READER, { q: marker })).hits).toEqual([]);
    } finally {
      await systemDb().article.update({ where: { id: publishedId }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("Suchen ohne Treffer, Wissenslücken und Suchbegriffe: nur die eigene Organisation, nur berechtigte Rollen", () => {
  it("zählt Suchen ohne Treffer je Organisation ohne Person und zeigt sie nur HR, Leitung und Administration", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const query = `Nirgendwo${Date.now()}`;
    await searchArticles(org.viewers.READER, { q: query });
    await searchArticles(org.viewers.EDITOR, { q: query.toUpperCase() });
    const rows = await systemDb().zeroResultQuery.findMany({ where: { organizationId: org.id } });
    expect(rows).toEqual([expect.objectContaining({ query: query.toLowerCase(), count: 2 })]);
    expect(Object.keys(rows[0]).sort()).toEqual(["count", "firstSeenAt", "lastSeenAt", "organizationId", "query"]);
    for (const role of ["HR", "LEAD", "ADMIN"] as const) {
      expect((await listZeroResultQueries(org.viewers[role])).map((entry) => entry.query)).toEqual([query.toLowerCase()]);
      expect(await listZeroResultQueries(other.viewers[role])).toEqual([]);
    }
    for (const role of ["EDITOR", "READER"] as const)
      await expect(listZeroResultQueries(org.viewers[role])).rejects.toThrow("Berechtigung");
  });

  it("nimmt Wissenslücken von allen an, prüft die Eingabe und zeigt sie nur der eigenen Organisation", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    await expect(reportKnowledgeGap(org.viewers.READER, { description: "  " })).rejects.toThrow("markierten Angaben");
    await expect(reportKnowledgeGap(org.viewers.READER, { description: "Wie beantrage ich X?", orgUnitId: other.unitId })).rejects.toThrow(
      "markierten Angaben",
    );
    expect(await systemDb().knowledgeGapReport.count({ where: { organizationId: org.id } })).toBe(0);
    await reportKnowledgeGap(org.viewers.READER, { description: "Wie beantrage ich eine Sondernutzung?", query: "Sondernutzung Gerüst" });
    expect((await listGapReports(org.viewers.HR)).map((report) => report.query)).toEqual(["Sondernutzung Gerüst"]);
    expect(await listGapReports(other.viewers.HR)).toEqual([]);
    await expect(listGapReports(org.viewers.READER)).rejects.toThrow("Berechtigung");
    await expect(listGapReports(org.viewers.EDITOR)).rejects.toThrow("Berechtigung");
  });

  it("lässt nur Administration die eigenen Suchbegriffe ändern; ungültiger Text ändert nichts; andere Kommunen bleiben unberührt", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization();
    const marker = `Seeadler${Date.now()}`;
    const { id } = await createArticle(org.viewers.EDITOR, articleInput({ title: `Straßen- und Grünflächenamt ${marker}` }));
    await drainSearchOutbox();
    expect((await searchArticles(org.viewers.READER, { q: `SGA ${marker}` })).hits).toEqual([]);
    for (const role of ["HR", "LEAD", "EDITOR", "READER"] as const) {
      await expect(saveOwnSynonymGroups(org.viewers[role], "SGA, Straßen- und Grünflächenamt")).rejects.toThrow("Berechtigung");
    }
    await saveOwnSynonymGroups(org.viewers.ADMIN, "SGA, Straßen- und Grünflächenamt");
    expect(await listOwnSynonymGroups(org.viewers.ADMIN)).toEqual([["SGA", "Straßen- und Grünflächenamt"]]);
    expect((await searchArticles(org.viewers.READER, { q: `SGA ${marker}` })).hits.map((hit) => hit.id)).toEqual([id]);
    await expect(saveOwnSynonymGroups(org.viewers.ADMIN, "nur ein Begriff")).rejects.toThrow("Zeile 1");
    await expect(saveOwnSynonymGroups(org.viewers.ADMIN, "A, <script>")).rejects.toThrow("Buchstaben");
    expect(await listOwnSynonymGroups(org.viewers.ADMIN)).toEqual([["SGA", "Straßen- und Grünflächenamt"]]);
    expect(await listOwnSynonymGroups(other.viewers.ADMIN)).toEqual([]);
  });
});
