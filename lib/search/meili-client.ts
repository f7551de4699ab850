import "server-only";
import { Meilisearch } from "meilisearch";
import { getEnv } from "../env";
import { nodeHttpClient } from "./node-http-client";

const holder = globalThis as unknown as { digicheckMeili?: Meilisearch };

/** The Meilisearch client of this process. Only the server talks to Meilisearch. */
export function meili(): Meilisearch {
  const env = getEnv();
  holder.digicheckMeili ??= new Meilisearch({
    host: env.MEILI_URL,
    apiKey: env.MEILI_MASTER_KEY,
    timeout: 5000,
    // Deprecated in the client but the only way to avoid fetch's delayed-ACK stall (docs/performance.md).
    httpClient: nodeHttpClient,
  });
  return holder.digicheckMeili;
}

/** Name of the live article index (a reindex swaps a fresh one in under this name). */
export function articleIndexName(): string {
  return `${getEnv().MEILI_INDEX_PREFIX}_articles`;
}
