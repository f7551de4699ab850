/** `npm run search:drain`: sends pending article changes to Meilisearch and shows stuck rows. */
import { drainSearchOutbox } from "../lib/search/drain-outbox";
import { systemDb, disconnectDb } from "../lib/db/client";

async function main() {
  const result = await drainSearchOutbox();
  console.log(`Abgeglichen: ${result.indexed} aktualisiert, ${result.deleted} entfernt, ${result.failed} fehlgeschlagen.`);
  const stuck = await systemDb().searchOutbox.findMany({
    where: { attempts: { gt: 0 } },
    orderBy: { id: "asc" },
    take: 20,
    select: { articleId: true, attempts: true, lastError: true, availableAt: true },
  });
  const total = await systemDb().searchOutbox.count({ where: { attempts: { gt: 0 } } });
  if (total > 0) console.log(`Hängende Einträge: ${total}${total > stuck.length ? ` (die ersten ${stuck.length})` : ""}`);
  for (const row of stuck) {
    console.log(
      `  wartet: Artikel ${row.articleId}, ${row.attempts} Versuche, nächster ab ${row.availableAt.toISOString()}: ${row.lastError}`,
    );
  }
  if (result.failed > 0) process.exitCode = 1;
}
main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
