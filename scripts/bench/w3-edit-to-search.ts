/**
 * W3: edit → searchable. Saves an article through the app's save path
 * (updateArticle, then the outbox drain that runs right after every request)
 * and polls the search until the new word is found. Baseline: Meilisearch's own
 * processing time of that document update (task duration).
 */
import { systemDb } from "../../lib/db/client";
import { getEnv } from "../../lib/env";
import { loadViewer } from "../../lib/auth/load-viewer";
import { updateArticle } from "../../lib/knowledge/save-article";
import { drainSearchOutbox } from "../../lib/search/drain-outbox";
import { articleIndexName } from "../../lib/search/meili-client";
import { articleSearchRequest } from "../../lib/search/search-articles";
import { articleSearchResponse } from "../../lib/search/federated-query";
import { httpRequest } from "./http-client";
import { summarize, type LatencySummary } from "./stats";
import type { BenchOrganization } from "./load-data";

/** Parses Meilisearch's ISO 8601 task duration ("PT0.012345S") into milliseconds. */
export function isoDurationMs(duration: string | null | undefined): number {
  const match = duration?.match(/^PT(?:(\d+)M)?(?:([\d.]+)S)?$/);
  if (!match) return NaN;
  return (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 1000;
}

export interface W3Result {
  editToSearchable: LatencySummary;
  meiliTask: LatencySummary;
}

export async function runW3(organization: BenchOrganization, samples: number, log: (line: string) => void): Promise<W3Result> {
  const env = getEnv();
  const editor = (await loadViewer(organization.editorId))!;
  const reader = (await loadViewer(organization.readerId))!;
  const headers = { Authorization: `Bearer ${env.MEILI_MASTER_KEY}`, "Content-Type": "application/json" };
  const articles = await systemDb().article.findMany({
    where: { organizationId: organization.id, status: "PUBLISHED" },
    select: { id: true, title: true, kind: true, version: true, units: { select: { orgUnitId: true } } },
    take: samples,
  });
  const total: number[] = [];
  const taskTimes: number[] = [];
  for (const [index, article] of articles.entries()) {
    const word = `Messwort${Date.now().toString(36)}x${index}`;
    const start = performance.now();
    await updateArticle(editor, {
      id: article.id,
      version: article.version,
      title: article.title,
      kind: article.kind,
      status: "PUBLISHED",
      content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Neu aufgenommen: ${word}.` }] }] },
      unitIds: article.units.map((unit) => unit.orgUnitId),
    });
    await drainSearchOutbox();
    for (;;) {
      const response = await httpRequest(`${env.MEILI_URL}/multi-search`, {
        method: "POST",
        headers,
        body: JSON.stringify(articleSearchRequest(reader, word, [], { offset: 0, limit: 20 })),
      });
      if (articleSearchResponse(JSON.parse(response.body), articleIndexName()).hits.length > 0) break;
      if (performance.now() - start > 30_000) throw new Error(`W3: ${word} nach 30 s nicht gefunden.`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    total.push(performance.now() - start);
    const tasks = await httpRequest(`${env.MEILI_URL}/tasks?indexUids=${articleIndexName()}&types=documentAdditionOrUpdate&limit=1`, {
      headers,
    });
    taskTimes.push(isoDurationMs((JSON.parse(tasks.body) as { results: { duration: string }[] }).results[0]?.duration));
  }
  log(`  W3: ${articles.length} Änderungen gemessen`);
  return { editToSearchable: summarize(total), meiliTask: summarize(taskTimes) };
}
