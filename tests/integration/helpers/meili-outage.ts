/**
 * Runs `body` while the app's Meilisearch client points at a port where nothing
 * listens (connection refused, as in an outage), then restores the real client.
 */
export async function withMeilisearchDown<T>(body: () => Promise<T>): Promise<T> {
  const holder = globalThis as unknown as { digicheckMeili?: unknown };
  const { meili } = await import("@/lib/search/meili-client");
  const { Meilisearch } = await import("meilisearch");
  const { freePort } = await import("../../../scripts/stack/ports");
  const working = meili();
  holder.digicheckMeili = new Meilisearch({ host: `http://127.0.0.1:${await freePort()}`, apiKey: "x".repeat(16), timeout: 2000 });
  try {
    return await body();
  } finally {
    holder.digicheckMeili = working;
    // The outage opened the search circuit breaker; the next test starts with a closed one.
    (globalThis as unknown as { digicheckSearchBreaker?: unknown }).digicheckSearchBreaker = undefined;
  }
}
