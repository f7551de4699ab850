/**
 * zod's built-in messages in German for every schema in the app, so that a
 * message we did not write ourselves (a crafted request, a forgotten custom
 * text) still reaches the user in German. Imported by the server-action entry
 * and the domain modules' shared validation.
 */
import { z } from "zod";

z.config(z.locales.de());
