/**
 * `npm run search:check [-- --nur-pruefen]`: compares database and search index
 * document by document (every stored field against the database) and repairs
 * differences unless --nur-pruefen is given.
 * Exit code 1 when differences were found and not repaired.
 */
import { parseArgs } from "node:util";
import { checkSearchIndex } from "../lib/search/check-index";
import { disconnectDb } from "../lib/db/client";

const { values } = parseArgs({ options: { "nur-pruefen": { type: "boolean", default: false } } });
const repair = !values["nur-pruefen"];
const sample = (ids: string[]) => (ids.length ? ` (z. B. ${ids.slice(0, 3).join(", ")})` : "");

checkSearchIndex({ repair, compareContent: true, log: (line) => console.log(line) })
  .then((report) => {
    console.log(`Datenbank: ${report.articles} Artikel, Suchindex: ${report.documents} Dokumente.`);
    console.log(`  fehlen im Index: ${report.missing.length}${sample(report.missing)}`);
    console.log(`  veraltet im Index: ${report.outdated.length}${sample(report.outdated)}`);
    console.log(`  ohne Artikel im Index: ${report.orphaned.length}${sample(report.orphaned)}`);
    const differences = report.missing.length + report.outdated.length + report.orphaned.length;
    if (differences === 0) console.log("Index und Datenbank stimmen überein.");
    else if (repair) console.log(`${differences} Abweichungen repariert.`);
    else {
      console.log(`${differences} Abweichungen gefunden (nicht repariert; ohne --nur-pruefen aufrufen, um sie zu beheben).`);
      process.exitCode = 1;
    }
  })
  .catch((error) => {
    console.error(`Abgleich fehlgeschlagen: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
