/** `npm run db:seed`: writes the demo municipalities into an empty database. */
import { seedDemoIfEmpty } from "../lib/demo/seed-demo";
import { disconnectDb } from "../lib/db/client";

seedDemoIfEmpty((line) => console.log(line))
  .then((seeded) => console.log(seeded ? "Demodaten angelegt." : "Datenbank enthält schon Daten – nichts geändert."))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
