/** Run in a child process with the environment under test: prints readiness() as JSON. */
import { readiness } from "../../../lib/ops/readiness";

readiness()
  .then((state) => {
    console.log(JSON.stringify(state));
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(2);
  });
