/** `npm run privacy:anonymise`: anonymises people whose exit month lies more than EXIT_DATA_GRACE_MONTHS in the past. */
import { anonymiseLeftPeople } from "../lib/privacy/anonymise-exits";
import { disconnectDb } from "../lib/db/client";

anonymiseLeftPeople()
  .then(({ anonymised }) => console.log(`Anonymisiert: ${anonymised} ${anonymised === 1 ? "Person" : "Personen"}.`))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
