/** `npm run search:reindex`: rebuilds the article index from the database and swaps it in. */
import { reindexAllArticles } from "../lib/search/reindex";
import { disconnectDb } from "../lib/db/client";

const started = Date.now();
reindexAllArticles({ log: (line) => console.log(line) })
  .then(({ indexed, requeued }) =>
    console.log(
      `Suchindex neu aufgebaut: ${indexed} Artikel in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (requeued ? `, ${requeued} währenddessen geänderte Artikel erneut eingereiht.` : "."),
    ),
  )
  .catch((error) => {
    console.error(`Neuaufbau fehlgeschlagen: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
