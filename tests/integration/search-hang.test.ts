/**
 * Meilisearch hangs (its process stopped with SIGSTOP, a real server of this
 * test's own): the first search waits for the search timeout, the following go
 * to the PostgreSQL fallback at once; when the process continues, one probe
 * after the pause brings the engine back. Then it is killed (SIGKILL) during
 * searches: every search still answers, none fails.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meilisearch } from "meilisearch";
import { createArticle } from "@/lib/knowledge/save-article";
import { searchArticles, suggestArticles } from "@/lib/search/search-articles";
import { nodeHttpClient } from "@/lib/search/node-http-client";
import { ARTICLE_INDEX_SETTINGS } from "@/lib/search/index-settings";
import { articleIndexName } from "@/lib/search/meili-client";
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from "../../scripts/stack/embedded-meilisearch";
import { freePort } from "../../scripts/stack/ports";
import { articleInput, createTestOrganization, type TestOrganization } from "./helpers/test-organization";

const holder = globalThis as unknown as { digicheckMeili?: unknown; digicheckSearchBreaker?: unknown };

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe("Suche, wenn Meilisearch hängt oder stirbt (eigener echter Server)", () => {
  let dir = "";
  let server: EmbeddedMeilisearchHandle;
  let working: unknown;
  let org: TestOrganization;
  const marker = `Hangprobe${Date.now()}`;

  beforeAll(async () => {
    org = await createTestOrganization();
    await createArticle(org.viewers.EDITOR, articleInput({ title: `Schutzschalter ${marker}` }));
    dir = await mkdtemp(path.join(os.tmpdir(), "digicheck-hang-"));
    const masterKey = randomBytes(20).toString("hex");
    server = await startEmbeddedMeilisearch({ dataDir: dir, port: await freePort(), masterKey });
    working = holder.digicheckMeili;
    holder.digicheckMeili = new Meilisearch({ host: server.url, apiKey: masterKey, timeout: 5000, httpClient: nodeHttpClient });
    holder.digicheckSearchBreaker = undefined;
    // As the start-up check does before the first search (creating the index takes longer than a search may).
    const index = (holder.digicheckMeili as Meilisearch).index(articleIndexName());
    await index.updateSettings(ARTICLE_INDEX_SETTINGS).waitTask();
    // Meilisearch refuses attributesToSearchOn for fields no document has yet; one document of no municipality.
    const fields = Object.fromEntries((ARTICLE_INDEX_SETTINGS.searchableAttributes ?? []).map((name) => [name, "Platzhalter"]));
    const added = await index
      .addDocuments([{ ...fields, id: randomBytes(8).toString("hex"), organizationId: "keine" }], { primaryKey: "id" })
      .waitTask();
    expect(added.status).toBe("succeeded");
  });

  afterAll(async () => {
    try {
      process.kill(server.pid, "SIGCONT");
    } catch {
      /* gone */
    }
    await server?.stop().catch(() => {});
    holder.digicheckMeili = working;
    holder.digicheckSearchBreaker = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it("hängt Meilisearch, antwortet die erste Suche nach ≤ 1 s, die folgenden sofort aus PostgreSQL; danach ist die Engine zurück", async () => {
    const healthy = await searchArticles(org.viewers.READER, { q: marker });
    expect(healthy.fallback).toBe(false);

    process.kill(server.pid, "SIGSTOP");
    const first = await timed(() => searchArticles(org.viewers.READER, { q: marker }));
    expect(first.result.fallback).toBe(true);
    expect(first.result.hits.length).toBe(1);
    expect(first.ms).toBeLessThan(1500);
    const following: number[] = [];
    for (let round = 0; round < 10; round++) {
      const next = await timed(() => searchArticles(org.viewers.READER, { q: marker }));
      expect(next.result.fallback).toBe(true);
      following.push(next.ms);
    }
    const suggestion = await timed(() => suggestArticles(org.viewers.READER, { q: "Schutzschalter" }));
    expect(suggestion.result.fallback).toBe(true);
    expect(Math.max(...following, suggestion.ms)).toBeLessThan(1000);

    process.kill(server.pid, "SIGCONT");
    // The circuit stays open for 5 s, then one probe finds the engine again.
    await new Promise((resolve) => setTimeout(resolve, 5_200));
    const back = await searchArticles(org.viewers.READER, { q: marker });
    expect(back.fallback).toBe(false);
    console.log(
      `Hänger: erste Suche ${first.ms.toFixed(0)} ms, folgende höchstens ${Math.max(...following).toFixed(0)} ms, Vorschläge ${suggestion.ms.toFixed(0)} ms`,
    );
  });

  it("stirbt Meilisearch mitten in den Suchen (SIGKILL), antwortet jede Suche – aus der Engine oder dem Notbetrieb", async () => {
    const outcomes: string[] = [];
    const searches = Array.from({ length: 30 }, async (_, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 20));
      if (index === 10) process.kill(server.pid, "SIGKILL");
      // Without hits the spelling suggestion asks the engine once more (the probe that failed before).
      const query = index % 2 === 0 ? marker : `Schutzschaltre${index}`;
      const result = await searchArticles(org.viewers.READER, { q: query });
      outcomes.push(result.fallback ? "Notbetrieb" : "Engine");
    });
    await Promise.all(searches);
    expect(outcomes).toHaveLength(30);
    expect(outcomes.filter((outcome) => outcome === "Notbetrieb").length).toBeGreaterThan(0);
  });
});
