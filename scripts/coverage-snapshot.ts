/** `npm run coverage:snapshot`: stores this month's coverage figures per unit (the server also does it hourly). */
import { recordCoverageSnapshots } from "../lib/coverage/snapshots";
import { disconnectDb } from "../lib/db/client";

recordCoverageSnapshots()
  .then(({ units }) => console.log(`Monatswerte gespeichert für ${units} Organisationseinheiten.`))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
